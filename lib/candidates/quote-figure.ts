import type { Quantity } from "@/lib/domain/figures";
import { findFigures } from "./figures";

/**
 * The first figure in a quote, read as the candidate extractor reads figures, to
 * pre-fill the claim form (the editor corrects what it gets wrong):
 * "around 1,000" → ≈ 1,000, compared as 900–1,100; "20 тисяч" → 20,000; "$11 billion" → 11e9 USD;
 * "від 2 до 9 млрд" → 2e9–9e9; "a few dozen" → 24–60. Null when there is none.
 */
export function parseFigure(quote: string): Quantity | null {
  const figure = findFigures(quote)[0];
  if (!figure) return null;
  const { low, high, unit, counted, approximate, stated } = figure;
  return { low, high, unit, counted, approximate, stated };
}
