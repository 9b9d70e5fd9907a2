import { z } from "zod";
import { completeQuantity, vaguenesses, type Quantity, type Vagueness } from "./figures";

export * from "./figures";

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
  .transform((q): Quantity => completeQuantity(q));

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
