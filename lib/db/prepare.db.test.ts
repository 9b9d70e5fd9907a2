import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { refreshStatistics } from "./prepare";

const { prisma, file } = withTempDatabase("prepare");

describe.skipIf(onPostgres)("the planner's statistics on SQLite", () => {
  it("are made for every index of the tables that hold rows, and left alone when nothing changed", async () => {
    await seedDemoCorpus(prisma);
    await refreshStatistics();
    const sqlite = new Database(file, { readonly: true });
    const stats = () =>
      sqlite.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'ComparisonRow' ORDER BY idx").all() as {
        idx: string;
        stat: string;
      }[];
    const claims = await prisma.comparisonRow.count();
    const first = stats();
    // every index of the comparison's rows, the partial index of figures among them, counted in full
    expect(first.map((s) => s.idx)).toEqual([
      "ComparisonRow_articleId_idx",
      "ComparisonRow_eventId_sourceId_aspectId_idx",
      "ComparisonRow_eventId_status_aspectId_sourceId_lang_stance_articleId_idx",
      "ComparisonRow_figures_idx",
      "sqlite_autoindex_ComparisonRow_1",
    ]);
    expect(first.find((s) => s.idx === "sqlite_autoindex_ComparisonRow_1")!.stat).toBe(`${claims} 1`);
    await refreshStatistics();
    expect(stats()).toEqual(first);
    sqlite.close();
  });
});

describe.runIf(onPostgres)("the planner's statistics on PostgreSQL", () => {
  it("are made for every table: the planner knows how many rows the comparison reads", async () => {
    await seedDemoCorpus(prisma);
    const known = () =>
      prisma.$queryRaw<
        { rows: number }[]
      >`SELECT reltuples::integer AS "rows" FROM pg_class WHERE relname = 'ComparisonRow'`;
    await refreshStatistics();
    expect(await known()).toEqual([{ rows: await prisma.comparisonRow.count() }]);
  });
});
