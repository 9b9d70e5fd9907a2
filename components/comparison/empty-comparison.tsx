import { getT } from "@/i18n/fixed";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters } from "@/lib/comparison/filters";
import type { Comparison } from "@/lib/comparison/load";

/**
 * What a comparison with no claim to show says, and what to do next: an event without articles
 * offers to import into it or add stored ones; one whose articles have no confirmed claim offers
 * its articles and the suggested claims; filters that leave nothing offer to clear them.
 */
export function EmptyComparison({
  lng,
  eventId,
  data,
  editable,
}: {
  lng: Lng;
  eventId: string;
  data: Comparison;
  editable: boolean;
}) {
  const t = getT(lng, "comparison");
  const here = `/${lng}/events/${eventId}`;
  const query = (filters: Partial<Comparison["filters"]>) => {
    const q = filtersToQuery({ ...parseFilters(new URLSearchParams()), view: data.filters.view, ...filters });
    return q ? `?${q}` : "";
  };
  const [message, actions] =
    data.options.sources.length === 0
      ? [
          editable ? `${t("empty.noArticles")} ${t("empty.noArticlesNext")}` : t("empty.noArticles"),
          editable
            ? [
                { href: `/${lng}/import?event=${encodeURIComponent(eventId)}`, label: t("empty.import") },
                { href: `${here}?add=#articles`, label: t("empty.add") },
              ]
            : [],
        ]
      : data.hiddenByFilters > 0
        ? [t("matrix.empty"), [{ href: `${here}${query({})}#comparison`, label: t("filters.reset") }]]
        : [
            t("empty.noClaims"),
            [
              { href: `${here}#articles`, label: t("empty.articles") },
              ...(data.filters.includeSuggested
                ? []
                : [{ href: `${here}${query({ includeSuggested: true })}#comparison`, label: t("empty.suggested") }]),
            ],
          ];
  return (
    <div className="empty empty-comparison">
      <p>{message}</p>
      {actions.length > 0 && (
        <ul className="actions">
          {actions.map((a) => (
            <li key={a.href}>
              <a href={a.href}>{a.label}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
