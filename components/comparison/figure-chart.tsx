import { scaleLog } from "d3-scale";
import { useId } from "react";
import { getT } from "@/i18n/fixed";
import { currencyName, formatFigure, formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ShownClaim } from "@/lib/comparison/model";
import { isCurrency, type Quantity } from "@/lib/domain/figures";
import { shortTextLang } from "@/lib/text/short-lang";

const WIDTH = 640;
const LABEL = 200;
const ROW = 26;
const PAD = { top: 8, right: 44, bottom: 34 };

type Figure = ShownClaim & { quantity: Quantity };

/**
 * Each source's figures for one aspect and unit on a log scale, one row per claim in
 * publication order, labelled with the outlet: a range is a line between its ends, an
 * approximate figure is hollow, as the legend under it says. Scales and ticks from
 * d3-scale; drawn as SVG that the server renders too.
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
  const id = useId();
  const lows = figures.map((f) => f.quantity.low).filter((v) => v > 0);
  const highs = figures.map((f) => f.quantity.high).filter((v) => v > 0);
  if (lows.length === 0) return null;
  const x = scaleLog()
    .domain([Math.min(...lows) / 1.5, Math.max(...highs) * 1.5])
    .range([LABEL, WIDTH - PAD.right])
    .nice();
  const height = PAD.top + figures.length * ROW + PAD.bottom;
  // Powers of ten, unless the figures span less than a decade.
  const powers = x.ticks().filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const ticks = powers.length >= 2 ? powers : x.ticks(5);
  const label = (f: Figure) => {
    const name = sourceName(f.sourceId);
    return name.length > 26 ? `${name.slice(0, 25)}…` : name;
  };
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
      <div className="chart-scroll" role="group" tabIndex={0} aria-label={unitLine ? `${title}. ${unitLine}` : title}>
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{t("chart.desc")}</desc>
          {ticks.map((v) => (
            <g key={v} transform={`translate(${x(v)},0)`}>
              <line y1={PAD.top} y2={height - PAD.bottom} className="chart-grid" />
              <text y={height - PAD.bottom + 16} textAnchor="middle" className="chart-tick">
                {formatNumber(lng, v, { notation: "compact" })}
              </text>
            </g>
          ))}
          <text x={WIDTH - PAD.right} y={height - 4} textAnchor="end" className="chart-tick">
            {t("chart.scale")}
          </text>
          {figures.map((f, i) => {
            const y = PAD.top + i * ROW + ROW / 2;
            const [x1, x2] = [x(Math.max(f.quantity.low, x.domain()[0]!)), x(f.quantity.high)];
            return (
              <g key={f.id}>
                <text x={LABEL - 8} y={y + 4} textAnchor="end" className="chart-label">
                  {label(f)}
                </text>
                {x2 - x1 > 1 && <line x1={x1} x2={x2} y1={y} y2={y} className="chart-range" />}
                {[x1, ...(x2 - x1 > 1 ? [x2] : [])].map((cx) => (
                  <circle
                    key={cx}
                    cx={cx}
                    cy={y}
                    r={5}
                    className={f.quantity.approximate ? "chart-dot chart-dot--approximate" : "chart-dot"}
                  />
                ))}
              </g>
            );
          })}
        </svg>
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
                  {formatFigure(lng, f.quantity)}{" "}
                  {f.quantity.counted && (
                    <span lang={shortTextLang(f.quantity.counted, f.quoteLang)}>{f.quantity.counted}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
