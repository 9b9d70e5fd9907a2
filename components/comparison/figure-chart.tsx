import { scaleLog } from "d3-scale";
import type { CSSProperties } from "react";
import { getT } from "@/i18n/fixed";
import { currencyName, formatFigure, formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ShownClaim } from "@/lib/comparison/model";
import { isCurrency, type Quantity } from "@/lib/domain/figures";
import { Counted } from "./claim-card";

type Figure = ShownClaim & { quantity: Quantity };

/** Where a value sits across the plot, in percent: the ends kept clear of the edges so that a dot is never cut. */
const EDGE = 3;
const at = (v: number) => `${v.toFixed(2)}%`;

/**
 * Each source's figures for one aspect and unit on a log scale, one row per claim in
 * publication order, labelled with the source's whole name: a range is a line between its ends,
 * an approximate figure is hollow, as the legend says. Scales and ticks from d3-scale; drawn in
 * HTML, so that the plot takes the width there is (on a phone each name stands above its row)
 * and nothing scrolls sideways; the table under it gives the same figures as text.
 */
export function FigureChart({
  lng,
  question,
  unit,
  figures,
  sourceName,
}: {
  lng: Lng;
  question: string;
  unit: string | null;
  figures: Figure[];
  sourceName: (id: string) => string;
}) {
  const t = getT(lng, "comparison");
  const lows = figures.map((f) => f.quantity.low).filter((v) => v > 0);
  const highs = figures.map((f) => f.quantity.high).filter((v) => v > 0);
  if (lows.length === 0) return null;
  const x = scaleLog()
    .domain([Math.min(...lows) / 1.5, Math.max(...highs) * 1.5])
    .range([EDGE, 100 - EDGE])
    .nice();
  // Powers of ten, unless the figures span less than a decade.
  const powers = x.ticks().filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const ticks = powers.length >= 2 ? powers : x.ticks(5);
  // The grid is drawn once for the plot, as a background every track takes (not three elements a row).
  const grid = { "--chart-grid": ticks.map((v) => `var(--grid-line) ${at(x(v))} 0 / 1px 100% no-repeat`).join(", ") };
  const unitLine =
    unit &&
    t("chart.unit", { unit: isCurrency(unit) ? currencyName(lng, unit) : t(`units.${unit}`, { defaultValue: unit }) });
  const title = t("chart.title", { question });
  return (
    <figure className="chart">
      <figcaption>
        {unitLine && <span className="chart-unit">{unitLine}</span>}
        <span className="chart-legend" aria-hidden="true">
          <span className="legend-dot" /> {t("chart.legendExact")}
          <span className="legend-dot legend-dot--approximate" /> {t("chart.legendApproximate")}
          <span className="legend-range" /> {t("chart.legendRange")}
        </span>
      </figcaption>
      <div
        className="chart-plot"
        role="img"
        aria-label={`${title}. ${unitLine ? `${unitLine}. ` : ""}${t("chart.desc")}`}
        style={grid as CSSProperties}
      >
        {figures.map((f) => {
          const [x1, x2] = [x(Math.max(f.quantity.low, x.domain()[0]!)), x(f.quantity.high)];
          const dot = f.quantity.approximate ? "chart-dot chart-dot--approximate" : "chart-dot";
          return (
            <div key={f.id} className="chart-row">
              <bdi className="chart-label">{sourceName(f.sourceId)}</bdi>
              <span className="chart-track">
                {x2 - x1 > 0.2 && <span className="chart-range" style={{ left: at(x1), width: at(x2 - x1) }} />}
                {[x1, ...(x2 - x1 > 0.2 ? [x2] : [])].map((cx) => (
                  <span key={cx} className={dot} style={{ left: at(cx) }} />
                ))}
              </span>
            </div>
          );
        })}
        <div className="chart-row chart-axis">
          <span className="chart-label">{t("chart.scale")}</span>
          <span className="chart-track">
            {ticks.map((v) => {
              // a tick by an edge is set inside it, so that no label reaches past the plot
              const edge = x(v) < 10 ? " chart-tick--start" : x(v) > 90 ? " chart-tick--end" : "";
              return (
                <span key={v} className={`chart-tick${edge}`} style={{ left: at(x(v)) }}>
                  {formatNumber(lng, v, { notation: "compact" })}
                </span>
              );
            })}
          </span>
        </div>
      </div>
      <details>
        <summary>{t("chart.table")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("filters.sources")}</th>
              <th scope="col">{t("chart.value")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <td>
                  <bdi>{sourceName(f.sourceId)}</bdi>
                </td>
                <td>
                  {formatFigure(lng, f.quantity)} <Counted claim={f} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
