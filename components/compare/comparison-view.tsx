"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import { filtersToQuery, parseFilters } from "@/lib/comparison/filters";
import type { ComparisonClaim } from "@/lib/comparison/model";
import type { Quantity } from "@/lib/domain/quantity";
import type { Comparison } from "@/lib/server/comparison";
import { FigureChart } from "./figure-chart";
import { FiltersForm } from "./filters-form";
import { Matrix } from "./matrix";
import { Timeline } from "./timeline";

async function fetchComparison(eventId: string, lng: Lng, query: string): Promise<Comparison> {
  const response = await fetch(`/api/events/${eventId}/comparison?lang=${lng}${query ? `&${query}` : ""}`);
  if (!response.ok) throw new Error(String(response.status));
  return response.json() as Promise<Comparison>;
}

/**
 * The comparison of one event. The server renders the first paint with `initial`;
 * after that the filters live in the URL and TanStack Query fetches the JSON API.
 */
export function ComparisonView({ lng, eventId, initial }: { lng: Lng; eventId: string; initial: Comparison }) {
  const { t } = useT("compare");
  const pathname = usePathname();
  const current = parseFilters(useSearchParams());
  // The view changes only the layout: the data is the same for both.
  const query = filtersToQuery({ ...current, view: "matrix" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const remount = () => setGeneration((g) => g + 1);
    window.addEventListener("popstate", remount);
    return () => window.removeEventListener("popstate", remount);
  }, []);

  const result = useQuery({
    queryKey: ["comparison", eventId, lng, query],
    queryFn: () => fetchComparison(eventId, lng, query),
    initialData: query === filtersToQuery({ ...initial.filters, view: "matrix" }) ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const data = result.data ?? initial;
  const claims = useMemo(() => new Map(data.claims.map((c) => [c.id, c] as const)), [data]);
  const sourceNames = useMemo(
    () =>
      new Map(
        data.options.sources.map((s) => [s.id, s.kind === "outlet" ? s.name : t("source.unknown", { title: s.name })]),
      ),
    [data, t],
  );

  // Native history calls keep Next's router and useSearchParams in step without a server round trip.
  const withView = (view: "matrix" | "timeline") => filtersToQuery({ ...current, view });
  const csvHref = `/api/events/${eventId}/comparison?lang=${lng}&format=csv${query ? `&${query}` : ""}`;
  const go = (next: string) => window.history.pushState(null, "", `${pathname}${next ? `?${next}` : ""}`);

  return (
    <div className="comparison">
      <nav className="view-tabs" aria-label={t("views.label")}>
        {(["matrix", "timeline"] as const).map((view) => (
          <a
            key={view}
            href={`${pathname}?${withView(view)}`}
            aria-current={current.view === view ? "page" : undefined}
            onClick={(event) => {
              event.preventDefault();
              go(withView(view));
            }}
          >
            {t(`views.${view}`)}
          </a>
        ))}
        <a className="csv-link" href={csvHref} download>
          {t("csv.download")}
        </a>
      </nav>
      <FiltersForm key={generation} lng={lng} filters={current} options={data.options} onChange={go} />
      <p className="query-status" role="status">
        {result.isFetching ? t("filters.updating") : result.isError ? t("filters.failed") : ""}
      </p>
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
