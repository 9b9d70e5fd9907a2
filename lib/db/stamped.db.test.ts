import { describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/comparison/filters";
import { getComparison } from "@/lib/comparison/load";
import { contentHash } from "@/lib/text/hash";
import { withTempDatabase } from "@/test/temp-database";
import { createPrismaClient } from "./client";
import { dataVersion, stamped } from "./stamped";

const { prisma } = withTempDatabase("stamped");

/** How much the data version grows while `write` runs. */
async function steps(write: () => Promise<unknown>) {
  const before = await dataVersion(prisma);
  await write();
  return (await dataVersion(prisma)) - before;
}

const text = "Reuters counted 400 Russian troops at the airport in Caracas, two officials said.";

/** An event with one numeric aspect and one article of an outlet, in English. */
async function event(slug: string) {
  const outlet = await prisma.outlet.create({ data: { slug: `${slug}-outlet`, name: `${slug} Daily`, lang: "en" } });
  const created = await prisma.event.create({
    data: {
      slug,
      translations: { create: { lang: "en", title: "Russian troops in Caracas" } },
      aspects: {
        create: {
          slug: "troops",
          kind: "numeric",
          position: 0,
          translations: { create: { lang: "en", question: "How many Russian troops arrived?" } },
        },
      },
    },
    include: { aspects: true },
  });
  const article = await prisma.article.create({
    data: {
      outletId: outlet.id,
      title: "Russian troops land in Caracas",
      lang: "en",
      text: `${slug}: ${text}`,
      contentHash: contentHash(`${slug}: ${text}`),
      publishedAt: new Date(Date.UTC(2019, 2, 25)),
    },
  });
  return { outlet, event: created, aspectId: created.aspects[0]!.id, article };
}

/** The article's "Reuters counted 400 Russian troops" as a confirmed figure of the aspect. */
function figureClaim(article: { id: string; text: string }, eventId: string, aspectId: string) {
  const quote = "Reuters counted 400 Russian troops";
  const start = article.text.indexOf(quote);
  return {
    articleId: article.id,
    eventId,
    aspectId,
    quote,
    start,
    end: start + quote.length,
    prefix: article.text.slice(0, start),
    suffix: article.text.slice(start + quote.length, start + quote.length + 32),
    kind: "figure" as const,
    stance: "reports" as const,
    status: "confirmed" as const,
    low: 400,
    high: 400,
    unit: "people",
  };
}

describe("the data version", () => {
  it("grows by one with each single-row write to what the comparison aggregates", async () => {
    const { outlet, event: e, aspectId, article } = await event("version");
    expect(await steps(() => prisma.eventArticle.create({ data: { eventId: e.id, articleId: article.id } }))).toBe(1);
    const claim = () => prisma.claim.create({ data: figureClaim(article, e.id, aspectId) });
    let first!: { id: string };
    expect(await steps(async () => (first = await claim()))).toBe(1);
    const second = await claim();
    expect(await steps(() => prisma.claim.update({ where: { id: first.id }, data: { low: 100, high: 100 } }))).toBe(1);
    expect(
      await steps(() =>
        prisma.claimRelation.create({
          data: { eventId: e.id, fromId: second.id, toId: first.id, kind: "updates", status: "confirmed" },
        }),
      ),
    ).toBe(1);
    expect(
      await steps(() => prisma.article.update({ where: { id: article.id }, data: { title: "Troops land" } })),
    ).toBe(1);
    expect(await steps(() => prisma.outlet.update({ where: { id: outlet.id }, data: { name: "Version Times" } }))).toBe(
      1,
    );
    // a claim is deleted by marking it so (and restored by clearing the mark)
    expect(await steps(() => prisma.claim.update({ where: { id: second.id }, data: { deletedAt: new Date() } }))).toBe(
      1,
    );
    // what the comparison does not aggregate leaves it as it is
    expect(
      await steps(() => prisma.eventTranslation.create({ data: { eventId: e.id, lang: "uk", title: "Війська" } })),
    ).toBe(0);
  });
});

describe("stamped", () => {
  it("reads once while the version stands, and afresh after a write", async () => {
    let reads = 0;
    const read = () => stamped(prisma, "a read", async () => ++reads);
    expect([await read(), await read()]).toEqual([1, 1]);
    await prisma.outlet.create({ data: { slug: "stamped-outlet", name: "Stamped Herald" } });
    expect([await read(), await read()]).toEqual([2, 2]);
    expect(reads).toBe(2);
  });

  it("keeps no read that failed", async () => {
    let reads = 0;
    const read = () =>
      stamped(prisma, "a failing read", async () => {
        reads += 1;
        if (reads === 1) throw new Error("the database went away");
        return reads;
      });
    await expect(read()).rejects.toThrow("the database went away");
    expect(await read()).toBe(2);
  });

  it("shows in the comparison what another client wrote since it was read", async () => {
    const { outlet, event: e, aspectId, article } = await event("other-client");
    await prisma.eventArticle.create({ data: { eventId: e.id, articleId: article.id } });
    await prisma.claim.create({ data: figureClaim(article, e.id, aspectId) });
    const filters = parseFilters(new URLSearchParams());
    const names = async () => (await getComparison(prisma, e.id, "en", filters))!.options.sources.map((s) => s.name);
    expect(await names()).toEqual(["other-client Daily"]);
    // another server (or the command line) renames the outlet on the same database
    const other = createPrismaClient(process.env.DATABASE_URL);
    try {
      await other.outlet.update({ where: { id: outlet.id }, data: { name: "The Caracas Courier" } });
    } finally {
      await other.$disconnect();
    }
    expect(await names()).toEqual(["The Caracas Courier"]);
  });
});
