import type { Quantity } from "@/lib/domain/quantity";
import { isNegating } from "@/lib/domain/vocabulary";
import type { ComparisonClaim } from "./model";

/** By default, figures are flagged when one is more than twice the other. */
export const DEFAULT_FACTOR = 2;

export type Disagreement =
  | {
      kind: "figures";
      aspectId: string;
      unit: string | null;
      /** how many times larger the largest flagged figure is than the smallest */
      factor: number;
      claimIds: string[];
    }
  | { kind: "contradiction"; aspectId: string; affirming: string[]; negating: string[] }
  | { kind: "attribution"; aspectId: string; quantity: Quantity; claimIds: string[] };

/**
 * How many times apart two figures are: 1 when their ranges overlap, otherwise
 * the gap between the nearer ends (100 vs 1,000 is 10; 100 vs 24–60 is 1.67).
 */
export function figureFactor(a: Quantity, b: Quantity): number {
  if (a.low <= 0 || b.low <= 0) return a.low === b.low && a.high === b.high ? 1 : Infinity;
  if (a.high < b.low) return b.low / a.high;
  if (b.high < a.low) return a.low / b.high;
  return 1;
}

/** What the search for disagreements reads of a claim. */
export type DisagreementInput = Pick<
  ComparisonClaim,
  "id" | "aspectId" | "sourceId" | "stance" | "speaker" | "quantity"
>;

const byAspect = (claims: readonly DisagreementInput[]) => {
  const groups = new Map<string, DisagreementInput[]>();
  for (const c of claims) groups.set(c.aspectId, [...(groups.get(c.aspectId) ?? []), c]);
  return groups;
};

const speakerKey = (c: DisagreementInput) => c.speaker?.id ?? `outlet:${c.sourceId}`;
const ordered = (ids: Iterable<string>, claims: readonly DisagreementInput[]) => {
  const set = new Set(ids);
  return claims.filter((c) => set.has(c.id)).map((c) => c.id);
};

/**
 * Where the claims about an event disagree, per aspect:
 * - figures: two sources give figures for the same aspect and unit more than
 *   `factor` times apart (figures within one article are a story over time, not a dispute);
 * - contradiction: a claim put forward (asserts, reports) and one pushed back
 *   against (denies, disputes) in the same aspect, from different speakers or sources;
 * - attribution: the same figure, attributed to different speakers.
 */
export function findDisagreements(claims: readonly DisagreementInput[], factor = DEFAULT_FACTOR): Disagreement[] {
  const found: Disagreement[] = [];
  for (const [aspectId, group] of byAspect(claims)) {
    const figures = group.filter((c): c is DisagreementInput & { quantity: Quantity } => c.quantity !== null);

    const units = new Map<string | null, typeof figures>();
    for (const f of figures) units.set(f.quantity.unit, [...(units.get(f.quantity.unit) ?? []), f]);
    for (const [unit, same] of units) {
      const involved = new Set<string>();
      let widest = 1;
      for (const [i, a] of same.entries()) {
        for (const b of same.slice(i + 1)) {
          if (a.sourceId === b.sourceId) continue;
          const apart = figureFactor(a.quantity, b.quantity);
          if (apart > factor) {
            involved.add(a.id).add(b.id);
            widest = Math.max(widest, apart);
          }
        }
      }
      if (involved.size)
        found.push({ kind: "figures", aspectId, unit, factor: widest, claimIds: ordered(involved, claims) });
    }

    const affirming = group.filter((c) => !isNegating(c.stance));
    const negating = group.filter((c) => isNegating(c.stance));
    const opposed = (a: DisagreementInput, n: DisagreementInput) =>
      speakerKey(a) !== speakerKey(n) || a.sourceId !== n.sourceId;
    const pro = affirming.filter((a) => negating.some((n) => opposed(a, n)));
    const contra = negating.filter((n) => affirming.some((a) => opposed(a, n)));
    if (pro.length && contra.length) {
      found.push({
        kind: "contradiction",
        aspectId,
        affirming: pro.map((c) => c.id),
        negating: contra.map((c) => c.id),
      });
    }

    const sameFigure = new Map<string, typeof figures>();
    for (const f of figures) {
      const key = `${f.quantity.unit}|${f.quantity.low}|${f.quantity.high}`;
      sameFigure.set(key, [...(sameFigure.get(key) ?? []), f]);
    }
    for (const same of sameFigure.values()) {
      if (new Set(same.map(speakerKey)).size > 1) {
        found.push({ kind: "attribution", aspectId, quantity: same[0]!.quantity, claimIds: same.map((c) => c.id) });
      }
    }
  }
  return found;
}

export interface AspectSummary {
  sources: number;
  /** the smallest and largest figure given, per unit */
  figures: { unit: string | null; low: Quantity; high: Quantity }[];
  denials: number;
}

/** "3 outlets, figures from a few dozen to 1,000; 1 denial": the numbers behind that line. */
export function summarizeAspect(claims: readonly ComparisonClaim[]): AspectSummary {
  const units = new Map<string | null, Quantity[]>();
  for (const c of claims)
    if (c.quantity) units.set(c.quantity.unit, [...(units.get(c.quantity.unit) ?? []), c.quantity]);
  return {
    sources: new Set(claims.map((c) => c.sourceId)).size,
    figures: [...units].map(([unit, qs]) => ({
      unit,
      low: qs.reduce((min, q) => (q.low < min.low ? q : min)),
      high: qs.reduce((max, q) => (q.high > max.high ? q : max)),
    })),
    denials: claims.filter((c) => isNegating(c.stance)).length,
  };
}

/** The claims a disagreement names: every one of them is disputed. */
export const claimsNamedBy = (d: Disagreement): string[] =>
  d.kind === "contradiction" ? [...d.affirming, ...d.negating] : d.claimIds;

/** The ids of every claim some disagreement names. */
export function disputedIds(disagreements: readonly Disagreement[]): Set<string> {
  return new Set(disagreements.flatMap(claimsNamedBy));
}
