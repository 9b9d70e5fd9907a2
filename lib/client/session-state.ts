"use client";

import { useCallback, useEffect, useState } from "react";

const PREFIX = "parallax:";

/** The stored value under `key` in this tab's session, or undefined when none or unreadable. */
export function readSession<T>(key: string): T | undefined {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Stores a value for this tab's session; null forgets it. Storage that is full or off is ignored. */
export function writeSession(key: string, value: unknown): void {
  try {
    if (value === null || value === undefined) window.sessionStorage.removeItem(PREFIX + key);
    else window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // private mode or a full quota: the state lives as long as the page, as before
  }
}

/**
 * State that outlives the page for the rest of the browser tab's session: switching the
 * interface language reloads the page (each language is its own root layout), and Back
 * restores a page from scratch, so what the user was doing is kept here under a key that
 * names the page without its language. The first render uses `initial` (the server's),
 * then the stored value, so that hydration matches.
 */
export function useSessionState<T>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const stored = readSession<T>(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored value is only readable after hydration
    if (stored !== undefined) setValue(stored);
  }, [key]);
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
        writeSession(key, value);
        return value;
      }),
    [key],
  );
  return [value, set];
}
