"use client";

import type { Lng } from "@/i18n/settings";
import { useLazyChoices, type Option } from "./lazy-choices";

/**
 * A required choice among every row of a table (the open events), read on demand
 * (useLazyChoices) rather than sent with the page; `exclude` leaves some out.
 */
export function LazyChoice({
  lng,
  label,
  name,
  url,
  placeholder,
  exclude = [],
}: {
  lng: Lng;
  label: string;
  name: string;
  url: string;
  placeholder: string;
  exclude?: string[];
}) {
  const { options, load, loading } = useLazyChoices(lng, url, [] as Option[]);
  return (
    <label>
      {label}
      <select name={name} required defaultValue="" onFocus={load} onPointerDown={load} aria-busy={loading}>
        <option value="" disabled>
          {placeholder}
        </option>
        {options
          .filter((o) => !exclude.includes(o.id))
          .map((o) => (
            <option dir="auto" key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
      </select>
    </label>
  );
}
