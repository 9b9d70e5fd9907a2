import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseFile } from "@/lib/db/url";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { seedDemoCorpus } from "./seed";

const { prisma } = withTempDatabase("seed");

async function counts() {
  return {
    outlets: await prisma.outlet.count(),
    articles: await prisma.article.count(),
    events: await prisma.event.count(),
    eventTitles: await prisma.eventTranslation.count(),
    aspects: await prisma.aspect.count(),
    entities: await prisma.entity.count(),
    names: await prisma.entityName.count(),
    claims: await prisma.claim.count(),
    annotations: await prisma.annotation.count(),
    candidates: await prisma.candidate.count(),
  };
}

describe("seedDemoCorpus on a migrated database", () => {
  it("loads the corpus, and loading it again changes nothing", async () => {
    const seeded = await seedDemoCorpus(prisma);
    expect(seeded).toMatchObject({ articles: 5, claims: 24 });
    const first = await counts();
    // every demo article gets the extractor's proposals, all of them pending
    expect(seeded.candidates).toBe(first.candidates);
    expect(await prisma.candidate.groupBy({ by: ["articleId"], _count: true })).toHaveLength(5);
    expect(await prisma.candidate.count({ where: { status: { not: "pending" } } })).toBe(0);
    expect(first).toMatchObject({
      outlets: 4,
      articles: 5,
      events: 1,
      eventTitles: 3,
      aspects: 5,
      claims: 24,
      annotations: 1,
    });
    const ids = (await prisma.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);

    await seedDemoCorpus(prisma);
    expect(await counts()).toEqual(first);
    expect((await prisma.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id)).toEqual(
      ids,
    );
  }, 60_000); // seeds the demo corpus twice, candidates and all

  it("stores each article's outlet and its date as the text supports it, with what dates it in its notes", async () => {
    const articles = await prisma.article.findMany({
      select: { source: true, publishedAt: true, datePrecision: true, notes: true, outlet: { select: { name: true } } },
      orderBy: { source: "asc" },
    });
    expect(
      articles.map((a) => [a.source, a.outlet?.name ?? null, a.publishedAt?.toISOString(), a.datePrecision]),
    ).toEqual([
      ["000_3e3b3355eff12a28.txt", null, "2019-01-01T00:00:00.000Z", "month"],
      ["001_92ca2dcb50815d7c.txt", "Infobae", "2019-09-01T00:00:00.000Z", "month"],
      ["002_722968f53b82805a.txt", "Sic Semper Tyrannis", "2019-03-26T00:00:00.000Z", "day"],
      ["003_6a85c22d5a88b97a.txt", "Daily Mail", "2019-06-01T00:00:00.000Z", "month"],
      ["004_89609013e285c14e.txt", "RT", "2019-03-01T00:00:00.000Z", "month"],
    ]);
    expect(articles[0]!.notes).toMatch(/^The text names no outlet; .* Dated to January 2019: /);
    expect(articles[2]!.notes).toMatch(/^Dated to 26 March 2019: /);
    const outlets = await prisma.outlet.findMany({
      select: { slug: true, name: true, lang: true },
      orderBy: { slug: "asc" },
    });
    expect(outlets).toEqual([
      { slug: "daily-mail", name: "Daily Mail", lang: "en" },
      { slug: "infobae", name: "Infobae", lang: null },
      { slug: "rt", name: "RT", lang: "en" },
      { slug: "sic-semper-tyrannis", name: "Sic Semper Tyrannis", lang: "en" },
    ]);
  });

  it("puts a changed date back when seeding again", async () => {
    const where = { source: "002_722968f53b82805a.txt" };
    await prisma.article.updateMany({ where, data: { publishedAt: null, datePrecision: "month", notes: null } });
    await seedDemoCorpus(prisma);
    expect(
      await prisma.article.findFirstOrThrow({ where, select: { publishedAt: true, datePrecision: true } }),
    ).toEqual({
      publishedAt: new Date("2019-03-26T00:00:00Z"),
      datePrecision: "day",
    });
  }, 30_000); // seeds it again

  it("stores claims whose quote, prefix and suffix match the stored text", async () => {
    const claims = await prisma.claim.findMany({ include: { article: { select: { text: true } } } });
    for (const c of claims) {
      expect(c.article.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.article.text.slice(c.start - c.prefix.length, c.start)).toBe(c.prefix);
      expect(c.article.text.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
    }
  });

  it("finds an entity by a spelling from the texts", async () => {
    const name = await prisma.entityName.findFirst({ where: { normalized: "guaydo" }, include: { entity: true } });
    expect(name?.entity.slug).toBe("juan-guaido");
  });

  it("refuses to change an article's text once stored", async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { lang: "uk" } });
    // Prisma reports the trigger's abort as a constraint violation; SQLite's own message names it.
    await expect(prisma.article.update({ where: { id: article.id }, data: { text: "changed" } })).rejects.toThrow();
    // The database's own message names it, whoever writes.
    await expect(
      prisma.$executeRaw`UPDATE "Article" SET "text" = 'changed' WHERE "id" = ${article.id}`,
    ).rejects.toThrow("Article text is immutable");
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).text).toBe(article.text);
    // Metadata may still be corrected.
    await prisma.article.update({ where: { id: article.id }, data: { notes: "checked" } });
  });

  it.skipIf(onPostgres)("runs the database in WAL mode", () => {
    const sqlite = new Database(databaseFile(), { readonly: true });
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    sqlite.close();
  });
});
