import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery } from "@/lib/comparison/filters";
import type { ComparisonClaim } from "@/lib/comparison/model";
import type { Quantity } from "@/lib/domain/quantity";
import type { Comparison } from "@/lib/server/comparison";
import { FigureChart } from "./figure-chart";
import { FiltersForm } from "./filters-form";
import { Matrix } from "./matrix";
import { Timeline } from "./timeline";

/**
 * The comparison of one event, rendered on the server for the filters in the URL; the
 * filters form is the only client island, and a change to it renders the page anew.
 */
export function ComparisonView({ lng, eventId, data }: { lng: Lng; eventId: string; data: Comparison }) {
  const t = getT(lng, "compare");
  const path = `/${lng}/events/${eventId}`;
  const current = data.filters;
  // The view changes only the layout: the data is the same for both.
  const query = filtersToQuery({ ...current, view: "matrix" });
  const claims = new Map(data.claims.map((c) => [c.id, c] as const));
  const sourceNames = new Map(
    data.options.sources.map((s) => [s.id, s.kind === "outlet" ? s.name : t("source.unknown", { title: s.name })]),
  );
  const withView = (view: "matrix" | "timeline") => filtersToQuery({ ...current, view });
  const csvHref = `/api/events/${eventId}/comparison?lang=${lng}&format=csv${query ? `&${query}` : ""}`;

  return (
    <div className="comparison">
      <nav className="view-tabs" aria-label={t("views.label")}>
        {(["matrix", "timeline"] as const).map((view) => (
          <Link
            key={view}
            href={`${path}?${withView(view)}`}
            scroll={false}
            aria-current={current.view === view ? "page" : undefined}
          >
            {t(`views.${view}`)}
          </Link>
        ))}
        <a className="csv-link" href={csvHref} download>
          {t("csv.download")}
        </a>
      </nav>
      <FiltersForm key={withView(current.view)} lng={lng} path={path} filters={current} options={data.options} />
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
