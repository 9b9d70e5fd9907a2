import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import type { ImportIo } from "@/lib/import/cli";


/** Runs a command-line tool on a migrated database: its result is the exit status, a crash prints only its message. */
export function runCli(run: (prisma: PrismaClient, argv: string[], io: ImportIo) => Promise<number>): void {
  async function main() {
    migrate();
    const prisma = createPrismaClient();
    try {
      process.exitCode = await run(prisma, process.argv.slice(2), {
        out: (text) => console.log(text),
        err: (text) => console.error(text),
        tty: Boolean(process.stderr.isTTY),
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
