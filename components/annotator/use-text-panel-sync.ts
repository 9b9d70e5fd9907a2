"use client";

import { useRef } from "react";
import type { Item } from "./items";
import type { Pane } from "./pane-tabs";

/**
 * Between the text and the panel: a mark's entry in the panel, an entry's words in the
 * text (switching the pane on a phone), and the panel entry that holds the keyboard focus.
 */
export function useTextPanelSync(items: Item[], setPane: (pane: Pane) => void) {
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const candidateRefs = useRef(new Map<string, HTMLLIElement>());

  function showInText(key: string) {
    setPane("text");
    const element = document.getElementById(key);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }
  function showInPanel(keys: string[]) {
    setPane("panel");
    const element = keys
      .map((k) => (k.startsWith("cand-") ? candidateRefs.current.get(k.slice(5)) : itemRefs.current.get(k)))
      .find(Boolean);
    element?.scrollIntoView({ block: "nearest" });
    element?.focus({ preventScroll: true });
  }
  /** The panel item that holds the keyboard focus, and its place in the list. */
  function focused() {
    const entries = [...itemRefs.current.entries()];
    const index = entries.findIndex(([, element]) => element.contains(document.activeElement));
    return {
      index,
      elements: entries.map(([, element]) => element),
      item: items.find((i) => i.key === entries[index]?.[0]),
    };
  }
  return {
    showInText,
    showInPanel,
    focused,
    itemElement: (key: string) => itemRefs.current.get(key),
    itemRef: (key: string, el: HTMLLIElement | null) =>
      el ? itemRefs.current.set(key, el) : itemRefs.current.delete(key),
    candidateRef: (id: string, el: HTMLLIElement | null) =>
      el ? candidateRefs.current.set(id, el) : candidateRefs.current.delete(id),
  };
}

export type TextPanelSync = ReturnType<typeof useTextPanelSync>;
