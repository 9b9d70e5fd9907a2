"use client";

import { useShortcuts } from "@/components/layout/use-shortcuts";
import { editDialog, newClaimDialog, newNoteDialog, type Dialog, type Span } from "./dialog";
import type { TextPanelSync } from "./use-text-panel-sync";

type View = "items" | "candidates";

/**
 * The annotator's keys, off while a dialog is open: ? help, c the candidate queue, n and m
 * a claim or a note on the selection, u undo; in the panel j and k move, e edits, l links.
 */
export function useAnnotatorShortcuts({
  dialog,
  open,
  view,
  setView,
  canEdit,
  selection,
  undo,
  focused,
}: {
  dialog: Dialog;
  open: (dialog: Dialog) => void;
  view: View;
  setView: (view: View) => void;
  canEdit: boolean;
  selection: Span | null;
  undo: () => Promise<void>;
  focused: TextPanelSync["focused"];
}) {
  useShortcuts(() => {
    if (dialog) return null;
    const keys: Record<string, () => void> = {
      "?": () => open({ type: "help" }),
      c: () => setView(view === "items" ? "candidates" : "items"),
      n: () => canEdit && selection && open(newClaimDialog(selection)),
      m: () => canEdit && selection && open(newNoteDialog(selection)),
      u: () => canEdit && void undo(),
    };
    // in the candidate queue, j and k belong to the queue
    if (view === "candidates") return keys;
    const { index, elements, item } = focused();
    return {
      ...keys,
      j: () => elements[Math.min(index + 1, elements.length - 1)]?.focus(),
      k: () => elements[Math.max(index - 1, 0)]?.focus(),
      e: () => canEdit && item && open(editDialog(item)),
      l: () => canEdit && item?.type === "claim" && item.claim.eventId && open({ type: "relation", claim: item.claim }),
    };
  });
}
