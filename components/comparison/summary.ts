import type { TFunction } from "i18next";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ComparisonAspect } from "@/lib/comparison/load";

/**
 * An aspect's verdict line, as a journalist would write it: "3 outlets speak to this, with
 * figures from a few dozen to ≈ 1,000, 17 times apart; Bruno Rodríguez contradicts John Bolton."
 * In Ukrainian and Russian the names stay in the nominative, their case unknowable: «…, автор
 * якого — Джон Болтон».
 */
export function summaryLine(lng: Lng, t: TFunction<"comparison">, aspect: ComparisonAspect, factor: number): string {
  const { summary } = aspect;
  if (summary.sources === 0) return t("summary.none");
  const count = summary.sources;
  // the widest spread of the aspect's units speaks for it
  const figures = [...summary.figures].sort((a, b) => b.factor - a.factor)[0];
  let line = t("summary.plain", { count });
  if (figures) {
    const [low, high] = [formatFigure(lng, figures.low), formatFigure(lng, figures.high)];
    line =
      low === high ? t("summary.withFigure", { count, value: low }) : t("summary.withFigures", { count, low, high });
    if (figures.factor > factor && Number.isFinite(figures.factor))
      line += `, ${t("summary.apart", { count: Math.round(figures.factor) })}`;
  }
  const { count: contradictions, first } = aspect.contradictions;
  if (first) {
    // each side with who relayed it: "Rostec (via RT) contradicts Donald Trump"
    const named = (name: string, via: string[]) =>
      via.length ? t("summary.whoVia", { who: name, via: via.join(" → ") }) : name;
    line += `; ${t("summary.contradicts", { who: named(first.fromWho, first.fromVia), whom: named(first.toWho, first.toVia) })}`;
    // the others, a sentence of their own: "There are 2 more contradictions."
    if (contradictions > 1) return `${line}. ${t("summary.more", { count: contradictions - 1 })}`;
  }
  return `${line}.`;
}
