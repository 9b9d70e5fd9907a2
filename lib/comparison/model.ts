/** The shapes the comparison works with; plain data, no framework. */

export const stances = ["asserts", "reports", "denies", "disputes"] as const;
export type Stance = (typeof stances)[number];

export interface Quantity {
  low: number;
  high: number;
  /** "personnel", "items", or an ISO 4217 currency such as "USD" */
  unit: string | null;
  /** what the outlet says it counts, in the article's words */
  counted: string | null;
  approximate: boolean;
}

export interface ComparisonClaim {
  id: string;
  aspectId: string;
  /** the column: an outlet, or the article itself when its outlet is unknown */
  sourceId: string;
  articleId: string;
  quote: string;
  /** the article's language: quotes stay in it */
  quoteLang: string;
  start: number;
  end: number;
  kind: "figure" | "statement" | "denial" | "quote";
  stance: Stance;
  status: "suggested" | "confirmed";
  speaker: { id: string; name: string } | null;
  /** ISO date of the article, when known */
  publishedAt: string | null;
  quantity: Quantity | null;
}

/** Asserting and reporting put a claim forward; denying and disputing push back against it. */
export const isNegating = (stance: Stance) => stance === "denies" || stance === "disputes";
