import { toCodePoints } from "@/lib/anchoring/anchor";
import { quoteSelector } from "@/lib/anchoring/context";

/** What a note holds: a comment, tags and a verdict, each part optional. */
export interface NoteParts {
  commenting?: string;
  tagging?: string[];
  assessing?: string;
}

/**
 * The W3C Web Annotations a note is saved as: one per motivation (commenting,
 * tagging, assessing), each targeting the span by quote and by position (code points).
 */
export function noteAnnotations(
  parts: NoteParts,
  on: { articleId: string; text: string; start: number; end: number; claimId?: string; lng: string; origin: string },
) {
  const { text, start, end } = on;
  return Object.entries(parts).map(([motivation, value]) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation,
    body: [value].flat().map((v: string) => ({
      type: "TextualBody",
      value: v,
      purpose: motivation,
      ...(motivation === "commenting" && { format: "text/plain", language: on.lng }),
    })),
    target: {
      source: `${on.origin}/api/articles/${on.articleId}`,
      selector: [
        { type: "TextQuoteSelector", ...quoteSelector(text, start, end) },
        { type: "TextPositionSelector", start: toCodePoints(text, start), end: toCodePoints(text, end) },
      ],
    },
    ...(on.claimId && { "parallax:onClaim": on.claimId }),
  }));
}
