import type { ArticleClaim, ArticleNote } from "@/lib/articles/store";

/** One entry of the panel: a claim or a note, with what the filters look at. */
export type Item =
  | {
      key: string;
      type: "claim";
      start: number;
      end: number;
      quote: string;
      filterKind: string;
      author: { id: string; name: string } | null;
      claim: ArticleClaim;
    }
  | {
      key: string;
      type: "note";
      start: number | null;
      end: number | null;
      quote: string;
      filterKind: string;
      author: { id: string; name: string } | null;
      note: ArticleNote;
    };

/** Claims and notes in text order; notes whose words are gone come last. */
export function itemsOf(claims: ArticleClaim[], notes: ArticleNote[]): Item[] {
  const items: Item[] = [
    ...claims.map((claim) => ({
      key: `claim-${claim.id}`,
      type: "claim" as const,
      start: claim.start,
      end: claim.end,
      quote: claim.quote,
      filterKind: `claim-${claim.kind}`,
      author: claim.creator,
      claim,
    })),
    ...notes.map((note) => ({
      key: `note-${note.id}`,
      type: "note" as const,
      start: note.start,
      end: note.end,
      quote: note.exact,
      filterKind: note.motivation,
      author: note.creator,
      note,
    })),
  ];
  return items.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.type === "claim" ? -1 : 1));
}

/** The claims that have a verdict (an "assessing" note), and so a ClaimReview. */
export const reviewedClaims = (notes: Pick<ArticleNote, "motivation" | "claimId">[]) =>
  new Set(notes.filter((n) => n.motivation === "assessing" && n.claimId).map((n) => n.claimId!));
