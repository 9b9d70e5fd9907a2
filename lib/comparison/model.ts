/** The shapes the comparison works with; plain data, no framework. */

import type { Quantity } from "@/lib/domain/quantity";
import type { ClaimKind, Stance } from "@/lib/domain/vocabulary";

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
  kind: ClaimKind;
  stance: Stance;
  status: "suggested" | "confirmed";
  speaker: { id: string; name: string } | null;
  /** ISO date of the article, when known */
  publishedAt: string | null;
  quantity: Quantity | null;
}
