import { Vagueness } from "@/lib/generated/prisma/enums";

/**
 * Figures as plain data, without a schema library, so that the browser's pages that format
 * figures do not carry one. Their schemas are in quantity.ts.
 */

export { Vagueness };
export const vaguenesses = Object.values(Vagueness) as [Vagueness, ...Vagueness[]];

/**
 * A figure as the text states it: a value (low = high) or a range, or a vague quantity
 * given only in words, `few` or `many` of a base ("a few dozen": few × 12; "hundreds":
 * many × 100; "десятки тисяч": many × 10,000), with low = high = the base.
 */
export interface Stated {
  low: number;
  high: number;
  vagueness: Vagueness | null;
}

/**
 * A figure: as stated, and the range (low–high) figures are compared by. "Around 35
 * soldiers" is stated as 35 and compared as 31–39; "a few dozen" as 24–60.
 */
export interface Quantity {
  low: number;
  high: number;
  /** a count when null or a word ("personnel", "items"); else an ISO 4217 currency, "%" or a measure */
  unit: string | null;
  /** what the outlet says it counts, in the article's words */
  counted: string | null;
  approximate: boolean;
  stated: Stated;
}

/** Units that measure rather than count; with currencies, the only figures that may be fractions. */
export const MEASURES = ["%", "tons", "barrels", "km", "miles", "kg", "litres", "gallons", "m", "ha"];
export const isCurrency = (unit: string | null | undefined): unit is string => !!unit && /^[A-Z]{3}$/.test(unit);
/** A count of people or things: never a fraction. */
export const isCount = (unit: string | null) => !isCurrency(unit) && !MEASURES.includes(unit ?? "");

// a tenth either way, without binary noise: 11e9 × 1.1 is 12.1e9, not 12100000000.000002
const round = (v: number) => Number(v.toPrecision(12));

/**
 * The range a stated figure is compared by: "few" of a base is 2–5 of it, "many" 2–9 of it
 * (dozens: 24–99); an approximate figure reaches a tenth either way ("nearly": only down; a
 * bound such as "more than" not at all);
 * a count is widened to whole numbers.
 */
export function comparisonRange(
  stated: Stated,
  approximate: boolean,
  unit: string | null,
  how: "around" | "nearly" | "bound" = "around",
): { low: number; high: number } {
  const b = stated.low;
  let [low, high] =
    stated.vagueness === "few"
      ? [2 * b, 5 * b]
      : stated.vagueness === "many"
        ? [2 * b, b === 12 ? 99 : 9 * b]
        : approximate && how !== "bound"
          ? [round(stated.low * 0.9), how === "nearly" ? stated.high : round(stated.high * 1.1)]
          : [stated.low, stated.high];
  if (isCount(unit)) [low, high] = [Math.floor(low), Math.ceil(high)];
  return { low, high };
}

/** A quantity as a client writes it: the stated figure, the range, or both (quantity.ts checks it). */
export interface QuantityInput {
  low?: number;
  high?: number;
  stated?: { low: number; high: number; vagueness?: Vagueness | null };
  unit?: string | null;
  counted?: string | null;
  approximate?: boolean;
}

/** The whole quantity a valid input means: a missing range follows from the stated figure, and the other way round. */
export function completeQuantity(q: QuantityInput): Quantity {
  const stated = q.stated
    ? { low: q.stated.low, high: q.stated.high, vagueness: q.stated.vagueness ?? null }
    : { low: q.low!, high: q.high!, vagueness: null };
  const [unit, approximate] = [q.unit ?? null, q.approximate ?? false];
  const range = q.low === undefined ? comparisonRange(stated, approximate, unit) : { low: q.low, high: q.high! };
  return { ...range, unit, counted: q.counted ?? null, approximate: approximate || !!stated.vagueness, stated };
}
