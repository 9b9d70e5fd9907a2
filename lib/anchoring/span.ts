import { Refusal } from "@/lib/refusal";
import { quoteSelector } from "./context";

/**
 * A span users may mark: inside the text, not only blank, within one paragraph.
 * Returns its offsets with the quote and the context around it; refuses with `badSpan` and the reason.
 */
export function checkSpan(text: string, start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new Refusal("badSpan", { reason: "outside" });
  }
  const exact = text.slice(start, end);
  if (!exact.trim()) throw new Refusal("badSpan", { reason: "empty" });
  if (/\n\s*\n/.test(exact)) throw new Refusal("badSpan", { reason: "paragraphs" });
  return { start, end, ...quoteSelector(text, start, end) };
}
