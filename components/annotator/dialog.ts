import type { ArticleClaim } from "@/lib/articles/store";
import type { Item } from "./items";
import type { NoteTarget } from "./use-article-writes";

export type Span = { start: number; end: number };

/** The annotator's one open dialog, if any. */
export type Dialog =
  | { type: "claim"; claim: ArticleClaim | null; span: Span }
  | ({ type: "note"; verdict?: boolean } & NoteTarget)
  | { type: "relation"; claim: ArticleClaim }
  | { type: "help" }
  | null;

export const newClaimDialog = (span: Span): Dialog => ({ type: "claim", claim: null, span });
export const newNoteDialog = (span: Span): Dialog => ({ type: "note", item: null, span });

/** A note on a claim or a note of the panel, over its words (none when they are gone). */
export const noteDialog = (item: Item): Dialog => ({
  type: "note",
  item,
  span: { start: item.start ?? 0, end: item.end ?? 0 },
});

/** A verdict on a claim: the note form, its verdict first. */
export const verdictDialog = (item: Item): Dialog => ({
  type: "note",
  verdict: true,
  item,
  span: { start: item.start ?? 0, end: item.end ?? 0 },
});

/** The form that edits a claim or a note of the panel. */
export const editDialog = (item: Item): Dialog =>
  item.type === "claim"
    ? { type: "claim", claim: item.claim, span: { start: item.start, end: item.end } }
    : noteDialog(item);
