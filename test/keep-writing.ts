// A second process for lib/backup/backup.db.test.ts: writes outlets, one transaction each, until
// killed. Usage: keep-writing.ts <database url>; prints "writing" once the first one is stored.
import { createPrismaClient } from "@/lib/db/client";

const prisma = createPrismaClient(process.argv[2]);
let n = 0;
async function loop() {
  for (;;) {
    await prisma.outlet.create({ data: { slug: `writer-${process.pid}-${n}`, name: `Видання ${n} · Издание ${n}` } });
    if (n === 0) process.stdout.write("writing\n");
    n += 1;
  }
}
loop().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
