"use client";

import { useShortcuts } from "./use-shortcuts";

/** "/" anywhere on a page (outside a field) goes to the search field in the header. */
export function SearchShortcut() {
  useShortcuts(() => ({ "/": () => document.getElementById("header-search")?.focus() }));
  return null;
}
