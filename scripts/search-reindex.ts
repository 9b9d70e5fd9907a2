// npm run search:reindex: makes the full-text index anew from the database (after a restore, or to
// apply a change to how words are stemmed). Safe beside a running server: each batch is one transaction.
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import { rebuildIndex } from "@/lib/search/reindex";

async function main() {
  await migrate();
  const prisma = createPrismaClient();
  const started = performance.now();
  try {
    const items = await rebuildIndex(prisma, (done) => process.stdout.write(`\rIndexed ${done} items…`));
    const seconds = (performance.now() - started) / 1000;
    console.log(`\rIndexed ${items} items (articles, claims, notes) in ${seconds.toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
