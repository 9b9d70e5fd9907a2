"use client";

import type { FormEvent } from "react";
import { useT } from "@/i18n/client";
import { languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters, type ComparisonFilters } from "@/lib/comparison/filters";
import type { Comparison } from "@/lib/server/comparison";

/**
 * The filters, as a plain GET form: without JavaScript "Apply" reloads the page with
 * them in the query; with it, every change updates the URL and the view at once.
 * The inputs keep their own state; the parent re-mounts the form when the URL
 * changes from outside (back and forward).
 */
export function FiltersForm({
  lng,
  filters,
  options,
  onChange,
}: {
  lng: Lng;
  filters: ComparisonFilters;
  options: Comparison["options"];
  onChange: (query: string) => void;
}) {
  const { t } = useT("compare");
  const reset = filtersToQuery({ ...parseFilters(new URLSearchParams()), view: filters.view });
  const change = (event: FormEvent<HTMLFormElement>) => {
    const data = new URLSearchParams([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    onChange(filtersToQuery(parseFilters(data)));
  };
  return (
    <form
      method="get"
      className="filters"
      aria-label={t("filters.heading")}
      onChange={change}
      onSubmit={(event) => {
        event.preventDefault();
        change(event);
      }}
    >
      <input type="hidden" name="view" value={filters.view} />
      <fieldset>
        <legend>{t("filters.sources")}</legend>
        {options.sources.map((s) => (
          <label key={s.id}>
            <input type="checkbox" name="source" value={s.id} defaultChecked={filters.sources.includes(s.id)} />{" "}
            {s.kind === "outlet" ? s.name : t("source.unknown", { title: s.name })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filters.languages")}</legend>
        {options.languages.map((l) => (
          <label key={l}>
            <input type="checkbox" name="language" value={l} defaultChecked={filters.languages.includes(l)} />{" "}
            {languageName(lng, l)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filters.stances")}</legend>
        {options.stances.map((s) => (
          <label key={s}>
            <input type="checkbox" name="stance" value={s} defaultChecked={filters.stances.includes(s)} />{" "}
            {t(`stance.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="filters-more">
        <label>
          <input type="checkbox" name="status" value="all" defaultChecked={filters.includeSuggested} />{" "}
          {t("filters.includeSuggested")}
        </label>
        <label className="factor">
          {t("filters.factor")}{" "}
          <input type="number" name="factor" min={1.1} max={1000} step={0.1} defaultValue={filters.factor} />
        </label>
      </div>
      <p className="filters-actions">
        <button type="submit">{t("filters.apply")}</button>{" "}
        <a
          href={`?${reset}`}
          onClick={(event) => {
            event.preventDefault();
            onChange(reset);
          }}
        >
          {t("filters.reset")}
        </a>
      </p>
    </form>
  );
}
