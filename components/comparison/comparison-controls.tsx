"use client";

import type { TFunction } from "i18next";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { ExportMenu, type ExportLink } from "@/components/layout/export-menu";
import { useT } from "@/i18n/client";
import { asLabel, formatNumber, languageLabel } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import {
  comparisonViews,
  filtersToQuery,
  parseFilters,
  sourceOrders,
  type ComparisonFilters,
} from "@/lib/comparison/filters";
import type { Stance } from "@/lib/domain/vocabulary";
import { SourceOptions } from "./source-options";

/** A label as it reads inside a line: "most claims". */
const lowerFirst = (label: string, lng: Lng) => label.charAt(0).toLocaleLowerCase(lng) + label.slice(1);

/** What the filters are, in one line: those set, or "none" ("2 of 12 outlets · Ukrainian · denies"). */
function summaryOf(filters: ComparisonFilters, sources: number, lng: Lng, t: TFunction<"comparison">) {
  const defaults = parseFilters(new URLSearchParams());
  const set = [
    filters.sources.length > 0 && t("filters.someSources", { count: filters.sources.length, total: sources }),
    filters.languages.length > 0 && filters.languages.map((l) => languageLabel(lng, l)).join(", "),
    filters.stances.length > 0 && filters.stances.map((s) => t(`stance.${s}`)).join(", "),
    filters.includeSuggested && t("filters.withSuggested"),
    filters.factor !== defaults.factor && t("filters.flagged", { factor: formatNumber(lng, filters.factor) }),
    filters.sort !== defaults.sort && lowerFirst(t(`sort.${filters.sort}`), lng),
  ].filter((part) => part !== false);
  return set.length ? set.join(" · ") : t("filters.none");
}

/**
 * The comparison's controls: the view tabs, the Export menu and the filters, as a plain GET
 * form (without JavaScript "Apply" reloads the page with them in the query). With it,
 * every change moves to the new URL and the server renders the comparison for it, while
 * the form says it is updating; the tabs and the CSV export follow the filters at once. The
 * inputs keep their own state; the page re-mounts the controls when the URL changes from
 * outside (back and forward).
 */
export function ComparisonControls({
  lng,
  eventId,
  filters: initial,
  options,
  exports,
}: {
  lng: Lng;
  eventId: string;
  filters: ComparisonFilters;
  /** what there is to filter by, in the whole event */
  options: { sources: { id: string; name: string }[]; languages: string[]; stances: Stance[] };
  /** the event's other downloads (openDataLinks), after the CSV of what is shown */
  exports: ExportLink[];
}) {
  const { t } = useT("comparison");
  const { t: tc } = useT("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [filters, setFilters] = useState(initial);
  const shown = filtersToQuery(initial);
  const [rendered, setRendered] = useState(shown);
  // Changes made while the page is still rendering the last one wait their turn, so
  // that each gets its own step in the history and none is dropped.
  const [queued, setQueued] = useState<ComparisonFilters | null>(null);
  const path = `/${lng}/events/${eventId}`;
  const hrefOf = (next: ComparisonFilters) => {
    const query = filtersToQuery(next);
    return `${path}${query ? `?${query}` : ""}`;
  };
  const navigate = (next: ComparisonFilters) =>
    startTransition(() => {
      setQueued(null);
      router.push(hrefOf(next), { scroll: false });
    });
  const go = (next: ComparisonFilters) => {
    setFilters(next);
    if (pending) setQueued(next);
    else navigate(next);
  };
  useEffect(() => {
    if (!pending && queued) navigate(queued);
  });
  // The URL changed from outside (back, forward): show what the page now shows.
  if (shown !== rendered) {
    setRendered(shown);
    if (!pending && !queued) setFilters(initial);
  }
  const reset = { ...parseFilters(new URLSearchParams()), view: filters.view };
  const change = (event: FormEvent<HTMLFormElement>) => {
    const data = new URLSearchParams([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    go(parseFilters(data));
  };
  // The view and the page change only what is on screen: the CSV holds every claim the filters keep.
  const csvQuery = filtersToQuery({ ...filters, view: "matrix", row: null, page: 1, cell: null });
  return (
    <>
      <nav className="view-tabs" aria-label={t("views.label")}>
        {comparisonViews.map((view) => (
          <a
            key={view}
            href={hrefOf({ ...filters, view })}
            aria-current={filters.view === view ? "page" : undefined}
            onClick={(event) => {
              event.preventDefault();
              go({ ...filters, view });
            }}
          >
            {t(`views.${view}`)}
          </a>
        ))}
        <ExportMenu
          menu={tc("export.menu")}
          label={tc("export.menuLabel")}
          links={[
            {
              href: `/api/events/${eventId}/comparison?lang=${lng}&format=csv${csvQuery ? `&${csvQuery}` : ""}`,
              label: tc("export.csv"),
            },
            ...exports,
          ]}
        />
      </nav>
      <details className="filters-panel">
        <summary>
          <span className="filters-heading">{t("filters.heading")}:</span>{" "}
          {summaryOf(filters, options.sources.length, lng, t)}
        </summary>
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
            <SourceOptions lng={lng} sources={options.sources} chosen={filters.sources} />
          </fieldset>
          <fieldset>
            <legend>{t("filters.languages")}</legend>
            {options.languages.map((l) => (
              <label key={l}>
                <input type="checkbox" name="language" value={l} defaultChecked={filters.languages.includes(l)} />{" "}
                {languageLabel(lng, l)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("filters.stances")}</legend>
            {options.stances.map((s) => (
              <label key={s}>
                <input type="checkbox" name="stance" value={s} defaultChecked={filters.stances.includes(s)} />{" "}
                {asLabel(lng, t(`stance.${s}`))}
              </label>
            ))}
          </fieldset>
          <div className="filters-more">
            <label className="sort">
              {t("sort.label")}{" "}
              <select name="sort" defaultValue={filters.sort}>
                {sourceOrders.map((order) => (
                  <option key={order} value={order}>
                    {t(`sort.${order}`)}
                  </option>
                ))}
              </select>
            </label>
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
              href={hrefOf(reset)}
              onClick={(event) => {
                event.preventDefault();
                go(reset);
              }}
            >
              {t("filters.reset")}
            </a>
          </p>
        </form>
      </details>
      <p className="query-status" role="status">
        {pending ? t("filters.updating") : ""}
      </p>
    </>
  );
}
