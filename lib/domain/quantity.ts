import { z } from "zod";

/** A normalised figure: a range (low = high for an exact one) of `unit`, counting `counted`. */
export interface Quantity {
  low: number;
  high: number;
  /** "personnel", "items", or an ISO 4217 currency such as "USD" */
  unit: string | null;
  /** what the outlet says it counts, in the article's words */
  counted: string | null;
  approximate: boolean;
}

/** A quantity as a client sends it. */
export const quantitySchema = z
  .strictObject({
    low: z.number().finite().min(0).max(1e15),
    high: z.number().finite().min(0).max(1e15),
    unit: z.string().trim().max(40).nullable().default(null),
    counted: z.string().trim().max(200).nullable().default(null),
    approximate: z.boolean().default(false),
  })
  .refine((q) => q.low <= q.high, { message: "low must not exceed high", path: ["high"] });

/** The columns a claim or candidate stores its quantity in. */
export interface QuantityColumns {
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  approximate: boolean;
}

/** A stored row's quantity, or null when it has none. */
export function quantityOf(row: QuantityColumns): Quantity | null {
  if (row.low === null || row.high === null) return null;
  return { low: row.low, high: row.high, unit: row.unit, counted: row.counted, approximate: row.approximate };
}

/** The columns to write for a quantity: null clears them, undefined leaves them as they are. */
export function quantityColumns(q: Quantity | null | undefined): Partial<QuantityColumns> {
  if (q === undefined) return {};
  if (q === null) return { low: null, high: null, unit: null, counted: null, approximate: false };
  return { low: q.low, high: q.high, unit: q.unit, counted: q.counted, approximate: q.approximate };
}
