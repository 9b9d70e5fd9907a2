"use client";

import type { Lng } from "@/i18n/settings";
import { Choice } from "./choice";
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
    <Choice
      label={label}
      name={name}
      placeholder={placeholder}
      options={options.filter((o) => !exclude.includes(o.id))}
      select={{ onFocus: load, onPointerDown: load, "aria-busy": loading }}
    />
  );
}
