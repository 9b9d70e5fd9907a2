"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import type { Lng } from "@/i18n/settings";
import { announceSaved, send } from "@/lib/client/api";
import { focusAfterRemoval } from "@/lib/client/focus";
import { FormMemory, forgetDraft } from "./form-memory";

/**
 * The form's fields as a JSON body. A name with dots nests ("title.en" → { title: { en } }),
 * a name ending in [] collects every checked box into a list, a number input (or one
 * marked data-number) gives a number, one marked data-boolean gives true or false, and a checkbox whose value is "true" gives true or false.
 * Numbered names ("names.0.name", "names.1.name") make a list of rows; a row whose input
 * marked data-row-key is left blank (an empty "add another" row) is left out.
 */
export function formJson(form: HTMLFormElement): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const blankRows = new Set<string>();
  for (const element of Array.from(form.elements)) {
    if (!(
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
    ))
      continue;
    if (!element.name || element.disabled) continue;
    const list = element.name.endsWith("[]");
    const path = element.name.replace(/\[\]$/, "").split(".");
    if ("rowKey" in element.dataset && !element.value.trim()) blankRows.add(path.slice(0, -1).join("."));
    const box = element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio");
    let value: unknown = element.value;
    if (box && element.value === "true") value = (element as HTMLInputElement).checked;
    else if (box && !(element as HTMLInputElement).checked) {
      if (list) value = undefined;
      else continue;
    } else if ("boolean" in element.dataset) value = element.value === "true";
    else if (element instanceof HTMLInputElement && (element.type === "number" || "number" in element.dataset))
      value = element.value === "" ? null : Number(element.value);
    let node = body;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    const last = path.at(-1)!;
    if (list) {
      const items = ((node[last] as unknown[] | undefined) ??= []);
      if (value !== undefined) items.push(value);
    } else node[last] = value;
  }
  return rowsToLists(body, "", blankRows) as Record<string, unknown>;
}

/** Objects keyed 0, 1, 2… become lists, without the rows in `blank`. */
function rowsToLists(value: unknown, path: string, blank: Set<string>): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, rowsToLists(v, path ? `${path}.${k}` : k, blank)] as const);
  if (entries.length && entries.every(([k]) => /^\d+$/.test(k)))
    return entries
      .filter(([k]) => !blank.has(path ? `${path}.${k}` : k))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v);
  return Object.fromEntries(entries);
}

/**
 * A form that sends JSON to the API with any method (PATCH, DELETE…) to `action`, whose
 * "{field}" parts are filled from the form's field of that name. It shows the
 * server's refusal (already in the user's language) beside its button, and on success
 * marks the client's cached data stale and either goes to `goTo` (its "{field}" parts
 * filled alike, ":id" replaced by the id of the created item, read at `result.<goToKey>.id`) or shows the page again with its new data.
 */
export function ApiForm({
  action,
  method = "POST",
  lng,
  submit,
  busy,
  done,
  confirm,
  goTo,
  goToKey,
  className,
  disabled = false,
  remember,
  children,
}: {
  action: string;
  method?: "POST" | "PATCH" | "DELETE";
  lng: Lng;
  /** the button's label */
  submit: string;
  /** the button's label while the request runs */
  busy: string;
  /** what to announce after success */
  done?: string;
  /** a question to confirm before a write that is hard to undo */
  confirm?: string;
  goTo?: string;
  goToKey?: string;
  className?: string;
  /** nothing to send yet (the form stays, so that its last result stays in view) */
  disabled?: boolean;
  /** keep what is typed for the tab's session under this name (see FormMemory) */
  remember?: string;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: boolean }>({
    busy: false,
    error: null,
    done: false,
  });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = e.currentTarget;
    setState({ busy: true, error: null, done: false });
    try {
      const fields = formJson(form);
      const fill = (template: string) =>
        template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(fields[name] ?? "")));
      // "{eventId}" in the action is filled from the field of that name, which the body then leaves out
      const placeholders = [...action.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const body = Object.fromEntries(Object.entries(fields).filter(([k]) => !placeholders.includes(k)));
      const url = fill(action);
      const result = await send<Record<string, { id?: string }> | undefined>(method, url, lng, body);
      // a deleted row leaves the page: the keyboard goes to its neighbour, not to the page's body
      if (method === "DELETE") {
        const section = form.closest("section, details");
        focusAfterRemoval(form.closest("li, tr"), section?.querySelector<HTMLElement>("h1, h2, h3, summary") ?? null);
      }
      // what the browser holds of the data (the annotator's article…) is read again, and the page re-rendered
      announceSaved();
      const id = goToKey ? result?.[goToKey]?.id : undefined;
      if (goTo && (!goToKey || id)) router.push(fill(goTo).replace(":id", id ?? ""));
      else router.refresh();
      if (method === "POST" && !goTo) form.reset();
      forgetDraft(form);
      setState({ busy: false, error: null, done: true });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error), done: false });
    }
  }

  return (
    <form onSubmit={onSubmit} className={className} aria-busy={state.busy}>
      {remember && <FormMemory name={remember} />}
      {children}
      <p className="form-actions">
        <button type="submit" disabled={state.busy || disabled}>
          {state.busy ? busy : submit}
        </button>
        {state.error && (
          <span className="form-error" role="alert">
            {state.error}
          </span>
        )}
        {state.done && done && (
          <span className="form-done" role="status">
            {done}
          </span>
        )}
      </p>
    </form>
  );
}
