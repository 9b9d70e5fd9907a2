/** How many characters of context a TextQuoteSelector keeps on either side. */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The W3C TextQuoteSelector for text.slice(start, end): the exact quote and the
 * text around it, so the span can be found again if offsets are ever lost.
 */
export function quoteSelector(text: string, start: number, end: number, size = CONTEXT_LENGTH): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`span ${start}–${end} is not inside a text of ${text.length} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - size), start),
    suffix: text.slice(end, end + size),
  };
}
