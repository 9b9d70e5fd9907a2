import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import { search, searchFilters } from "@/lib/search/load";
import { rebuildIndex } from "@/lib/search/reindex";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { freshDatabase } from "@/test/fresh-database";
import { generateCorpus } from "@/test/generated-corpus";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { exportDatabase } from "./export";
import { tableNames } from "./format";
import { tableCounts } from "./restore";
import { copyDatabase } from "./snapshot";

// The move of a team between the two databases: a SQLite database copied into an empty PostgreSQL
// one (this file's own database on the PostgreSQL run) and back into an empty SQLite file.
const { prisma } = withTempDatabase("copy");
const NOW = new Date("2026-12-02T03:00:00.000Z");
const source = freshDatabase("copy-source");
const back = freshDatabase("copy-back");
let original = "";

async function exportText(db: PrismaClient) {
  let text = "";
  for await (const chunk of exportDatabase(db, { withAccounts: true, now: NOW })) text += chunk;
  return text;
}

beforeAll(async () => {
  await seedDemoCorpus(source.prisma);
  await generateCorpus(source.prisma);
  await rebuildIndex(source.prisma);
  original = await exportText(source.prisma);
}, 60_000);

afterAll(async () => {
  await source.prisma.$disconnect();
  await back.prisma.$disconnect();
});

describe.runIf(onPostgres)("npm run db:copy", () => {
  it("copies SQLite into PostgreSQL and back, and every export reads the same, byte for byte", async () => {
    const steps: string[] = [];
    const { counts } = await copyDatabase(`file:${source.file}`, process.env.DATABASE_URL!, {
      progress: (step, done, total) => done === total && steps.push(`${step} ${total}`),
    });
    expect(counts).toEqual(await tableCounts(source.prisma));
    expect(counts).toMatchObject({ user: 2, article: 9, claim: 28, claimRelation: 8, annotation: 2, candidate: 91 });
    // a line per table as it is loaded, then the search index made anew from every article, claim and note
    expect(steps).toEqual([
      ...tableNames.filter((t) => counts[t] > 0).map((t) => `${t} ${counts[t]}`),
      `index ${counts.article + counts.claim + counts.annotation}`,
    ]);
    const docs = async (db: PrismaClient) =>
      (await db.searchDoc.findMany({ select: { kind: true, itemId: true } }))
        .map((d) => `${d.kind} ${d.itemId}`)
        .sort();
    expect(await docs(prisma)).toEqual(await docs(source.prisma));
    expect(await exportText(prisma)).toBe(original);

    await copyDatabase(process.env.DATABASE_URL!, `file:${back.file}`);
    expect(await exportText(back.prisma)).toBe(original);
  }, 120_000);

  it("finds the same items on both databases, counted by the same facets", async () => {
    for (const q of ["troops", "Guaidó", "Песков", '"military specialists"', "Росія -Сирія", "rost*"]) {
      const sqlite = await search(source.prisma, searchFilters.parse({ q }), "en");
      const postgresql = await search(prisma, searchFilters.parse({ q }), "en");
      const hits = (r: typeof sqlite) => r.results.map((h) => `${h.type} ${h.id}`).sort();
      expect([q, postgresql.total, hits(postgresql), postgresql.facets]).toEqual([
        q,
        sqlite.total,
        hits(sqlite),
        sqlite.facets,
      ]);
      expect([q, sqlite.total > 0]).toEqual([q, true]);
    }
  });

  it("refuses a database that holds data, the same database twice, and a server it cannot reach", async () => {
    const before = await tableCounts(prisma);
    await expect(copyDatabase(`file:${source.file}`, process.env.DATABASE_URL!)).rejects.toThrow(
      /^The database is not empty \(2 user, /,
    );
    expect(await tableCounts(prisma)).toEqual(before);
    await expect(copyDatabase(process.env.DATABASE_URL!, process.env.DATABASE_URL!)).rejects.toThrow(
      "--from and --to name the same database.",
    );
    await expect(copyDatabase(`file:${source.file}`, "postgresql://parallax@127.0.0.1:9/nowhere")).rejects.toThrow(
      "Cannot reach the PostgreSQL server of postgresql://parallax@127.0.0.1:9/nowhere (ECONNREFUSED): is it running, and is the host right?",
    );
  });
});
