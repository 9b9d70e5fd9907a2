import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { ComparisonClaim } from "@/lib/comparison/model";
import type { Quantity } from "@/lib/domain/quantity";
import type { Comparison } from "@/lib/server/comparison";
import { ComparisonControls } from "./comparison-controls";
import { FigureChart } from "./figure-chart";
import { Matrix } from "./matrix";
import { Timeline } from "./timeline";

/**
 * The comparison of one event, rendered on the server for the filters in the URL; its
 * controls (view tabs, CSV link, filters) are the only client island, and a change to
 * them renders the page anew.
 */
export function ComparisonView({ lng, eventId, data }: { lng: Lng; eventId: string; data: Comparison }) {
  const t = getT(lng, "compare");
  const current = data.filters;
  const claims = new Map(data.claims.map((c) => [c.id, c] as const));
  const sourceNames = new Map(
    data.options.sources.map((s) => [s.id, s.kind === "outlet" ? s.name : t("source.unknown", { title: s.name })]),
  );

  return (
    <div className="comparison">
      <ComparisonControls lng={lng} eventId={eventId} filters={current} options={data.options} />
      {data.claims.length === 0 ? (
        <p className="empty">{t("matrix.empty")}</p>
      ) : current.view === "timeline" ? (
        <Timeline lng={lng} data={data} claims={claims} />
      ) : (
        <>
          <Matrix lng={lng} data={data} claims={claims} />
          {data.aspects.map((aspect) => {
            const figures = data.claims.filter(
              (c): c is ComparisonClaim & { quantity: Quantity } => c.aspectId === aspect.id && c.quantity !== null,
            );
            const units = [...new Set(figures.map((f) => f.quantity.unit))];
            return units.map((unit) => (
              <FigureChart
                key={`${aspect.id}-${unit}`}
                lng={lng}
                question={aspect.question}
                figures={figures.filter((f) => f.quantity.unit === unit)}
                sourceName={(id) => sourceNames.get(id) ?? id}
              />
            ));
          })}
        </>
      )}
    </div>
  );
}
