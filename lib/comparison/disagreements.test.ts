import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/domain/quantity";
import { DEFAULT_FACTOR, figureFactor, findDisagreements, summarizeAspect } from "./disagreements";
import type { ComparisonClaim } from "./model";

// The demo corpus's own claims: real quotes in English and Ukrainian, as the seed stores them.
const demo = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "prisma", "seed-data", "demo.json"), "utf8"),
) as {
  articles: { file: string; outlet: string | null; lang: string }[];
  claims: {
    article: string;
    aspect: string;
    quote: string;
    kind: ComparisonClaim["kind"];
    stance: ComparisonClaim["stance"];
    speaker: string | null;
    quantity: Quantity | null;
  }[];
};
const claims: ComparisonClaim[] = demo.claims.map((c, i) => {
  const article = demo.articles.find((a) => a.file === c.article)!;
  return {
    id: `c${i}`,
    aspectId: c.aspect,
    sourceId: article.outlet ?? `article:${c.article}`,
    articleId: c.article,
    quote: c.quote,
    quoteLang: article.lang,
    start: 0,
    end: c.quote.length,
    kind: c.kind,
    stance: c.stance,
    status: "confirmed",
    speaker: c.speaker ? { id: c.speaker, name: c.speaker } : null,
    publishedAt: null,
    quantity: c.quantity ?? null,
  };
});
const id = (quoteStart: string) => claims.find((c) => c.quote.startsWith(quoteStart))!.id;
const q = (low: number, high = low, unit: string | null = "personnel"): Quantity => ({
  low,
  high,
  unit,
  counted: null,
  approximate: false,
});

describe("figureFactor", () => {
  it("measures the gap between the nearer ends of two figures", () => {
    expect(figureFactor(q(100), q(1000))).toBe(10);
    expect(figureFactor(q(1000), q(100))).toBe(10);
    expect(figureFactor(q(100), q(24, 60))).toBeCloseTo(1.667, 3);
    expect(figureFactor(q(24, 60), q(50, 70))).toBe(1);
    expect(figureFactor(q(11e9, 11e9, "USD"), q(2e9, 9e9, "USD"))).toBeCloseTo(1.222, 3);
    expect(figureFactor(q(0), q(0))).toBe(1);
    expect(figureFactor(q(0), q(5))).toBe(Infinity);
  });
});

describe("findDisagreements on the demo corpus", () => {
  const found = findDisagreements(claims);
  const of = (aspectId: string) => found.filter((d) => d.aspectId === aspectId);

  it("flags 100 troops against 1,000 contractors, but not a few dozen from the same article as the 1,000", () => {
    expect(of("russian-personnel").filter((d) => d.kind === "figures")).toEqual([
      {
        kind: "figures",
        aspectId: "russian-personnel",
        unit: "personnel",
        factor: 10,
        claimIds: [id("100 Russian troops"), id("Rostec had stationed around 1,000")],
      },
    ]);
  });

  it("sets Bolton's 20,000 against Rodríguez's denials on Cuban personnel", () => {
    expect(of("cuban-personnel")).toEqual([
      {
        kind: "contradiction",
        aspectId: "cuban-personnel",
        affirming: [id("some 20,000 Cubans"), id("Trump threatened")],
        negating: [id("those few ten thousand Cubans"), id("called Bolton"), id("That’s a lie")],
      },
    ]);
  });

  it("sets Trump's 'withdrawn most of its people' against the Russian foreign ministry", () => {
    const [contradiction] = of("russian-withdrawal");
    expect(contradiction).toMatchObject({ kind: "contradiction" });
    if (contradiction?.kind !== "contradiction") throw new Error("expected a contradiction");
    expect(contradiction.affirming).toContain(id("Trump claimed that Russia had withdrawn"));
    expect(contradiction.negating).toEqual([
      id("Russia stands ready to send more"),
      id("The country’s foreign ministry"),
    ]);
  });

  it("finds the Ukrainian report of Russia's rejection among the denials of interference", () => {
    const [contradiction] = of("russian-interference");
    if (contradiction?.kind !== "contradiction") throw new Error("expected a contradiction");
    expect(contradiction.negating).toContain(id("Росія відхилила цей запит"));
    expect(contradiction.affirming).toEqual([
      id("Instead of sending nuclear bombers"),
      id("the constant interference"),
    ]);
  });

  it("does not flag $11 billion against $2–9 billion: 1.2 times apart is within the default factor", () => {
    expect(of("arms-deals")).toEqual([]);
  });

  it("lets the user lower the factor: at 1.5 a few dozen against 100 counts too", () => {
    const strict = findDisagreements(claims, 1.5).find(
      (d) => d.aspectId === "russian-personnel" && d.kind === "figures",
    );
    expect(strict).toMatchObject({ factor: 10 });
    if (strict?.kind !== "figures") throw new Error("expected figures");
    expect(strict.claimIds).toEqual([
      id("100 Russian troops"),
      id("Rostec had stationed around 1,000"),
      id("recent reports suggest"),
    ]);
    expect(DEFAULT_FACTOR).toBe(2);
  });
});

describe("the same figure from different speakers", () => {
  it("is flagged: 20,000 as Bolton's in one outlet, as the outlet's own in another", () => {
    const bolton = { ...claims.find((c) => c.quote.startsWith("some 20,000"))!, id: "bolton" };
    const own: ComparisonClaim = {
      ...bolton,
      id: "own",
      sourceId: "article:uk",
      quote: "близько 20 тисяч кубинців забезпечують охорону Мадуро",
      quoteLang: "uk",
      speaker: null,
      stance: "asserts",
    };
    expect(findDisagreements([bolton, own])).toEqual([
      { kind: "attribution", aspectId: "cuban-personnel", quantity: bolton.quantity, claimIds: ["bolton", "own"] },
    ]);
  });
});

describe("summarizeAspect", () => {
  it("counts sources and denials and spans the figures", () => {
    const personnel = claims.filter((c) => c.aspectId === "russian-personnel");
    expect(summarizeAspect(personnel)).toEqual({
      sources: 3,
      figures: [{ unit: "personnel", low: personnel[3]!.quantity, high: personnel[2]!.quantity }],
      denials: 0,
    });
    expect(summarizeAspect(claims.filter((c) => c.aspectId === "cuban-personnel"))).toMatchObject({
      sources: 1,
      denials: 3,
    });
  });
});
