"use client";

import { useEffect, useRef } from "react";

/**
 * Single-key shortcuts for the whole page. Keys typed into a field or a dialog, or
 * pressed with Ctrl, Cmd or Alt, are left alone. `keymap` is read at each key
 * press, so it sees the current state; null turns the shortcuts off for a while.
 */
export function useShortcuts(keymap: () => Record<string, () => void> | null) {
  const current = useRef(keymap);
  useEffect(() => {
    current.current = keymap;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest("input, textarea, select, dialog")) return;
      const action = current.current()?.[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
