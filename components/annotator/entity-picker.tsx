"use client";

import { useEffect, useId, useState } from "react";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";
import { entityKinds, type EntityKind } from "@/lib/domain/vocabulary";
import { useEntitySearch } from "@/lib/queries/use-entities";

export interface Speaker {
  id: string;
  name: string;
}

/**
 * Finds a speaker by any of their names or aliases, in any language ("Гуайдо" finds
 * Juan Guaidó), or creates one. A combobox: type, then pick with the arrow keys and Enter.
 */
export function EntityPicker({
  lng,
  value,
  onChange,
  onBusy,
}: {
  lng: Lng;
  value: Speaker | null;
  onChange: (speaker: Speaker | null) => void;
  /** Told while a new entity is being created, so the form waits for it before saving. */
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useT("annotator");
  const id = useId();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [newKind, setNewKind] = useState<EntityKind>("person");
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useEntitySearch(lng, query);
  const found = results.data ?? [];
  const options = query
    ? [
        ...found.map((f) => ({ ...f, type: "found" as const })),
        { type: "create" as const, id: "new", name: query, matched: "" },
      ]
    : [];

  async function choose(option: (typeof options)[number]) {
    setError(null);
    if (option.type === "found") return pick({ id: option.id, name: option.name });
    if (creating) return;
    setCreating(true);
    onBusy(true);
    try {
      const { entity } = await send<{ entity: Speaker }>("POST", "/api/entities", lng, {
        name: option.name,
        kind: newKind,
        lang: lng,
      });
      pick(entity);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setCreating(false);
      onBusy(false);
    }
  }
  function pick(speaker: Speaker) {
    onChange(speaker);
    setText("");
    setQuery("");
  }

  if (value) {
    return (
      <p className="speaker-chosen">
        <strong>
          <bdi>{value.name}</bdi>
        </strong>{" "}
        <button type="button" onClick={() => onChange(null)}>
          {t("speaker.clear")}
        </button>
      </p>
    );
  }
  return (
    <div className="entity-picker">
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length ? `${id}-opt-${active}` : undefined}
        aria-label={t("speaker.label")}
        placeholder={t("speaker.placeholder")}
        value={text}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") {
            // Enter picks; it never submits the claim form from here.
            if (options[active] && query === text.trim()) void choose(options[active]);
          } else return;
          e.preventDefault();
        }}
      />
      <p className="muted" aria-live="polite">
        {creating
          ? t("speaker.creating")
          : query
            ? results.isFetching
              ? t("speaker.searching")
              : found.length
                ? t("speaker.results", { count: found.length })
                : t("speaker.noMatch")
            : t("speaker.outlet")}
      </p>
      {options.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="entity-options" aria-label={t("speaker.label")}>
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void choose(option)}
            >
              {option.type === "found" ? (
                <>
                  <bdi>{option.name}</bdi>
                  {option.matched !== option.name && <span className="muted"> ({option.matched})</span>}
                </>
              ) : (
                t("speaker.create", { name: option.name })
              )}
            </li>
          ))}
        </ul>
      )}
      {query && (
        <label className="inline-choice">
          {t("speaker.createKind")}{" "}
          <select value={newKind} onChange={(e) => setNewKind(e.target.value as EntityKind)}>
            {entityKinds.map((k) => (
              <option key={k} value={k}>
                {t(`speaker.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p className="form-status form-status--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
