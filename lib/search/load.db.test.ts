import { beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/auth/store";
import { createClaim, deleteClaim, newClaim } from "@/lib/claims/store";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { readFilters, search, searchFilters } from "./load";
import { rebuildIndex } from "./reindex";

const { prisma } = withTempDatabase("search");
let user: AuthUser;

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  await rebuildIndex(prisma);
  const row = await prisma.user.create({ data: { email: "search@example.org", name: "S", role: "editor" } });
  user = { ...row, via: "session" };
}, 60_000);

const run = (q: string, more: Record<string, string> = {}) => search(prisma, searchFilters.parse({ q, ...more }), "en");
const marked = (r: Awaited<ReturnType<typeof run>>["results"][number]) =>
  r.snippet.filter((p) => p.mark).map((p) => p.text);

describe("search across languages", () => {
  it("finds a name in other scripts and spellings through the entity, and says so", async () => {
    const found = await run("Guaidó");
    expect(found.total).toBe(4);
    const uk = found.results.find((r) => r.lang === "uk")!;
    expect([uk.title.startsWith("Диктатор Ніколас Мадуро"), uk.via, marked(uk)]).toEqual([
      true,
      "Juan Guaidó",
      ["Гуайдо"],
    ]);
    const spelled = found.results.find((r) => r.title.startsWith("Whether Russia will help"))!;
    expect([spelled.via, marked(spelled)]).toEqual(["Juan Guaidó", ["Guaydo"]]);

    const peskov = await run("Песков");
    expect(peskov.results.map((r) => [r.lang, r.via, marked(r)[0]])).toEqual([
      ["uk", "Dmitry Peskov", "Пєсков"],
      ["en", "Dmitry Peskov", "Peskov"],
    ]);
  });

  it("matches other forms of a word, phrases, exclusions and prefixes", async () => {
    const russia = await run("Росія -Сирія");
    expect(russia.results.flatMap(marked)).toEqual(["Росію", "Росії", "Росія"]);
    const phrase = await run('"military specialists"');
    expect(phrase.results.map((r) => r.type)).toEqual(["claim", "article"]);
    expect(marked(phrase.results[0]!)).toEqual(["military", "specialists"]);
    expect((await run("rost*")).total).toBe((await run("rostec")).total);
  });

  it("narrows by type and language, and counts what it found per facet", async () => {
    const all = await run("troops");
    expect(all.total).toBe(4);
    expect(all.facets!.type).toEqual([
      { value: "article", label: "article", count: 3 },
      { value: "claim", label: "claim", count: 1 },
    ]);
    const claims = await run("troops", { type: "claim" });
    expect([claims.total, claims.results.map((r) => r.type)]).toEqual([1, ["claim"]]);
    expect((await run("troops", { language: "uk" })).total).toBe(0);
  });

  it("answers an empty, meaningless or hostile query without an error", async () => {
    expect(await run("")).toMatchObject({ total: 0, reason: "empty" });
    expect(await run("the of and")).toMatchObject({ total: 0, reason: "nothingToSearch" });
    for (const q of ['NEAR(Russia "', "title:Russia ^", "((", '"', "x".repeat(10_000)])
      expect((await run(q)).total).toBeGreaterThanOrEqual(0);
    // unknown filter values are dropped, not passed on, and named
    expect(readFilters({ q: "x", type: "user", from: "yesterday", cursor: "-5", language: "en" })).toEqual({
      filters: { q: "x", language: "en" },
      ignored: ["type", "from", "cursor"],
    });
  });
});

describe("the index", () => {
  it("follows the writes: a new claim is found at once, a deleted one no more", async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { title: { startsWith: "No More Syrias" } } });
    const event = await prisma.event.findFirstOrThrow();
    const aspect = await prisma.aspect.findFirstOrThrow({ where: { eventId: event.id } });
    const word = "Putin";
    const start = article.text.indexOf(word);
    const claims = (await prisma.claim.findMany({ where: { articleId: article.id } })).filter(
      (c) => c.start < start + word.length && c.end > start,
    );
    expect(claims).toEqual([]);
    const before = (await run("Putin", { type: "claim" })).total;
    const claim = await createClaim(
      prisma,
      newClaim.parse({
        articleId: article.id,
        eventId: event.id,
        aspectId: aspect.id,
        start,
        end: start + word.length,
        kind: "statement",
        stance: "reports",
      }),
      user,
    );
    expect((await run("Putin", { type: "claim" })).total).toBe(before + 1);
    await deleteClaim(prisma, claim.id, user);
    expect((await run("Putin", { type: "claim" })).total).toBe(before);
  });
});
