import { textQuoteSelectorMatcher, type Chunk, type Chunker, type ChunkRange } from "@apache-annotator/selector";
import type { QuoteSelector } from "./context";

/** The whole stored text as the one chunk Apache Annotator's matchers walk. */
class WholeText implements Chunker<Chunk<string>> {
  readonly currentChunk: Chunk<string>;
  constructor(text: string) {
    this.currentChunk = { data: text };
  }
  nextChunk() {
    return null;
  }
  previousChunk() {
    return null;
  }
  precedesCurrentChunk() {
    return false;
  }
}

async function matches(text: string, selector: QuoteSelector): Promise<number[]> {
  const found: number[] = [];
  const ranges: AsyncGenerator<ChunkRange<Chunk<string>>> = textQuoteSelectorMatcher({
    type: "TextQuoteSelector",
    ...selector,
  })(new WholeText(text));
  for await (const range of ranges) found.push(range.startIndex);
  return found;
}

export type Anchoring =
  | { start: number; end: number; by: "position" | "quote" }
  /** the quote is no longer in the text: keep the annotation, mark it orphaned */
  | { start: null; end: null; by: "orphaned" };

/**
 * Finds a span in an article's stored text (offsets in UTF-16 code units, as
 * `text.slice` takes them). The stored position wins while it still holds the
 * quote; otherwise the quote is looked up with its prefix and suffix, then alone,
 * and among several matches the one nearest the old position is taken.
 */
export async function anchor(
  text: string,
  selector: QuoteSelector & { start?: number | null; end?: number | null },
): Promise<Anchoring> {
  const { exact, start, end } = selector;
  if (!exact) return { start: null, end: null, by: "orphaned" };
  if (start != null && end != null && text.slice(start, end) === exact) return { start, end, by: "position" };
  let found = await matches(text, selector);
  if (found.length === 0) found = await matches(text, { exact, prefix: "", suffix: "" });
  if (found.length === 0) return { start: null, end: null, by: "orphaned" };
  const near = start ?? 0;
  const best = found.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
  return { start: best, end: best + exact.length, by: "quote" };
}

/** W3C TextPositionSelector counts code points; the stored offsets count UTF-16 code units. */
export function toCodePoints(text: string, offset: number): number {
  return [...text.slice(0, offset)].length;
}

export function fromCodePoints(text: string, codePoints: number): number {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    units += char.length;
    seen += 1;
  }
  return seen === codePoints ? units : -1;
}
