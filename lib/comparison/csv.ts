import { stringify } from "csv-stringify/sync";
import { getT } from "@/i18n/fixed";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { append } from "@/lib/collections";
import { short } from "@/lib/text/short";
import { spreadsheetSafe } from "@/lib/text/spreadsheet";
import type { ComparisonExport } from "./load";
import type { ExportBatch } from "./load-export";
import type { ComparisonRelation, ShownClaim } from "./model";

/** Opens Cyrillic text correctly in spreadsheet programs, which otherwise guess a legacy encoding. */
const BOM = "\ufeff";

/**
 * The comparison as CSV, streamed: one row per claim the filters keep (every page, every
 * claim of a cell), aspect by aspect; headers and labels in the interface language. The claims a
 * row points at (who disputes it, its relations, its claim group) are named as a person reads them,
 * and the ids stand in columns of their own for machines.
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
  const relations = new Map<string, ComparisonRelation[]>();
  for (const r of links) append(relations, r.from, r);
  const columns = [
    "aspect",
    "source",
    "article",
    "articleAddress",
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
    "claimId",
    "articleId",
    "disputedByIds",
    "relationIds",
    "clusterId",
  ] as const;
  const outletOf = (c: ShownClaim) => {
    const source = sources.get(c.sourceId);
    return source?.kind === "outlet" ? source.name : tc("unknownOutlet");
  };
  // another claim as a person names it: who said it, where, and its first words
  const who = (c: ShownClaim) => c.speaker?.name ?? c.speakerText ?? t("claim.outletItself");
  const named = ({ named: claims }: ExportBatch, id: string) => {
    const c = claims.get(id);
    return c ? t("csv.claim", { who: who(c), source: outletOf(c), quote: short(c.quote, 80) }) : id;
  };
  const row = (batch: ExportBatch) => (c: ShownClaim) => {
    const article = batch.articles.get(c.articleId);
    const related = relations.get(c.id) ?? [];
    return [
      aspects.get(c.aspectId)?.question ?? c.aspectId,
      outletOf(c),
      article?.title ?? "",
      article?.url ?? "",
      c.quoteLang,
      c.publishedAt?.slice(0, 10) ?? "",
      who(c),
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
      c.disputedBy.map((id) => named(batch, id)).join("; "),
      related.map((r) => `${t(`relation.kinds.${r.kind}`)}: ${named(batch, r.to)}`).join("; "),
      c.clusterId === c.id ? "" : named(batch, c.clusterId),
      `${origin}/${lng}/articles/${c.articleId}#claim-${c.id}`,
      c.id,
      c.articleId,
      c.disputedBy.join("; "),
      related.map((r) => `${r.kind} ${r.to}`).join("; "),
      c.clusterId,
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
      else controller.enqueue(encoder.encode(csv(next.value.claims.map(row(next.value)))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
