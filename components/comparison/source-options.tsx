"use client";

import { useId, useState } from "react";
import { useT } from "@/i18n/client";
import { formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { LISTED_SOURCES, listedSources } from "./listed-sources";

/**
 * The outlets to filter by, as checkboxes of the form. An event of more than LISTED_SOURCES
 * lists the chosen ones, then the first of the rest or those whose name holds what is typed in
 * the box above them (listedSources); the box is not part of the form.
 */
export function SourceOptions({
  lng,
  sources,
  chosen,
}: {
  lng: Lng;
  sources: { id: string; name: string }[];
  chosen: string[];
}) {
  const { t } = useT("comparison");
  const [query, setQuery] = useState("");
  const boxId = useId();
  const { listed, matching, finding } = listedSources(sources, chosen, query, lng);
  return (
    <>
      {finding && (
        <p className="source-find">
          <label htmlFor={boxId}>{t("filters.findSource")}</label>
          <input
            id={boxId}
            type="search"
            value={query}
            autoComplete="off"
            // typing is not a change of the filters
            onChange={(event) => {
              event.stopPropagation();
              setQuery(event.target.value);
            }}
          />
          <span className="muted" role="status">
            {matching === 0
              ? t("filters.noSource", { query: query.trim() })
              : t("filters.listedSources", {
                  count: matching,
                  shown: formatNumber(lng, Math.min(LISTED_SOURCES, matching)),
                })}
          </span>
        </p>
      )}
      <div className="source-options">
        {listed.map((s) => (
          <label key={s.id}>
            <input type="checkbox" name="source" value={s.id} defaultChecked={chosen.includes(s.id)} />{" "}
            <bdi>{s.name}</bdi>
          </label>
        ))}
      </div>
    </>
  );
}
