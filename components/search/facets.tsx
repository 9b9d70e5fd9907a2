import Link from "next/link";
import { getT } from "@/i18n/fixed";
import { formatNumber, languageLabel } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { searchHref } from "@/lib/search/href";
import type { SearchFilters, SearchResults } from "@/lib/search/load";

type Facets = NonNullable<SearchResults["facets"]>;
const ORDER = ["type", "language", "outlet", "event", "kind", "speaker"] as const;

/** What the results hold, counted per type, language, outlet, event, claim kind and speaker: each count narrows the search. */
export function SearchFacets({ lng, filters, facets }: { lng: Lng; filters: SearchFilters; facets: Facets }) {
  const [t, ta] = [getT(lng, "search"), getT(lng, "articles")];
  const label = (facet: (typeof ORDER)[number], value: string, fallback: string) =>
    facet === "type"
      ? t(`types.${value as "article"}`)
      : facet === "language"
        ? languageLabel(lng, value)
        : facet === "kind"
          ? ta(`kind.${value as "figure"}`)
          : fallback;
  return (
    <aside className="facets" aria-label={t("facets.label")}>
      {ORDER.map((facet) => {
        const rows = facets[facet];
        const active = filters[facet];
        if (rows.length === 0 && !active) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`}>{t(`facets.${facet}`)}</h2>
            <ul>
              {rows.map((r) => (
                <li key={r.value}>
                  {active === r.value ? (
                    <Link href={searchHref(lng, filters, { [facet]: undefined })} aria-current="true">
                      <bdi>{label(facet, r.value, r.label)}</bdi> ({formatNumber(lng, r.count)}){" "}
                      <span className="muted">{t("facets.remove")}</span>
                    </Link>
                  ) : (
                    <Link href={searchHref(lng, filters, { [facet]: r.value })}>
                      <bdi>{label(facet, r.value, r.label)}</bdi> ({formatNumber(lng, r.count)})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <form method="get" action={`/${lng}/search`} className="stack">
        <h2>{t("facets.dates")}</h2>
        {Object.entries(filters).map(([key, value]) =>
          ["from", "to", "cursor"].includes(key) || value === undefined ? null : (
            <input key={key} type="hidden" name={key} value={String(value)} />
          ),
        )}
        <label>
          {t("facets.from")}
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          {t("facets.to")}
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <button type="submit">{t("facets.apply")}</button>
      </form>
    </aside>
  );
}
