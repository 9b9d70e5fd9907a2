/** The shapes the comparison works with; plain data, no framework. */

import type { Quantity } from "@/lib/domain/figures";
import type { ClaimKind, RelationKind, Stance, Verdict } from "@/lib/domain/vocabulary";
import type { Dispute } from "./disagreements";

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

/** A claim as the comparison shows it: with what disputes it, its proposition and its verdict. */
export interface ShownClaim extends ComparisonClaim {
  /** the claims that dispute it (a confirmed "contradicts", or a figure too far apart) */
  disputedBy: string[];
  disputes: Dispute[];
  /** the first claim of the proposition it belongs to (itself when alone) */
  clusterId: string;
  /** the latest verdict a note gives on it */
  verdict: Verdict | null;
}

/** A stored relation between two claims of the event. */
export interface ComparisonRelation {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  status: "confirmed";
}
