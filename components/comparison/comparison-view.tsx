import type { ExportLink } from "@/components/layout/export-menu";
import { Pager } from "@/components/layout/pager";
import { getT } from "@/i18n/fixed";
import { formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters } from "@/lib/comparison/filters";
import type { Comparison } from "@/lib/comparison/load";
import { AspectBlock } from "./aspect-block";
import { ComparisonControls } from "./comparison-controls";
import { lookup } from "./lookup";
import { Propositions } from "./propositions";
import { Timeline } from "./timeline";

/**
 * The comparison of one event, rendered on the server for the filters in the URL; its
 * controls (view tabs, Export menu, filters) are the only client island, and a change to
 * them renders the page anew.
 */
export function ComparisonView({
  lng,
  eventId,
  data,
  exports,
}: {
  lng: Lng;
  eventId: string;
  data: Comparison;
  exports: ExportLink[];
}) {
  const t = getT(lng, "comparison");
  const look = lookup(data);
  const unfiltered = filtersToQuery({ ...parseFilters(new URLSearchParams()), view: data.filters.view });
  const { page, pages, perPage, total } = data.paging;
  const pageHref = (n: number) => {
    const query = filtersToQuery({ ...data.filters, page: n, cell: null });
    return `/${lng}/events/${eventId}${query ? `?${query}` : ""}#comparison`;
  };
  const pager = (landmark: boolean) => (
    <Pager
      landmark={landmark}
      lng={lng}
      label={t("paging.label")}
      previous={page > 1 ? pageHref(page - 1) : null}
      next={page < pages ? pageHref(page + 1) : null}
    >
      {total > 0 &&
        t("paging.range", {
          from: formatNumber(lng, (page - 1) * perPage + 1),
          to: formatNumber(lng, Math.min(total, page * perPage)),
          count: total,
        })}
    </Pager>
  );
  return (
    <div className="comparison">
      <ComparisonControls
        lng={lng}
        eventId={eventId}
        filters={data.filters}
        options={{ ...data.options, sources: data.options.sources.map(({ id, name }) => ({ id, name })) }}
        exports={exports}
      />
      {data.hiddenByFilters > 0 && (
        <p className="filter-banner" role="note">
          {t("matrix.banner", { count: data.hiddenByFilters })}{" "}
          <a href={`/${lng}/events/${eventId}${unfiltered ? `?${unfiltered}` : ""}#comparison`}>
            {t("matrix.showAll")}
          </a>
        </p>
      )}
      {pages > 1 && data.filters.view === "matrix" && pager(true)}
      {data.claims.length === 0 ? (
        <p className="empty">{t("matrix.empty")}</p>
      ) : data.filters.view === "timeline" ? (
        <Timeline lng={lng} data={data} look={look} />
      ) : data.filters.view === "claims" ? (
        <Propositions lng={lng} data={data} look={look} />
      ) : (
        data.aspects.map((aspect) => (
          <AspectBlock key={aspect.id} lng={lng} eventId={eventId} data={data} aspect={aspect} look={look} />
        ))
      )}
      {pages > 1 && data.filters.view === "matrix" && data.claims.length > 0 && pager(false)}
    </div>
  );
}
