"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import { useT } from "@/i18n/client";
import { languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters, type ComparisonFilters } from "@/lib/comparison/filters";
import type { Comparison } from "@/lib/server/comparison";

/**
 * The filters, as a plain GET form: without JavaScript "Apply" reloads the page with
 * them in the query; with it, every change moves to the new URL and the server renders
 * the comparison for it, while the form says it is updating. The inputs keep their own
 * state; the page re-mounts the form when the URL changes from outside (back and forward).
 */
export function FiltersForm({
  lng,
  path,
  filters,
  options,
}: {
  lng: Lng;
  /** the event page's path, without its query */
  path: string;
  filters: ComparisonFilters;
  options: Comparison["options"];
}) {
  const { t } = useT("compare");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (query: string) =>
    startTransition(() => router.push(`${path}${query ? `?${query}` : ""}`, { scroll: false }));
  const reset = filtersToQuery({ ...parseFilters(new URLSearchParams()), view: filters.view });
  const change = (event: FormEvent<HTMLFormElement>) => {
    const data = new URLSearchParams([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    go(filtersToQuery(parseFilters(data)));
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
            go(reset);
          }}
        >
          {t("filters.reset")}
        </a>
      </p>
      <p className="query-status" role="status">
        {pending ? t("filters.updating") : ""}
      </p>
    </form>
  );
}
