import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import type { CliIo } from "./io";

/** All of standard input; `prompt` is shown first when a person types it at a terminal. */
async function readStdin(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const io: CliIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  tty: Boolean(process.stderr.isTTY),
  readStdin,
};

/** Runs a command-line tool: its result is the exit status, a crash prints only its message. */
export function runTool(run: (argv: string[], io: CliIo) => Promise<number>): void {
  run(process.argv.slice(2), io)
    .then((status) => (process.exitCode = status))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

/** Runs a command-line tool on a migrated database (see runTool). */
export function runCli(run: (prisma: PrismaClient, argv: string[], io: CliIo) => Promise<number>): void {
  runTool(async (argv) => {
    await migrate();
    const prisma = createPrismaClient();
    try {
      return await run(prisma, argv, io);
    } finally {
      await prisma.$disconnect();
    }
  });
}
