// npm run proposals [-- --all]: computes the relation proposals of every aspect that lacks them
// (after a migration or a restore; an editor's page would compute its event's on first read), or,
// with --all, forgets every stored proposal and computes them all (after a change to how they are
// found). Safe beside a running server: each aspect is one transaction.
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import { forgetProposals, refreshProposals } from "@/lib/relations/store-proposals";

async function main() {
  const { values } = readFlags("Usage: npm run proposals [-- --all]", {
    options: { all: { type: "boolean", default: false } },
  });
  await migrate();
  const prisma = createPrismaClient();
  const started = performance.now();
  try {
    if (values.all) await forgetProposals(prisma);
    const aspects = await refreshProposals(prisma, {
      progress: (done, total) => process.stdout.write(`\rComputed ${done} of ${total} aspects…`),
    });
    const seconds = (performance.now() - started) / 1000;
    const stored = await prisma.relationProposal.count();
    console.log(`\rComputed the proposals of ${aspects} aspects in ${seconds.toFixed(1)} s; ${stored} stored in all.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
