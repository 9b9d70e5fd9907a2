import { Pager } from "@/components/layout/pager";
import { getT } from "@/i18n/fixed";
import { formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { OPEN_ROW_SOURCES, ROW_SOURCES } from "@/lib/comparison/assemble";
import { filtersToQuery } from "@/lib/comparison/filters";
import type { Comparison, ComparisonAspect } from "@/lib/comparison/load";
import type { ShownClaim } from "@/lib/comparison/model";
import type { Quantity } from "@/lib/domain/figures";
import { ClaimCard } from "./claim-card";
import { FigureChart } from "./figure-chart";
import type { Lookup } from "./lookup";
import { SourceName, sourceDate } from "./source-name";
import { summaryLine } from "./summary";

/** The id of a cell on the page, from its key "aspect:source". */
const cellAnchor = (key: string) => `cell-${key.replace(/[^\w-]/g, "-")}`;

/**
 * One aspect of the comparison: its question, the verdict line, a chart of its figures per
 * unit, then every source that speaks to it, most informative first (below 48rem, one under
 * another), up to ROW_SOURCES before "show all"; an opened row pages an event of hundreds. A
 * cell shows its first claims and a link to show all; a cell emptied by the filters says so;
 * the sources silent on the aspect share one quiet line.
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
  const { row } = aspect;
  const source = (id: string) => look.sources.get(id)!;
  /** the page with one cell opened whole, or with none */
  const cellHref = (key: string | null) => {
    const query = filtersToQuery({ ...data.filters, cell: key });
    return `/${lng}/events/${eventId}${query ? `?${query}` : ""}#${key ? cellAnchor(key) : `aspect-${aspect.slug}`}`;
  };
  /** the page with this aspect's row opened whole (at a page of it), or with none */
  const rowHref = (open: boolean, page = 1) => {
    const query = filtersToQuery({ ...data.filters, row: open ? aspect.id : null, page, cell: null });
    return `/${lng}/events/${eventId}${query ? `?${query}` : ""}#aspect-${aspect.slug}`;
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
      {row.open && row.pages > 1 && (
        <Pager
          lng={lng}
          label={t("row.pages", { question: aspect.question })}
          previous={row.page > 1 ? rowHref(true, row.page - 1) : null}
          next={row.page < row.pages ? rowHref(true, row.page + 1) : null}
        >
          {t("row.range", {
            from: formatNumber(lng, (row.page - 1) * OPEN_ROW_SOURCES + 1),
            to: formatNumber(lng, Math.min(row.total, row.page * OPEN_ROW_SOURCES)),
            count: row.total,
          })}
        </Pager>
      )}
      {row.sources.length > 0 && (
        <div className="aspect-cells">
          {row.sources.map((id) => {
            const s = source(id);
            const { claims, total, hidden } = cell(id);
            const key = `${aspect.id}:${id}`;
            const date = sourceDate(lng, s);
            return (
              <div key={id} id={cellAnchor(key)} className="cell" role="group" aria-label={s.name}>
                <header className="cell-source">
                  <SourceName lng={lng} source={s} />
                </header>
                {claims.length > 0 && (
                  <ul className="cell-claims">
                    {claims.map((id) => (
                      <ClaimCard key={id} lng={lng} claim={look.claims.get(id)!} look={look} sourceDate={date} />
                    ))}
                  </ul>
                )}
                {total > claims.length ? (
                  <p className="cell-more">
                    <a href={cellHref(key)}>{t("matrix.openCell", { count: total })}</a>
                  </p>
                ) : (
                  data.filters.cell === key &&
                  total > row.perCell && (
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
      {row.total > row.sources.length && !row.open && (
        <p className="row-more">
          <a href={rowHref(true)}>{t("row.showAll", { count: row.total })}</a>
        </p>
      )}
      {row.open && row.total > ROW_SOURCES && (
        <p className="row-more">
          <a href={rowHref(false)}>{t("row.showFewer", { count: ROW_SOURCES })}</a>
        </p>
      )}
      {row.silent.total > 0 && (
        <p className="silent-sources">
          {t("matrix.silent")}:{" "}
          {row.silent.sources.map((id, i) => (
            <span key={id}>
              {i > 0 && ", "}
              <bdi>{source(id).name}</bdi>
            </span>
          ))}
          {row.silent.total > row.silent.sources.length &&
            ` ${t("matrix.silentMore", { count: row.silent.total - row.silent.sources.length })}`}
        </p>
      )}
    </section>
  );
}
