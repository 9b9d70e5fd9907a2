// npm run import -- <files or folders...> [--outlet NAME] [--lang en|uk|ru] [--event ID] [--json]
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import { runImportCli } from "@/lib/import/cli";

async function main() {
  migrate();
  const prisma = createPrismaClient();
  try {
    process.exitCode = await runImportCli(prisma, process.argv.slice(2), {
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
