import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/domain/figures";
import { demoClaims } from "@/test/demo-claims";
import { proposeRelations, type ProposalClaim } from "./proposals";

// The demo corpus as the seed stores it, with each claim's words around it as the server reads them.
const demo = demoClaims();
const demoClaimsIn: ProposalClaim[] = demo.claims.map((c) => ({
  id: c.id,
  aspectId: c.aspectId,
  sourceId: c.sourceId,
  articleId: c.articleId,
  lang: c.lang,
  start: c.start,
  stance: c.stance,
  speaker: c.speaker ? { id: c.speaker, names: c.speakerNames } : null,
  quote: c.quote,
  context: c.context,
  publishedAt: null,
  quantity: c.quantity,
}));
const by = demo.id;

describe("proposed relations on the demo event", () => {
  const proposals = proposeRelations(demoClaimsIn);

  it("proposes Rodríguez's 'mostly medical workers' as contradicting Bolton's ~20,000", () => {
    expect(proposals).toContainEqual({
      from: by("those few ten thousand Cubans"),
      to: by("some 20,000 Cubans"),
      kind: "contradicts",
    });
  });

  it("proposes the foreign ministry's 'ready to send more' as contradicting Trump's 'withdrawn most of its people'", () => {
    expect(proposals).toContainEqual({
      from: by("Russia stands ready to send more"),
      to: by("Trump claimed that Russia had withdrawn"),
      kind: "contradicts",
    });
  });

  it("proposes the cut to 'a few dozen' as updating the same report's 1,000 contractors", () => {
    expect(proposals).toContainEqual({
      from: by("recent reports suggest"),
      to: by("Rostec had stationed around 1,000"),
      kind: "updates",
    });
  });

  it("proposes exactly these nine relations", () => {
    const pair = (from: string, to: string, kind: string) => ({ from: by(from), to: by(to), kind });
    expect(proposals).toEqual([
      pair("recent reports suggest", "Rostec had stationed around 1,000", "updates"),
      pair("called Bolton a ‘pathological liar’", "some 20,000 Cubans", "contradicts"),
      pair("those few ten thousand Cubans", "some 20,000 Cubans", "contradicts"),
      pair("That’s a lie.", "some 20,000 Cubans", "contradicts"),
      pair("Russia stands ready to send more", "Trump claimed that Russia had withdrawn", "contradicts"),
      pair(
        "The country’s foreign ministry has also not ruled out",
        "Trump claimed that Russia had withdrawn",
        "contradicts",
      ),
      pair("But beyond that Moscow will not go.", "Instead of sending nuclear bombers", "contradicts"),
      pair("The Russian Foreign Ministry categorically rejected", "the constant interference", "contradicts"),
      pair("The accusations of the United States against Russia", "Instead of sending nuclear bombers", "contradicts"),
    ]);
  });

  it("never proposes a claim against its own speaker, and each pair once", () => {
    const speakerOf = new Map(demoClaimsIn.map((c) => [c.id, c.speaker?.id ?? null]));
    for (const p of proposals.filter((x) => x.kind === "contradicts")) {
      const [a, b] = [speakerOf.get(p.from), speakerOf.get(p.to)];
      if (a && b) expect(a).not.toBe(b);
    }
    const pairs = proposals.map((p) => [p.from, p.to].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("proposes nothing for a pair already related or rejected", () => {
    const from = by("those few ten thousand Cubans");
    const to = by("some 20,000 Cubans");
    const again = proposeRelations(demoClaimsIn, [{ from: to, to: from }]);
    expect(again.some((p) => [p.from, p.to].sort().join() === [from, to].sort().join())).toBe(false);
  });
});

describe("proposed relations across languages", () => {
  const cubans = (id: string, lang: string, sourceId: string, quote: string, counted: string, date: string) => ({
    id,
    aspectId: "cuban-personnel",
    sourceId,
    articleId: `${sourceId}-1`,
    lang,
    start: 0,
    stance: "reports" as const,
    speaker: null,
    quote,
    context: quote,
    publishedAt: date,
    quantity: {
      low: 18000,
      high: 22000,
      unit: "personnel",
      counted,
      approximate: true,
      stated: { low: 20000, high: 20000, vagueness: null },
    } satisfies Quantity,
  });
  const claims: ProposalClaim[] = [
    cubans("en", "en", "reuters", "some 20,000 Cubans in Venezuela", "Cubans", "2019-03-25"),
    cubans("uk", "uk", "pravda", "близько 20 тисяч кубинців у Венесуелі", "кубинців", "2019-03-26"),
    cubans("ru", "ru", "ria", "около 20 тысяч кубинцев в Венесуэле", "кубинцев", "2019-03-27"),
    cubans("en2", "en", "ap", "about 20,000 Cubans are in Venezuela", "Cubans", "2019-03-28"),
    {
      ...cubans("ru2", "ru", "ria", "уже 25 тысяч кубинцев", "кубинцев", "2019-04-02"),
      quantity: {
        ...cubans("x", "ru", "ria", "", "кубинцев", "").quantity,
        stated: { low: 25000, high: 25000, vagueness: null },
      },
    },
  ];

  it("finds the same figure in three languages, and a later figure of the same outlet", () => {
    expect(proposeRelations(claims)).toEqual([
      { from: "uk", to: "en", kind: "translates" },
      { from: "ru", to: "en", kind: "translates" },
      { from: "en2", to: "en", kind: "repeats" },
      { from: "ru2", to: "ru", kind: "updates" },
    ]);
  });
});
