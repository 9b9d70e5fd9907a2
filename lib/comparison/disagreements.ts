import { append } from "@/lib/collections";
import type { Quantity } from "@/lib/domain/figures";
import { sameClaimRelations, type RelationKind } from "@/lib/domain/vocabulary";
import type { ComparisonClaim } from "./model";

/** What a figure is compared by: its range and unit. */
export type FigureRange = Pick<Quantity, "low" | "high" | "unit">;

/** By default, figures are flagged when one is more than twice the other. */
export const DEFAULT_FACTOR = 2;

/**
 * How many times apart two figures are: 1 when their ranges overlap, otherwise
 * the gap between the nearer ends (100 vs 1,000 is 10; 100 vs 24–60 is 1.67).
 */
export function figureFactor(a: FigureRange, b: FigureRange): number {
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
export type DisputeInput = Pick<ComparisonClaim, "id" | "aspectId" | "sourceId"> & { quantity: FigureRange | null };

/** A claim with a figure. */
export type Figure = DisputeInput & { quantity: FigureRange };

/**
 * Of the figures of one aspect and unit, the few that decide every figure's dispute. The figure
 * farthest from a claim is the lowest or the highest of another source, or a zero (which stands
 * infinitely far from anything but an equal zero): so each claim is compared with these, not with
 * all. Each pair is the first figure by its order and the first of another source than it.
 */
export interface FigureExtremes {
  /** the positive figures with the lowest top */
  lowest: Figure[];
  /** the positive figures with the highest bottom */
  highest: Figure[];
  /** the first positive figures given */
  first: Figure[];
  /** every zero (or negative) figure, in the order given */
  zeros: Figure[];
}

/** The extremes of one aspect's figures in one unit, given in order (the first given first). */
export function extremesOf(group: readonly Figure[]): FigureExtremes {
  const pair = (list: Figure[], before: (a: Figure, b: Figure) => boolean) => {
    const pick = (skip?: string) => {
      let best: Figure | undefined;
      for (const f of list) if (f.sourceId !== skip && (!best || before(f, best))) best = f;
      return best;
    };
    const first = pick();
    const second = first && pick(first.sourceId);
    return [first, second].filter((f) => f !== undefined);
  };
  const positive = group.filter((f) => f.quantity.low > 0);
  return {
    lowest: pair(positive, (a, b) => a.quantity.high < b.quantity.high),
    highest: pair(positive, (a, b) => a.quantity.low > b.quantity.low),
    first: pair(positive, () => false),
    zeros: group.filter((f) => f.quantity.low <= 0),
  };
}

/**
 * Whether a claim's figure stands more than `factor` times apart from another source's figure on
 * the same aspect and unit (figures within one source are a story over time, not a dispute), and
 * from which: the farthest; of two as far, the one given first (`before`).
 */
export function figureDispute(
  claim: Figure,
  extremes: FigureExtremes,
  factor: number,
  before: (a: Figure, b: Figure) => boolean,
): Dispute | null {
  const { lowest, highest, first, zeros } = extremes;
  const other = (list: Figure[]) => list.find((f) => f.sourceId !== claim.sourceId);
  const candidates =
    claim.quantity.low > 0
      ? [other(lowest), other(highest), other(zeros)]
      : // a zero is as far from every figure but an equal zero: the first positive or unequal zero
        [other(first), ...zeros];
  let by: Figure | undefined;
  let farthest = 0;
  for (const f of candidates) {
    if (!f || f.sourceId === claim.sourceId) continue;
    const apart = figureFactor(claim.quantity, f.quantity);
    if (apart <= factor) continue;
    if (!by || apart > farthest || (apart === farthest && before(f, by))) [by, farthest] = [f, apart];
  }
  return by ? { by: by.id, reason: "figures", factor: farthest } : null;
}

/** The key of a figure's group: its aspect and unit. */
export const figureGroup = (f: Pick<Figure, "aspectId" | "quantity">) => `${f.aspectId}\u0000${f.quantity.unit ?? ""}`;

/**
 * The claims shown as disputed, each with what disputes it:
 * - a confirmed relation "X contradicts it" (a denial answering it, a rebuttal);
 * - its figure stands more than `factor` times apart from another source's figure on the same
 *   aspect and unit (figureDispute); of two figures as far, the one given first. A figure that a
 *   later one updates ("updates") is left out of this, either way. Linear: each
 *   claim is compared with its group's extremes, where the pairwise comparison is quadratic.
 */
export function findDisputes(
  claims: readonly DisputeInput[],
  relations: readonly RelationLink[],
  factor = DEFAULT_FACTOR,
): Map<string, Dispute[]> {
  const present = new Set(claims.map((c) => c.id));
  const found = new Map<string, Dispute[]>();
  for (const r of relations)
    if (r.kind === "contradicts" && present.has(r.from) && present.has(r.to))
      append(found, r.to, { by: r.from, reason: "contradicts" });

  // a figure a later one updates is history, not a disagreement
  const updated = new Set(relations.filter((r) => r.kind === "updates").map((r) => r.to));
  const groups = new Map<string, Figure[]>();
  for (const c of claims) {
    if (!c.quantity || updated.has(c.id)) continue;
    append(groups, figureGroup(c as Figure), c as Figure);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const at = new Map(group.map((f, i) => [f, i]));
    const extremes = extremesOf(group);
    for (const c of group) {
      const dispute = figureDispute(c, extremes, factor, (a, b) => at.get(a)! < at.get(b)!);
      if (dispute) append(found, c.id, dispute);
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

/** Per unit, the smallest and largest figure given, and how far apart they stand. */
export function figureRanges<Q extends FigureRange>(
  quantities: readonly Q[],
): { unit: string | null; low: Q; high: Q; factor: number }[] {
  const units = new Map<string | null, Q[]>();
  for (const q of quantities) append(units, q.unit, q);
  return [...units].map(([unit, qs]) => {
    const low = qs.reduce((min, q) => (q.high < min.high ? q : min));
    const high = qs.reduce((max, q) => (q.low > max.low ? q : max));
    return { unit, low, high, factor: figureFactor(low, high) };
  });
}
