"use client";

import { useSessionState } from "@/lib/client/session-state";
import type { Span } from "./dialog";
import type { Pane } from "./pane-tabs";

/**
 * The selection, the panel's view and the pane shown, kept for the tab's session, so that
 * a language switch or Back finds the article as it was left.
 */
export function useKeptView(articleId: string) {
  const kept = (name: string) => `article:${articleId}:${name}`;
  const [selection, setSelection] = useSessionState<Span | null>(kept("selection"), null);
  const [view, setView] = useSessionState<"items" | "candidates">(kept("view"), "items");
  // on a phone the text and the panel are two tabs; side by side on a wide screen
  const [pane, setPane] = useSessionState<Pane>(kept("pane"), "text");
  return { selection, setSelection, view, setView, pane, setPane };
}
