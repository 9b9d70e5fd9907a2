// npm run user -- <command>: manage accounts and API tokens from the command line.
import { runUserCli } from "@/lib/auth/cli";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter and Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main() {
  migrate();
  const prisma = createPrismaClient();
  try {
    process.exitCode = await runUserCli(prisma, process.argv.slice(2), {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      readStdin,
    });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
