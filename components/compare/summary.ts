import type { TFunction } from "i18next";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { AspectSummary } from "@/lib/comparison/disagreements";

/** "3 outlets, figures from ≈ 24–60 to ≈ 1,000; 1 denial". */
export function summaryLine(lng: Lng, t: TFunction<"compare">, summary: AspectSummary): string {
  if (summary.sources === 0) return t("summary.none");
  const parts = [t("summary.sources", { count: summary.sources })];
  for (const f of summary.figures) {
    const [low, high] = [formatFigure(lng, f.low), formatFigure(lng, f.high)];
    parts.push(low === high ? t("summary.single", { value: low }) : t("summary.range", { low, high }));
  }
  const line = parts.join(", ");
  return summary.denials ? `${line}; ${t("summary.denials", { count: summary.denials })}` : line;
}
