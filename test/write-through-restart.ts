// A second process for lib/db/postgres.db.test.ts: writes outlets through the app's client, one
// transaction each, and prints each slug once its write is acknowledged (the transaction returned).
// A write refused while the server restarts is told on stderr and the next one goes on.
// Usage: write-through-restart.ts <database url>; stops after its stdin closes.
import { createPrismaClient } from "@/lib/db/client";

const prisma = createPrismaClient(process.argv[2]);
let stopping = false;
process.stdin.on("end", () => (stopping = true)).resume();

async function loop() {
  for (let n = 0; !stopping; n++) {
    const slug = `restart-${n}`;
    try {
      await prisma.$transaction(async (tx) => {
        await tx.outlet.create({ data: { slug, name: `Видання ${n}` } });
        await tx.auditEntry.create({ data: { action: "create", entityType: "outlet", entityId: slug } });
      });
      process.stdout.write(`${slug}\n`);
    } catch {
      process.stderr.write(`refused ${slug}\n`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await prisma.$disconnect();
}

void loop();
