import type { CliIo } from "@/lib/auth/cli";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import type { ImportIo } from "@/lib/import/cli";

/** What a command-line tool may use of the terminal: output, errors, whether it is a terminal, and standard input. */
type Io = ImportIo & CliIo;

/** All of standard input; `prompt` is shown first when a person types it at a terminal. */
async function readStdin(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs a command-line tool on a migrated database: its result is the exit status, a crash prints only its message. */
export function runCli(run: (prisma: PrismaClient, argv: string[], io: Io) => Promise<number>): void {
  async function main() {
    migrate();
    const prisma = createPrismaClient();
    try {
      process.exitCode = await run(prisma, process.argv.slice(2), {
        out: (text) => console.log(text),
        err: (text) => console.error(text),
        tty: Boolean(process.stderr.isTTY),
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
}
