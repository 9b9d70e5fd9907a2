import type { Quantity } from "@/lib/domain/figures";
import { isNegating, sameClaimRelations, type RelationKind } from "@/lib/domain/vocabulary";
import type { ComparisonClaim } from "./model";

/** By default, figures are flagged when one is more than twice the other. */
export const DEFAULT_FACTOR = 2;

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

/** A confirmed relation between two claims, as the comparison reads it. */
export interface RelationLink {
  kind: RelationKind;
  from: string;
  to: string;
}

/** Why a claim is shown as disputed, and by which claim. */
export type Dispute =
  /** a confirmed "contradicts" relation points at it */
  | { by: string; reason: "contradicts" }
  /** another source's figure for the same aspect and unit stands `factor` times apart */
  | { by: string; reason: "figures"; factor: number };

/** What the search for disputes reads of a claim. */
export type DisputeInput = Pick<ComparisonClaim, "id" | "aspectId" | "sourceId" | "quantity">;

/**
 * The claims shown as disputed, each with what disputes it:
 * - a confirmed relation "X contradicts it" (a denial answering it, a rebuttal);
 * - its figure stands more than `factor` times apart from another source's figure on the same
 *   aspect and unit (figures within one source are a story over time, not a dispute). Per
 *   aspect and unit the figures are sorted once: the figure farthest from any claim is the
 *   lowest or the highest of another source, so each claim is compared with two, not all.
 */
export function findDisputes(
  claims: readonly DisputeInput[],
  relations: readonly RelationLink[],
  factor = DEFAULT_FACTOR,
): Map<string, Dispute[]> {
  const present = new Set(claims.map((c) => c.id));
  const found = new Map<string, Dispute[]>();
  const add = (id: string, d: Dispute) => found.set(id, [...(found.get(id) ?? []), d]);
  for (const r of relations)
    if (r.kind === "contradicts" && present.has(r.from) && present.has(r.to))
      add(r.to, { by: r.from, reason: "contradicts" });

  type Figure = DisputeInput & { quantity: Quantity };
  const groups = new Map<string, Figure[]>();
  for (const c of claims) {
    if (!c.quantity) continue;
    const key = `${c.aspectId}\u0000${c.quantity.unit ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(c as Figure);
    else groups.set(key, [c as Figure]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // the two lowest (by their high end) and two highest (by their low end) from different sources
    const extremes = (sorted: Figure[]) => {
      const first = sorted[0]!;
      return [first, sorted.find((f) => f.sourceId !== first.sourceId)];
    };
    const lowest = extremes([...group].sort((a, b) => a.quantity.high - b.quantity.high));
    const highest = extremes([...group].sort((a, b) => b.quantity.low - a.quantity.low));
    for (const c of group) {
      const other = (pair: (Figure | undefined)[]) => pair.find((f) => f && f.sourceId !== c.sourceId);
      let best: { by: Figure; factor: number } | null = null;
      for (const f of [other(lowest), other(highest)]) {
        if (!f) continue;
        const apart = figureFactor(c.quantity, f.quantity);
        if (apart > factor && apart > (best?.factor ?? 0)) best = { by: f, factor: apart };
      }
      if (best) add(c.id, { by: best.by.id, reason: "figures", factor: best.factor });
    }
  }
  return found;
}

/**
 * Claims that are one proposition: joined by confirmed "repeats" and "same claim in another
 * language" relations. Each claim's cluster is named by its first claim in `order`.
 */
export function clusters(order: readonly string[], relations: readonly RelationLink[]): Map<string, string> {
  const parent = new Map(order.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const rank = new Map(order.map((id, i) => [id, i]));
  for (const r of relations) {
    if (!sameClaimRelations.includes(r.kind) || !parent.has(r.from) || !parent.has(r.to)) continue;
    const [a, b] = [root(r.from), root(r.to)];
    if (a === b) continue;
    if (rank.get(a)! < rank.get(b)!) parent.set(b, a);
    else parent.set(a, b);
  }
  return new Map(order.map((id) => [id, root(id)]));
}

export interface AspectSummary {
  sources: number;
  /** the smallest and largest figure given, per unit, and how far apart they stand */
  figures: { unit: string | null; low: Quantity; high: Quantity; factor: number }[];
  /** claims pushing back (denies, disputes) */
  denials: number;
  /** claims shown as disputed */
  disputed: number;
}

/** The numbers behind an aspect's one-sentence summary. */
export function summarizeAspect(
  claims: readonly Pick<ComparisonClaim, "id" | "sourceId" | "stance" | "quantity">[],
  disputes: ReadonlyMap<string, Dispute[]>,
): AspectSummary {
  const units = new Map<string | null, Quantity[]>();
  for (const c of claims)
    if (c.quantity) units.set(c.quantity.unit, [...(units.get(c.quantity.unit) ?? []), c.quantity]);
  return {
    sources: new Set(claims.map((c) => c.sourceId)).size,
    figures: [...units].map(([unit, qs]) => {
      const low = qs.reduce((min, q) => (q.high < min.high ? q : min));
      const high = qs.reduce((max, q) => (q.low > max.low ? q : max));
      return { unit, low, high, factor: figureFactor(low, high) };
    }),
    denials: claims.filter((c) => isNegating(c.stance)).length,
    disputed: claims.filter((c) => disputes.has(c.id)).length,
  };
}
