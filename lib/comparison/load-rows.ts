import "server-only";
import type { Lng } from "@/i18n/settings";
import { verdictIn } from "@/lib/annotations/verdict";
import { relaysInclude, shownRelays } from "@/lib/claims/relays";
import type { Dispute, DisputeInput } from "@/lib/comparison/disagreements";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { PrismaClient } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { stamped } from "@/lib/db/stamped";
import { publishedOn } from "@/lib/domain/dates";
import { entityName } from "@/lib/domain/localize";
import { quantityOf, quantitySelect } from "@/lib/domain/quantity";
import { negatingStances } from "@/lib/domain/vocabulary";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CellCount, ShownClaim, Source } from "./model";

// What the comparison reads of an event, each an indexed query that answers with aggregates or a bounded
// number of rows, never every claim read whole: the sources (from the event's articles), and from the
// narrow ComparisonRow the triggers keep, the counts per cell and the first claims of each cell shown
// (the figures are in load-figures.ts).

/** The column a claim falls in: its article's outlet, or the article itself. */
const SOURCE = Prisma.sql`COALESCE(a."outletId", 'article-' || a."id")`;

const num = (value: unknown) => Number(value ?? 0);
const dateOf = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/** The site an article's address names ("example.org"), which tells an article without an outlet apart in a few letters. */
function siteOf(url: string | null) {
  const host = url && URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "") : "";
  return host || null;
}

/**
 * Every source of the event, from its articles grouped in the database in one pass (a row per
 * source, language and date precision); read once until the next write however many parts of a
 * page or requests ask (stamped).
 */
export const eventSources = (db: PrismaClient, eventId: string) =>
  stamped(db, JSON.stringify(["event sources", eventId]), () => readSources(db, eventId));

async function readSources(db: PrismaClient, eventId: string): Promise<Source[]> {
  // one row per source, language and date precision, with the earliest date of each
  const rows = await db.$queryRaw<
    {
      id: string;
      outletName: string | null;
      articleId: string;
      title: string;
      url: string | null;
      lang: string;
      publishedAt: unknown;
      datePrecision: Parameters<typeof publishedOn>[0]["datePrecision"];
    }[]
  >`SELECT ${SOURCE} AS "id", o."name" AS "outletName", MIN(a."id") AS "articleId", MIN(a."title") AS "title", MIN(a."url") AS "url",
           a."lang" AS "lang", MIN(a."publishedAt") AS "publishedAt", a."datePrecision" AS "datePrecision"
      FROM "EventArticle" ea JOIN "Article" a ON a."id" = ea."articleId" LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE ea."eventId" = ${eventId}
     GROUP BY ${SOURCE}, o."name", a."lang", a."datePrecision"`;
  const sources = new Map<string, Source>();
  for (const r of rows) {
    const outlet = r.outletName !== null;
    const source = sources.get(r.id) ?? {
      id: r.id,
      kind: outlet ? ("outlet" as const) : ("article" as const),
      name: r.outletName ?? siteOf(r.url) ?? r.title,
      articleId: outlet ? null : r.articleId,
      languages: [],
      publishedAt: null,
    };
    if (!source.languages.includes(r.lang)) source.languages = [...source.languages, r.lang].sort();
    const published = publishedOn({ publishedAt: dateOf(r.publishedAt), datePrecision: r.datePrecision });
    if (published && (!source.publishedAt || published < source.publishedAt)) source.publishedAt = published;
    sources.set(r.id, source);
  }
  return [...sources.values()];
}

/**
 * The claims a comparison starts from: the event's live claims on an aspect (a ComparisonRow
 * each, kept by triggers), confirmed, and suggested on request.
 */
export function scope(eventId: string, filters: ComparisonFilters) {
  const statuses = filters.includeSuggested ? ["confirmed", "suggested"] : ["confirmed"];
  return Prisma.sql`r."eventId" = ${eventId} AND r."status" IN (${Prisma.join(statuses)})`;
}

/** What the filters keep of the scope: sources, languages and stances. */
export function kept(filters: ComparisonFilters) {
  const parts = [
    filters.sources.length ? Prisma.sql`r."sourceId" IN (${Prisma.join(filters.sources)})` : null,
    filters.languages.length ? Prisma.sql`r."lang" IN (${Prisma.join(filters.languages)})` : null,
    filters.stances.length ? Prisma.sql`r."stance" IN (${Prisma.join(filters.stances)})` : null,
  ].filter((p) => p !== null);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}

/**
 * Per aspect and source, how many claims the filters keep and leave out: one grouped pass in the
 * database, once until the next write for the same filters (the event page's coverage and
 * comparison; stamped).
 */
export function cellCounts(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<CellCount[]> {
  const { includeSuggested, sources, languages, stances } = filters;
  const key = JSON.stringify(["cell counts", eventId, includeSuggested, sources, languages, stances]);
  return stamped(db, key, () => countCells(db, eventId, filters));
}

async function countCells(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<CellCount[]> {
  const rows = await db.$queryRaw<Record<keyof CellCount, unknown>[]>`
    SELECT r."aspectId" AS "aspectId", r."sourceId" AS "sourceId",
           SUM(CASE WHEN ${kept(filters)} THEN 1 ELSE 0 END) AS "shown",
           SUM(CASE WHEN ${kept(filters)} THEN 0 ELSE 1 END) AS "hidden",
           SUM(CASE WHEN ${kept(filters)} AND r."stance" IN (${Prisma.join(negatingStances)}) THEN 1 ELSE 0 END) AS "negating"
      FROM "ComparisonRow" r
     WHERE ${scope(eventId, filters)}
     GROUP BY r."aspectId", r."sourceId"`;
  return rows.map((r) => ({
    aspectId: r.aspectId as string,
    sourceId: r.sourceId as string,
    shown: num(r.shown),
    hidden: num(r.hidden),
    negating: num(r.negating),
  }));
}

/** The stances the event's claims take, whatever the filters: the options to filter by. */
export async function eventStances(db: PrismaClient, eventId: string, filters: ComparisonFilters) {
  const rows = await db.$queryRaw<{ stance: string }[]>`
    SELECT DISTINCT r."stance" AS "stance" FROM "ComparisonRow" r WHERE ${scope(eventId, filters)}`;
  return new Set(rows.map((r) => r.stance));
}

/** Some claims' whole quantities (the ends of each range a summary names), by id. */
export async function quantities(db: PrismaClient, ids: string[]) {
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, ...quantitySelect },
  });
  return new Map(rows.map((r) => [r.id, quantityOf(r)!]));
}

/**
 * The first `limit` kept claims of each cell of some sources (null: of every source), or of each
 * aspect across them (`per: "aspect"`), in publication order (an article without a date last),
 * or of one aspect only: their ids, ordered. One query with a window per cell or aspect.
 */
export async function firstClaims(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
  sourceIds: string[] | null,
  limit: number,
  { aspectId, per = "cell" }: { aspectId?: string; per?: "cell" | "aspect" } = {},
): Promise<string[]> {
  if (sourceIds?.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT r."claimId" AS "id", r."publishedAt" AS "publishedAt", r."articleId" AS "articleId", r."start" AS "start",
             ROW_NUMBER() OVER (PARTITION BY r."aspectId"${per === "cell" ? Prisma.sql`, r."sourceId"` : Prisma.empty}
               ORDER BY r."publishedAt" IS NULL, r."publishedAt", r."articleId", r."start") AS "rank"
        FROM "ComparisonRow" r
       WHERE ${scope(eventId, filters)} AND ${kept(filters)}
         ${sourceIds ? Prisma.sql`AND r."sourceId" IN (${Prisma.join(sourceIds)})` : Prisma.empty}
         ${aspectId ? Prisma.sql`AND r."aspectId" = ${aspectId}` : Prisma.empty}
    ) ranked
    WHERE "rank" <= ${limit}
    ORDER BY "publishedAt" IS NULL, "publishedAt", "articleId", "start"`;
  return rows.map((r) => r.id);
}

/**
 * Of some claims (the ends of the event's relations), those the filters keep, with their aspect,
 * source and figure: looked up one by one by id (SQLite's CROSS JOIN keeps the ids the outer
 * loop; the planner would otherwise scan the event's rows once for each id).
 */
export async function keptClaims(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
  ids: string[],
): Promise<DisputeInput[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<
    { id: string; aspectId: string; sourceId: string; low: number | null; high: number | null; unit: string | null }[]
  >`SELECT r."claimId" AS "id", r."aspectId" AS "aspectId", r."sourceId" AS "sourceId", r."low" AS "low",
           r."high" AS "high", r."unit" AS "unit"
      FROM ${dialectOf(db).jsonValues(JSON.stringify(ids))} ${dialectOf(db).lookupJoin} "ComparisonRow" r ON r."claimId" = j."value"
     WHERE ${scope(eventId, filters)} AND ${kept(filters)}`;
  return rows.map(({ low, high, unit, ...r }) => ({
    ...r,
    quantity: low === null || high === null ? null : { low, high, unit },
  }));
}

/** Claims read whole, with their speaker, article and assessing notes (the latest first). */
function claimRows(db: PrismaClient, ids: string[]) {
  return db.claim.findMany({
    where: { id: { in: ids } },
    include: {
      speaker: { include: { names: true } },
      ...relaysInclude,
      annotations: {
        where: { motivation: "assessing", deletedAt: null },
        orderBy: { modified: "desc" },
        select: { body: true },
      },
      article: { select: { id: true, outletId: true, lang: true, publishedAt: true, datePrecision: true } },
    },
  });
}

/**
 * Claims read whole, in the order of `ids`: speaker, verdict, what disputes them and their
 * proposition (itself when `clusterOf` does not name one).
 */
export async function shownClaims(
  db: PrismaClient,
  ids: string[],
  lng: Lng,
  disputesOf: (c: DisputeInput) => Dispute[],
  clusterOf = new Map<string, string>(),
): Promise<ShownClaim[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await claimRows(db, ids)).map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    return c ? [shownClaim(c, lng, disputesOf, clusterOf.get(c.id) ?? c.id)] : [];
  });
}

type ClaimRow = Awaited<ReturnType<typeof claimRows>>[number];

function shownClaim(c: ClaimRow, lng: Lng, disputesOf: (c: DisputeInput) => Dispute[], clusterId: string): ShownClaim {
  const quantity = quantityOf(c);
  const sourceId = c.article.outletId ?? `article-${c.article.id}`;
  const disputes = disputesOf({ id: c.id, aspectId: c.aspectId!, sourceId, quantity });
  return {
    id: c.id,
    aspectId: c.aspectId!,
    sourceId,
    articleId: c.articleId,
    quote: c.quote,
    quoteLang: c.article.lang,
    start: c.start,
    end: c.end,
    kind: c.kind,
    stance: c.stance,
    status: c.status === "suggested" ? "suggested" : "confirmed",
    speaker: c.speaker && { id: c.speaker.id, name: entityName(c.speaker.names, lng)?.text ?? c.speaker.slug },
    speakerText: c.speakerText,
    reportedVia: shownRelays(c.relays, lng),
    publishedAt: publishedOn(c.article),
    quantity,
    disputes,
    disputedBy: disputes.map((d) => d.by),
    clusterId,
    verdict: c.annotations.map((a) => verdictIn(a.body)).find(Boolean) ?? null,
  };
}
