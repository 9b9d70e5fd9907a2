import "server-only";
import type { Lng } from "@/i18n/settings";
import { verdictIn } from "@/lib/annotations/verdict";
import { clusters, findDisputes, summarizeAspect, type AspectSummary } from "@/lib/comparison/disagreements";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { ComparisonClaim, ComparisonRelation, ShownClaim } from "@/lib/comparison/model";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { quantityOf } from "@/lib/domain/quantity";
import { stances } from "@/lib/domain/vocabulary";
import { aspectText, eventHeading, eventRows, type EventRows } from "./events";
import { confirmedRelations } from "./relations";
import { entityName } from "./translations";

/** A column of the comparison: an outlet, or one article whose outlet is unknown. */
export interface Source {
  id: string;
  kind: "outlet" | "article";
  /** the outlet's name, or the article's title */
  name: string;
  /** the article, for a source that is one article */
  articleId: string | null;
  languages: string[];
  /** the earliest publication date among its articles, when known */
  publishedAt: string | null;
}

const byDate = (a: string | null, b: string | null) => (a ?? "\uffff").localeCompare(b ?? "\uffff");

/**
 * An event laid out for comparison: aspects × sources, each cell the claims of that
 * source on that aspect, with the disagreements and a summary per aspect. Filters
 * narrow the claims; the options to filter by always come from the whole event.
 */
export async function getComparison(db: PrismaClient, eventId: string, lng: Lng, filters: ComparisonFilters) {
  const event = await eventRows(db, eventId);
  return event && compareEvent(db, event, lng, filters);
}

/** The comparison of an event whose rows the caller has already read. */
export async function compareEvent(db: PrismaClient, event: EventRows, lng: Lng, filters: ComparisonFilters) {
  const eventId = event.id;

  const sourceOf = new Map<string, Source>();
  const sources = new Map<string, Source>();
  for (const { article } of event.articles) {
    const id = article.outlet?.id ?? `article-${article.id}`;
    const publishedAt = publishedOn(article);
    const source = sources.get(id) ?? {
      id,
      kind: article.outlet ? ("outlet" as const) : ("article" as const),
      name: article.outlet?.name ?? article.title,
      articleId: article.outlet ? null : article.id,
      languages: [],
      publishedAt,
    };
    if (!source.languages.includes(article.lang)) source.languages = [...source.languages, article.lang].sort();
    if (byDate(publishedAt, source.publishedAt) < 0) source.publishedAt = publishedAt;
    sources.set(id, source);
    sourceOf.set(article.id, source);
  }
  const allSources = [...sources.values()].sort(
    (a, b) => byDate(a.publishedAt, b.publishedAt) || a.name.localeCompare(b.name),
  );

  const rows = await db.claim.findMany({
    where: {
      eventId,
      aspectId: { not: null },
      deletedAt: null,
      status: filters.includeSuggested ? { in: ["confirmed", "suggested"] } : "confirmed",
    },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    include: {
      speaker: { include: { names: true } },
      annotations: {
        where: { motivation: "assessing", deletedAt: null },
        orderBy: { modified: "desc" },
        select: { body: true },
      },
      article: { select: { lang: true, publishedAt: true, datePrecision: true } },
    },
  });
  const verdicts = new Map(rows.map((c) => [c.id, c.annotations.map((a) => verdictIn(a.body)).find(Boolean) ?? null]));
  const everyClaim: ComparisonClaim[] = rows.map((c) => ({
    id: c.id,
    aspectId: c.aspectId!,
    sourceId: sourceOf.get(c.articleId)?.id ?? `article-${c.articleId}`,
    articleId: c.articleId,
    quote: c.quote,
    quoteLang: c.article.lang,
    start: c.start,
    end: c.end,
    kind: c.kind,
    stance: c.stance,
    status: c.status === "suggested" ? "suggested" : "confirmed",
    speaker: c.speaker && { id: c.speaker.id, name: entityName(c.speaker.names, lng)?.text ?? c.speaker.slug },
    publishedAt: publishedOn(c.article),
    quantity: quantityOf(c),
  }));

  const keep = (c: ComparisonClaim) =>
    (!filters.sources.length || filters.sources.includes(c.sourceId)) &&
    (!filters.languages.length || filters.languages.includes(c.quoteLang)) &&
    (!filters.stances.length || filters.stances.includes(c.stance));
  const sourceOrder = new Map(allSources.map((s, i) => [s.id, i]));
  const claims = everyClaim
    .filter(keep)
    .sort(
      (a, b) =>
        byDate(a.publishedAt, b.publishedAt) ||
        sourceOrder.get(a.sourceId)! - sourceOrder.get(b.sourceId)! ||
        a.start - b.start,
    );
  const relations: ComparisonRelation[] = (await confirmedRelations(db, eventId)).map((r) => ({
    id: r.id,
    kind: r.kind,
    from: r.fromId,
    to: r.toId,
    status: "confirmed",
  }));
  const disputes = findDisputes(claims, relations, filters.factor);
  const clusterOf = clusters(
    claims.map((c) => c.id),
    relations,
  );
  const shown: ShownClaim[] = claims.map((c) => ({
    ...c,
    disputes: disputes.get(c.id) ?? [],
    disputedBy: (disputes.get(c.id) ?? []).map((d) => d.by),
    clusterId: clusterOf.get(c.id)!,
    verdict: verdicts.get(c.id) ?? null,
  }));
  const shownSources = allSources.filter((s) => !filters.sources.length || filters.sources.includes(s.id));
  const shownIds = new Set(claims.map((c) => c.id));
  // every cell filled in one pass over the claims: its shown claims in order, and how many the filters hide
  const empty = () => ({ claims: [] as string[], hidden: 0 });
  const cells = new Map<string, ReturnType<typeof empty>>();
  const cellOf = (c: ComparisonClaim) => {
    const key = `${c.aspectId}\u0000${c.sourceId}`;
    if (!cells.has(key)) cells.set(key, empty());
    return cells.get(key)!;
  };
  for (const c of claims) cellOf(c).claims.push(c.id);
  for (const c of everyClaim) if (!shownIds.has(c.id)) cellOf(c).hidden++;

  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: eventHeading(event, lng).title,
      titleLang: eventHeading(event, lng).titleLang,
    },
    filters,
    options: {
      sources: allSources,
      languages: [...new Set(allSources.flatMap((s) => s.languages))].sort(),
      stances: stances.filter((s) => everyClaim.some((c) => c.stance === s)),
    },
    sources: shownSources,
    /** how many claims of the event the filters leave out */
    hiddenByFilters: everyClaim.length - claims.length,
    aspects: event.aspects.map((a) => {
      const mine = shown.filter((c) => c.aspectId === a.id);
      const ids = new Set(mine.map((c) => c.id));
      return {
        ...aspectText(a, lng),
        summary: summarizeAspect(mine, disputes) satisfies AspectSummary,
        /** the confirmed contradictions among its shown claims, first drawn first */
        contradictions: relations.filter((r) => r.kind === "contradicts" && ids.has(r.to) && shownIds.has(r.from)),
        /** per source id, the claim ids shown (in publication order) and how many the filters hide */
        cells: Object.fromEntries(shownSources.map((s) => [s.id, cells.get(`${a.id}\u0000${s.id}`) ?? empty()])),
      };
    }),
    claims: shown,
    relations,
  };
}

export type Comparison = NonNullable<Awaited<ReturnType<typeof getComparison>>>;
export type ComparisonAspect = Comparison["aspects"][number];
