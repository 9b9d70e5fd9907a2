"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLazyChoices } from "@/components/forms/lazy-choices";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import { ApiError, send } from "@/lib/client/api";

type Outlet = { id: string; name: string };

/**
 * The article's outlet among the known ones, and "New outlet…" to create one by its name
 * (POST /api/outlets) and choose it at once, without leaving the article's form. The name
 * field has no name of its own, so the article's form never sends it. The page carries only the
 * article's outlet; the others are read when the browser is idle or the list is opened.
 */
export function OutletChoice({ lng, initial }: { lng: Lng; initial: Outlet | null }) {
  const { t } = useT("articles");
  const id = useId();
  const {
    options: known,
    setOptions: setKnown,
    load,
    loading,
  } = useLazyChoices(lng, "/api/outlets?choices=1", initial ? [initial] : []);
  const [chosen, setChosen] = useState(initial?.id ?? "");
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (adding) field.current?.focus();
  }, [adding]);

  const open = () => {
    setAdding(true);
    setMessage(null);
  };
  const close = () => {
    setAdding(false);
    setName("");
    // the keyboard goes back where it came from once the field is gone
    requestAnimationFrame(() => opener.current?.focus());
  };

  async function create() {
    const wanted = name.trim();
    if (!wanted) return setMessage({ text: t("edit.newOutlet.empty"), error: true });
    setBusy(true);
    try {
      const { outlet } = await send<{ outlet: Outlet }>("POST", "/api/outlets", lng, { name: wanted });
      setKnown((list) => [...list, outlet].sort((a, b) => a.name.localeCompare(b.name, lng)));
      setChosen(outlet.id);
      setAdding(false);
      setName("");
      setMessage({ text: t("edit.newOutlet.created", { name: outlet.name }), error: false });
      requestAnimationFrame(() => select.current?.focus());
    } catch (error) {
      // a refusal comes translated by the server; a request that never got an answer is ours to say
      setMessage({ text: error instanceof ApiError ? error.message : t("edit.newOutlet.network"), error: true });
    } finally {
      setBusy(false);
    }
  }

  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter here creates the outlet; it must not send the article's form around it
    if (event.key === "Enter") {
      event.preventDefault();
      void create();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="outlet-choice">
      <label>
        {t("edit.fields.outlet")}
        <select
          ref={select}
          name="outletId"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          onFocus={load}
          onPointerDown={load}
          aria-busy={loading}
        >
          <option value="">{t("edit.noOutlet")}</option>
          {known.map((o) => (
            <option dir="auto" key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {adding ? (
        <div className="inline-fields" role="group" aria-labelledby={`${id}-legend`}>
          <span id={`${id}-legend`} className="visually-hidden">
            {t("edit.newOutlet.open")}
          </span>
          <label>
            {t("edit.newOutlet.name")}
            <input
              value={name}
              maxLength={200}
              dir="auto"
              ref={field}
              aria-invalid={message?.error || undefined}
              aria-describedby={message?.error ? `${id}-error` : undefined}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={keys}
            />
          </label>
          <button type="button" disabled={busy} onClick={() => void create()}>
            {busy ? t("edit.newOutlet.busy") : t("edit.newOutlet.create")}
          </button>
          <button type="button" onClick={close}>
            {t("edit.newOutlet.cancel")}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" ref={opener} onClick={open}>
            {t("edit.newOutlet.open")}
          </button>
        </p>
      )}
      <p role="status" className="form-done">
        {message && !message.error && message.text}
      </p>
      {message?.error && (
        <p id={`${id}-error`} role="alert" className="form-error">
          {message.text}
        </p>
      )}
    </div>
  );
}
