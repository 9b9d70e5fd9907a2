import { z } from "zod";
import { Vagueness } from "@/lib/generated/prisma/enums";

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

const amount = z.number().finite().min(0).max(1e15);
const statedSchema = z
  .strictObject({ low: amount, high: amount, vagueness: z.enum(vaguenesses).nullable().default(null) })
  .refine((s) => s.low <= s.high, { message: "low must not exceed high", path: ["high"] });

/**
 * A quantity as a client sends it: the stated figure, from which the comparison range follows
 * (`comparisonRange`), or a range alone (then stated as that range), or both when an editor
 * sets the range by hand.
 */
export const quantitySchema = z
  .strictObject({
    low: amount.optional(),
    high: amount.optional(),
    stated: statedSchema.optional(),
    unit: z.string().trim().max(40).nullable().default(null),
    counted: z.string().trim().max(200).nullable().default(null),
    approximate: z.boolean().default(false),
  })
  .refine((q) => (q.low === undefined) === (q.high === undefined), { message: "give low and high", path: ["high"] })
  .refine((q) => q.low === undefined || q.low <= q.high!, { message: "low must not exceed high", path: ["high"] })
  .refine((q) => q.low !== undefined || q.stated !== undefined, { message: "give stated or low and high" })
  .transform((q): Quantity => {
    const stated = q.stated ?? { low: q.low!, high: q.high!, vagueness: null };
    const range = q.low === undefined ? comparisonRange(stated, q.approximate, q.unit) : { low: q.low, high: q.high! };
    return { ...range, unit: q.unit, counted: q.counted, approximate: q.approximate || !!stated.vagueness, stated };
  });

/** The columns a claim or candidate stores its quantity in. */
export interface QuantityColumns {
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  approximate: boolean;
  statedLow: number | null;
  statedHigh: number | null;
  vagueness: Vagueness | null;
}

/** A stored row's quantity, or null when it has none. */
export function quantityOf(row: QuantityColumns): Quantity | null {
  if (row.low === null || row.high === null) return null;
  const stated =
    row.statedLow !== null && row.statedHigh !== null
      ? { low: row.statedLow, high: row.statedHigh, vagueness: row.vagueness }
      : { low: row.low, high: row.high, vagueness: null };
  return { low: row.low, high: row.high, unit: row.unit, counted: row.counted, approximate: row.approximate, stated };
}

/** The columns to write for a quantity: null clears them, undefined leaves them as they are. */
export function quantityColumns(q: Quantity | null | undefined): Partial<QuantityColumns> {
  if (q === undefined) return {};
  if (q === null)
    return {
      low: null,
      high: null,
      unit: null,
      counted: null,
      approximate: false,
      statedLow: null,
      statedHigh: null,
      vagueness: null,
    };
  return {
    low: q.low,
    high: q.high,
    unit: q.unit,
    counted: q.counted,
    approximate: q.approximate,
    statedLow: q.stated.low,
    statedHigh: q.stated.high,
    vagueness: q.stated.vagueness,
  };
}

/** The columns to select for `quantityOf`. */
export const quantitySelect = {
  low: true,
  high: true,
  unit: true,
  counted: true,
  approximate: true,
  statedLow: true,
  statedHigh: true,
  vagueness: true,
} as const;

/** A quantity as a client writes it (the stated figure, the range, or both). */
export type QuantityInput = z.input<typeof quantitySchema>;
