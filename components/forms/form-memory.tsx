"use client";

import { useEffect, useRef } from "react";
import { swapLng } from "@/i18n/paths";
import { readSession, writeSession } from "@/lib/client/session-state";

type Draft = { values: Record<string, string>; submitted: boolean };
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Fields worth keeping: what the user typed or chose, never a secret, a file or a hidden value. */
const kept = (el: Element): el is Control =>
  (el instanceof HTMLInputElement &&
    !["password", "hidden", "file", "submit", "button", "checkbox", "radio"].includes(el.type)) ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement;

/** Sets a field's value so that React, when it controls the field, hears of it too. */
function restore(el: Control, value: string) {
  const prototype = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

/** Forgets a form's draft once a script has sent it and the server took it. */
export function forgetDraft(form: HTMLFormElement): void {
  const key = form.dataset.memoryKey;
  if (key) writeSession(key, null);
}

/**
 * Keeps what was typed into the form around it for the browser tab's session, so that a
 * language switch (a new page) or a refused post (the page again, with ?error=) gives it
 * back. A plain form that was posted and not refused starts empty next time; a form a
 * script sends calls forgetDraft when the server took it. Passwords are never kept.
 */
export function FormMemory({ name, posted = false }: { name: string; posted?: boolean }) {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    // the same page in any language shares the draft
    const key = `form:${swapLng(window.location.pathname, "en")}:${name}`;
    form.dataset.memoryKey = key;
    const draft = readSession<Draft>(key);
    const refused = new URLSearchParams(window.location.search).has("error");
    if (draft && (!draft.submitted || refused)) {
      let restored = false;
      for (const el of Array.from(form.elements)) {
        const field = kept(el) ? el : null;
        const value = field?.name ? draft.values[field.name] : undefined;
        if (field && value !== undefined && field.value !== value) {
          restore(field, value);
          restored = true;
        }
      }
      // a form folded away in a disclosure is opened, so that the draft shows
      if (restored) form.closest("details")?.setAttribute("open", "");
    } else if (draft) writeSession(key, null);

    const save = (submitted: boolean) => {
      const values: Record<string, string> = {};
      for (const el of Array.from(form.elements)) if (kept(el) && el.name) values[el.name] = el.value;
      writeSession(key, { values, submitted } satisfies Draft);
    };
    const onInput = () => save(false);
    const onSubmit = () => posted && save(true);
    form.addEventListener("input", onInput);
    form.addEventListener("change", onInput);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onInput);
      form.removeEventListener("submit", onSubmit);
    };
  }, [name, posted]);
  return <span ref={anchor} hidden />;
}
