import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/domain/figures";
import { demoClaims } from "@/test/demo-claims";
import {
  clusters,
  DEFAULT_FACTOR,
  figureFactor,
  findDisputes,
  figureRanges,
  type DisputeInput,
  type Dispute,
  type RelationLink,
} from "./disagreements";
import type { ComparisonClaim } from "./model";

// The demo corpus's own claims and hand-drawn relations: real quotes in English and Ukrainian, as the seed stores them.
const { demo, claims: stored, id } = demoClaims();
const claims: ComparisonClaim[] = stored.map((c) => ({
  id: c.id,
  aspectId: c.aspectId,
  sourceId: c.sourceId,
  articleId: c.articleId,
  quote: c.quote,
  quoteLang: c.lang,
  start: c.start,
  end: c.end,
  kind: c.kind,
  stance: c.stance,
  status: "confirmed",
  speaker: c.speaker ? { id: c.speaker, name: c.speaker } : null,
  publishedAt: null,
  quantity: c.quantity,
}));
const relations: RelationLink[] = demo.relations.map((r) => ({
  kind: r.kind,
  from: id(r.from.quote),
  to: id(r.to.quote),
}));
const q = (low: number, high = low, unit: string | null = "personnel"): Quantity => ({
  low,
  high,
  unit,
  counted: null,
  approximate: false,
  stated: { low, high, vagueness: null },
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

describe("which claims of the demo event are disputed, and by whom", () => {
  const disputes = findDisputes(claims, relations);

  it("does not flag Trump's “Russia has to get out.”: no relation contradicts it", () => {
    expect(disputes.has(id("Russia has to get out."))).toBe(false);
  });

  it("flags exactly the claims a confirmed contradiction points at, or a figure ten times apart", () => {
    const flagged = Object.fromEntries([...disputes].map(([claim, ds]) => [claim, ds]));
    expect(flagged).toEqual({
      [id("some 20,000 Cubans")]: [
        { by: id("those few ten thousand Cubans"), reason: "contradicts" },
        { by: id("That’s a lie."), reason: "contradicts" },
      ],
      [id("Trump claimed that Russia had withdrawn")]: [
        { by: id("Russia stands ready to send more"), reason: "contradicts" },
      ],
      [id("the constant interference")]: [
        { by: id("The Russian Foreign Ministry categorically"), reason: "contradicts" },
        { by: id("The accusations of the United States"), reason: "contradicts" },
      ],
      // and not 100 troops against around 1,000 contractors (9 times apart): the same source
      // reports that number cut to a few dozen since, a confirmed "updates", so the 1,000 is history
    });
  });

  it("does not flag $11 billion against “billions” (2–9 billion): 1.1 times apart is within the default factor", () => {
    expect(disputes.has(id("the sum of contracts"))).toBe(false);
    expect(DEFAULT_FACTOR).toBe(2);
  });

  it("lets the user lower the factor: at 1.5 a few dozen (24–60) against 100 counts too", () => {
    const strict = findDisputes(claims, [], 1.5);
    expect(strict.get(id("recent reports suggest"))).toEqual([
      { by: id("100 Russian troops"), reason: "figures", factor: 100 / 60 },
    ]);
    // within one source, a figure cut from 1,000 to a few dozen is a story over time
    expect(strict.get(id("Rostec had stationed around 1,000"))).toEqual([
      { by: id("100 Russian troops"), reason: "figures", factor: 9 },
    ]);
  });

  it("compares each figure with the farthest of another source, in one pass", () => {
    const figures = [
      { id: "a", aspectId: "x", sourceId: "s1", quantity: q(10) },
      { id: "b", aspectId: "x", sourceId: "s1", quantity: q(1000) },
      { id: "c", aspectId: "x", sourceId: "s2", quantity: q(100) },
      { id: "d", aspectId: "x", sourceId: "s3", quantity: q(100, 100, "USD") },
    ];
    expect(Object.fromEntries(findDisputes(figures, []))).toEqual({
      a: [{ by: "c", reason: "figures", factor: 10 }],
      b: [{ by: "c", reason: "figures", factor: 10 }],
      c: [{ by: "a", reason: "figures", factor: 10 }],
    });
  });

  it("leaves out a figure a later one of its source updates: «з тисячі до кількох десятків» is a change, not a dispute", () => {
    const figures = [
      { id: "thousand", aspectId: "x", sourceId: "wsj", quantity: q(900, 1100) },
      { id: "dozens", aspectId: "x", sourceId: "wsj", quantity: q(24, 60) },
      { id: "hundred", aspectId: "x", sourceId: "rt", quantity: q(100) },
    ];
    expect(Object.fromEntries(findDisputes(figures, []))).toEqual({
      thousand: [{ by: "hundred", reason: "figures", factor: 9 }],
      hundred: [{ by: "thousand", reason: "figures", factor: 9 }],
    });
    expect(Object.fromEntries(findDisputes(figures, [{ kind: "updates", from: "dozens", to: "thousand" }]))).toEqual(
      {},
    );
  });
});

describe("clusters", () => {
  it("joins claims that repeat one another or say the same in another language, named by the first", () => {
    const order = ["en", "uk", "ru", "other"];
    const joined = clusters(order, [
      { kind: "translates", from: "uk", to: "en" },
      { kind: "repeats", from: "ru", to: "uk" },
      { kind: "contradicts", from: "other", to: "en" },
    ]);
    expect(Object.fromEntries(joined)).toEqual({ en: "en", uk: "en", ru: "en", other: "other" });
  });
});

describe("figureRanges", () => {
  it("spans each unit's figures from the lowest to the highest, as stated, and says how far apart they stand", () => {
    const personnel = claims.filter((c) => c.aspectId === "russian-personnel" && c.quantity).map((c) => c.quantity!);
    expect(figureRanges(personnel)).toEqual([
      {
        unit: "personnel",
        low: claims.find((c) => c.id === id("recent reports suggest"))!.quantity,
        high: claims.find((c) => c.id === id("Rostec had stationed around 1,000"))!.quantity,
        factor: 15,
      },
    ]);
    expect(figureRanges([q(11e9, 11e9, "USD"), q(100), q(2e9, 9e9, "USD")])).toEqual([
      { unit: "USD", low: q(2e9, 9e9, "USD"), high: q(11e9, 11e9, "USD"), factor: 11 / 9 },
      { unit: "personnel", low: q(100), high: q(100), factor: 1 },
    ]);
  });
});

/** The simple version: every figure against every figure of another source, the farthest (first given on a tie). */
function pairwise(claims: readonly DisputeInput[], relations: readonly RelationLink[], factor: number) {
  const found = new Map<string, Dispute[]>();
  const add = (id: string, d: Dispute) => found.set(id, [...(found.get(id) ?? []), d]);
  const present = new Set(claims.map((c) => c.id));
  for (const r of relations)
    if (r.kind === "contradicts" && present.has(r.from) && present.has(r.to))
      add(r.to, { by: r.from, reason: "contradicts" });
  const history = (c: DisputeInput) => relations.some((r) => r.kind === "updates" && r.to === c.id);
  for (const c of claims) {
    if (!c.quantity || history(c)) continue;
    let best: { by: string; factor: number } | null = null;
    for (const f of claims) {
      if (!f.quantity || history(f) || f.sourceId === c.sourceId || f.aspectId !== c.aspectId) continue;
      if ((f.quantity.unit ?? "") !== (c.quantity.unit ?? "")) continue;
      const apart = figureFactor(c.quantity, f.quantity);
      if (apart > factor && apart > (best?.factor ?? 0)) best = { by: f.id, factor: apart };
    }
    if (best) add(c.id, { ...best, reason: "figures" });
  }
  return found;
}

describe("the disagreement finder against the pairwise comparison", () => {
  it("finds the same disputes on the demo event at every factor", () => {
    for (const factor of [1.1, 1.5, 2, 9, 15, 100])
      expect(findDisputes(claims, relations, factor)).toEqual(pairwise(claims, relations, factor));
  });

  it("finds the same disputes on 300 generated events: ties, zeros, ranges, units, one source or many", () => {
    let seed = 20190402;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (let event = 0; event < 300; event++) {
      const sources = 1 + Math.floor(next() * 6);
      const figures: DisputeInput[] = Array.from({ length: Math.floor(next() * 40) }, (_, i) => {
        // few distinct values, so that ties are common; now and then a zero or a range
        const low = pick([0, 1, 10, 24, 60, 100, 100, 1000, 20000]);
        const high = next() < 0.3 ? low * pick([1, 2, 2.5]) : low;
        return {
          id: `c${i}`,
          aspectId: pick(["a", "b"]),
          sourceId: `s${Math.floor(next() * sources)}`,
          quantity: next() < 0.15 ? null : q(low, high, pick(["personnel", "personnel", "USD", null])),
        };
      });
      const links: RelationLink[] = figures.length > 1 ? [{ kind: "contradicts", from: "c1", to: "c0" }] : [];
      const factor = pick([1.1, 2, 10]);
      expect(findDisputes(figures, links, factor)).toEqual(pairwise(figures, links, factor));
    }
  });
});
