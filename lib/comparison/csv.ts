import { stringify } from "csv-stringify/sync";
import { getT } from "@/i18n/fixed";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { append } from "@/lib/collections";
import { spreadsheetSafe } from "@/lib/text/spreadsheet";
import type { ComparisonExport } from "./load";
import type { ShownClaim } from "./model";

/** Opens Cyrillic text correctly in spreadsheet programs, which otherwise guess a legacy encoding. */
const BOM = "\ufeff";

/**
 * The comparison as CSV, streamed: one row per claim the filters keep (every page, every
 * claim of a cell), aspect by aspect; headers and labels in the interface language.
 */
export function comparisonCsv(
  { comparison, relations: links, batches }: ComparisonExport,
  lng: Lng,
  origin: string,
): ReadableStream<Uint8Array> {
  const t = getT(lng, "comparison");
  const tc = getT(lng, "common");
  const sources = new Map(comparison.options.sources.map((s) => [s.id, s]));
  const aspects = new Map(comparison.aspects.map((a) => [a.id, a]));
  const relations = new Map<string, string[]>();
  for (const r of links) append(relations, r.from, `${t(`relation.kinds.${r.kind}`)} ${r.to}`);
  const columns = [
    "aspect",
    "source",
    "article",
    "articleLanguage",
    "published",
    "speaker",
    "reportedVia",
    "stance",
    "kind",
    "quote",
    "start",
    "end",
    "stated",
    "low",
    "high",
    "unit",
    "counted",
    "approximate",
    "status",
    "verdict",
    "disputedBy",
    "relations",
    "cluster",
    "link",
  ] as const;
  const row = (c: ShownClaim) => {
    const source = sources.get(c.sourceId);
    return [
      aspects.get(c.aspectId)?.question ?? c.aspectId,
      source?.kind === "outlet" ? source.name : tc("unknownOutlet"),
      c.articleId,
      c.quoteLang,
      c.publishedAt?.slice(0, 10) ?? "",
      c.speaker?.name ?? c.speakerText ?? t("claim.outletItself"),
      c.reportedVia.map((r) => r.entity?.name ?? r.text).join(" → "),
      t(`stance.${c.stance}`),
      t(`kind.${c.kind}`),
      c.quote,
      c.start,
      c.end,
      c.quantity ? formatFigure(lng, c.quantity) : "",
      c.quantity?.low ?? "",
      c.quantity?.high ?? "",
      c.quantity?.unit ?? "",
      c.quantity?.counted ?? "",
      c.quantity ? (c.quantity.approximate ? t("csv.yes") : t("csv.no")) : "",
      t(`csv.statuses.${c.status}`),
      c.verdict ? t(`verdicts.${c.verdict}`) : "",
      c.disputedBy.join("; "),
      (relations.get(c.id) ?? []).join("; "),
      c.clusterId,
      `${origin}/${lng}/articles/${c.articleId}#claim-${c.id}`,
    ].map(spreadsheetSafe);
  };
  const csv = (rows: unknown[][]) => stringify(rows, { record_delimiter: "\r\n" });
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csv([columns.map((c) => t(`csv.columns.${c}`))])));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csv(next.value.map(row))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
