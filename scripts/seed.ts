// npm run db:seed: loads (or refreshes) the demo corpus; safe to run again.
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import { rebuildIndex } from "@/lib/search/reindex";
import { seedDemoCorpus } from "@/lib/seed/seed";

async function main() {
  await migrate();
  const prisma = createPrismaClient();
  try {
    const { articles, claims } = await seedDemoCorpus(prisma);
    await rebuildIndex(prisma);
    console.log(`Demo corpus in place: ${articles} articles, ${claims} claims.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
