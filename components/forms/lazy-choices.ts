"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";

export interface Option {
  id: string;
  name: string;
}

/** How long the idle read may wait for the browser to be idle, and the reads a failure is followed by. */
const IDLE_WAIT_MS = 2_000;
const RETRIES = 3;

/**
 * The options of a picker over a whole table (every outlet, every open event), which a page does not
 * carry in its HTML: they start as `initial` (the value already chosen), and are read from `url`
 * (an API answering `{ choices }`) once the browser is idle (within two seconds however busy it is),
 * or at once when the picker is used first. A failed read leaves the initial ones and is tried again
 * a few seconds later, a few times, and on the next use.
 */
export function useLazyChoices(lng: Lng, url: string, initial: Option[]) {
  const [options, setOptions] = useState(initial);
  const [loading, setLoading] = useState(false);
  const state = useRef<"idle" | "loading" | "loaded">("idle");
  const failures = useRef(0);
  const retry = useRef<number | undefined>(undefined);
  const load = useCallback(() => {
    const read = () => {
      if (state.current !== "idle") return;
      state.current = "loading";
      window.clearTimeout(retry.current);
      setLoading(true);
      send<{ choices: Option[] }>("GET", url, lng)
        .then(({ choices }) => {
          state.current = "loaded";
          // a value chosen meanwhile (a new outlet) stays among them
          setOptions((before) => [...choices, ...before.filter((o) => !choices.some((c) => c.id === o.id))]);
        })
        .catch(() => {
          state.current = "idle";
          if (++failures.current <= RETRIES) retry.current = window.setTimeout(read, 2_000 * failures.current);
        })
        .finally(() => setLoading(false));
    };
    read();
  }, [lng, url]);
  useEffect(() => {
    const idle = window.requestIdleCallback
      ? (run: () => void) => window.requestIdleCallback(run, { timeout: IDLE_WAIT_MS })
      : (run: () => void) => window.setTimeout(run, 300);
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(load);
    return () => {
      cancel(handle);
      window.clearTimeout(retry.current);
    };
  }, [load]);
  return { options, setOptions, load, loading };
}
