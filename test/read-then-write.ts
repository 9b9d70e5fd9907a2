// A second process for lib/db/client.db.test.ts: reads an outlet's name, waits, then
// appends to it, in one transaction. Usage: read-then-write.ts <database url> <outlet id> <label> <wait ms>
import { createPrismaClient } from "@/lib/db/client";

const [url, id, label, wait] = process.argv.slice(2) as [string, string, string, string];
const prisma = createPrismaClient(url);
prisma
  .$transaction(async (tx) => {
    const current = await tx.outlet.findUniqueOrThrow({ where: { id } });
    await new Promise((resolve) => setTimeout(resolve, Number(wait)));
    await tx.outlet.update({ where: { id }, data: { name: `${current.name} → ${label}` } });
  })
  .then(
    () => prisma.$disconnect(),
    async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await prisma.$disconnect();
      process.exit(1);
    },
  );
