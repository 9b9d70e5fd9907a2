import { describe, expect, it } from "vitest";
import type { ArticleClaim, ArticleNote } from "@/lib/articles/store";
import { editDialog, newClaimDialog, newNoteDialog, noteDialog } from "./dialog";
import { itemsOf } from "./items";

const claim = { id: "c1", quote: "готова", start: 6, end: 12, kind: "figure" } as ArticleClaim;
const note = { id: "n1", exact: "Венесуели", start: 51, end: 60, motivation: "commenting" } as ArticleNote;
const orphan = { id: "n2", exact: "зниклі", start: null, end: null, motivation: "tagging" } as ArticleNote;
const [claimItem, noteItem, orphanItem] = itemsOf([claim], [note, orphan]);

describe("dialogs", () => {
  it("opens a new claim or note on the selection", () => {
    expect(newClaimDialog({ start: 1, end: 4 })).toEqual({ type: "claim", claim: null, span: { start: 1, end: 4 } });
    expect(newNoteDialog({ start: 1, end: 4 })).toEqual({ type: "note", item: null, span: { start: 1, end: 4 } });
  });

  it("edits a claim in the claim form and a note in the note form, over their words", () => {
    expect(editDialog(claimItem!)).toEqual({ type: "claim", claim, span: { start: 6, end: 12 } });
    expect(editDialog(noteItem!)).toEqual({ type: "note", item: noteItem, span: { start: 51, end: 60 } });
  });

  it("puts a note whose words are gone at the text's start, with no words", () => {
    expect(noteDialog(orphanItem!)).toEqual({ type: "note", item: orphanItem, span: { start: 0, end: 0 } });
    expect(editDialog(orphanItem!)).toEqual(noteDialog(orphanItem!));
  });
});
