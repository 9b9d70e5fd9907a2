import { getT } from "@/i18n/fixed";
import type { Lng } from "@/i18n/settings";
import { CELL_CLAIMS } from "@/lib/comparison/assemble";
import { filtersToQuery } from "@/lib/comparison/filters";
import type { Comparison, ComparisonAspect } from "@/lib/comparison/load";
import type { ShownClaim } from "@/lib/comparison/model";
import type { Quantity } from "@/lib/domain/figures";
import { ClaimCard } from "./claim-card";
import { FigureChart } from "./figure-chart";
import type { Lookup } from "./lookup";
import { SourceName } from "./source-name";
import { summaryLine } from "./summary";

/** The id of a cell on the page, from its key "aspect:source". */
const cellAnchor = (key: string) => `cell-${key.replace(/[^\w-]/g, "-")}`;

/**
 * One aspect of the comparison: its question, the verdict line, a chart of its figures per
 * unit, then the outlets that speak to it side by side (below 48rem, one under another). A
 * cell shows its first claims and a link to show all; a cell emptied by the filters says so;
 * the outlets silent on the aspect share one quiet line.
 */
export function AspectBlock({
  lng,
  eventId,
  data,
  aspect,
  look,
}: {
  lng: Lng;
  eventId: string;
  data: Comparison;
  aspect: ComparisonAspect;
  look: Lookup;
}) {
  const t = getT(lng, "comparison");
  const figures = data.claims.filter(
    (c): c is ShownClaim & { quantity: Quantity } => c.aspectId === aspect.id && c.quantity !== null,
  );
  const units = [...new Set(figures.map((f) => f.quantity.unit))];
  const cell = (id: string) => aspect.cells[id] ?? { claims: [], total: 0, hidden: 0 };
  const speaking = data.sources.filter((s) => cell(s.id).total + cell(s.id).hidden > 0);
  const silent = data.sources.filter((s) => cell(s.id).total + cell(s.id).hidden === 0);
  /** the page with one cell opened whole, or with none */
  const cellHref = (key: string | null) => {
    const query = filtersToQuery({ ...data.filters, cell: key });
    return `/${lng}/events/${eventId}${query ? `?${query}` : ""}#${key ? cellAnchor(key) : `aspect-${aspect.slug}`}`;
  };
  return (
    <section className="aspect-block" id={`aspect-${aspect.slug}`} aria-labelledby={`aspect-${aspect.slug}-q`}>
      <h3 id={`aspect-${aspect.slug}-q`} lang={aspect.questionLang ?? undefined} dir="auto">
        {aspect.question}
      </h3>
      <p className="verdict-line">{summaryLine(lng, t, aspect, data.filters.factor)}</p>
      {units.map((unit) => (
        <FigureChart
          key={unit ?? ""}
          lng={lng}
          question={aspect.question}
          unit={unit}
          figures={figures.filter((f) => f.quantity.unit === unit)}
          sourceName={look.sourceName}
        />
      ))}
      {speaking.length > 0 && (
        <div className="aspect-cells">
          {speaking.map((s) => {
            const { claims, total, hidden } = cell(s.id);
            const key = `${aspect.id}:${s.id}`;
            return (
              <div key={s.id} id={cellAnchor(key)} className="cell" role="group" aria-label={s.name}>
                <header className="cell-source">
                  <SourceName lng={lng} source={s} />
                </header>
                {claims.length > 0 && (
                  <ul className="cell-claims">
                    {claims.map((id) => (
                      <ClaimCard key={id} lng={lng} claim={look.claims.get(id)!} look={look} />
                    ))}
                  </ul>
                )}
                {total > claims.length ? (
                  <p className="cell-more">
                    <a href={cellHref(key)}>{t("matrix.openCell", { count: total })}</a>
                  </p>
                ) : (
                  data.filters.cell === key &&
                  total > CELL_CLAIMS && (
                    <p className="cell-more">
                      <a href={cellHref(null)}>{t("matrix.showFewer")}</a>
                    </p>
                  )
                )}
                {hidden > 0 && <p className="hidden-note">{t("matrix.hidden", { count: hidden })}</p>}
              </div>
            );
          })}
        </div>
      )}
      {silent.length > 0 && (
        <p className="silent-sources">
          {t("matrix.silent")}:{" "}
          {silent.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ", "}
              <bdi>{s.name}</bdi>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
