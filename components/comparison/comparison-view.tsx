import type { ExportLink } from "@/components/layout/export-menu";
import { getT } from "@/i18n/fixed";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters } from "@/lib/comparison/filters";
import type { Comparison } from "@/lib/comparison/load";
import { AspectBlock } from "./aspect-block";
import { ComparisonControls } from "./comparison-controls";
import { EmptyComparison } from "./empty-comparison";
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
  editable,
}: {
  lng: Lng;
  eventId: string;
  data: Comparison;
  exports: ExportLink[];
  /** whether the reader may import and add articles (the empty event's actions) */
  editable: boolean;
}) {
  const t = getT(lng, "comparison");
  const look = lookup(data);
  const unfiltered = filtersToQuery({ ...parseFilters(new URLSearchParams()), view: data.filters.view });
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
      {data.claims.length === 0 ? (
        <EmptyComparison lng={lng} eventId={eventId} data={data} editable={editable} />
      ) : data.filters.view === "timeline" ? (
        <Timeline lng={lng} data={data} look={look} />
      ) : data.filters.view === "claims" ? (
        <Propositions lng={lng} data={data} look={look} />
      ) : (
        data.aspects.map((aspect) => (
          <AspectBlock key={aspect.id} lng={lng} eventId={eventId} data={data} aspect={aspect} look={look} />
        ))
      )}
    </div>
  );
}
