import "server-only";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import type { Quantity } from "@/lib/domain/figures";
import { quantityOf } from "@/lib/domain/quantity";
import { Prisma } from "@/lib/generated/prisma/client";

// What the comparison reads of an event, each an indexed query that answers with aggregates or a bounded
// number of rows, never every claim: the sources, the counts per cell, the figures (narrow rows, for the
// disagreements and ranges) and the first claims of each cell shown.

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

/** The column a claim falls in: its article's outlet, or the article itself. */
const SOURCE = Prisma.sql`COALESCE(a."outletId", 'article-' || a."id")`;

/** Claims of some sources, as the indexes of articles by outlet and by id can find them. */
function ofSources(ids: string[]) {
  const outlets = ids.filter((id) => !id.startsWith("article-"));
  const articles = ids.filter((id) => id.startsWith("article-")).map((id) => id.slice("article-".length));
  const parts = [
    outlets.length ? Prisma.sql`a."outletId" IN (${Prisma.join(outlets)})` : null,
    articles.length ? Prisma.sql`(a."outletId" IS NULL AND a."id" IN (${Prisma.join(articles)}))` : null,
  ].filter((p) => p !== null);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

const num = (value: unknown) => Number(value ?? 0);
const dateOf = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/** Every source of the event, from its articles grouped in the database (one row per source and language). */
export async function eventSources(db: PrismaClient, eventId: string): Promise<Source[]> {
  const rows = await db.$queryRaw<
    { id: string; outletName: string | null; articleId: string; title: string; lang: string }[]
  >`SELECT ${SOURCE} AS "id", o."name" AS "outletName", MIN(a."id") AS "articleId", MIN(a."title") AS "title", a."lang" AS "lang"
      FROM "EventArticle" ea JOIN "Article" a ON a."id" = ea."articleId" LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE ea."eventId" = ${eventId}
     GROUP BY ${SOURCE}, o."name", a."lang"`;
  const dates = await db.$queryRaw<
    { id: string; publishedAt: unknown; datePrecision: Parameters<typeof publishedOn>[0]["datePrecision"] }[]
  >`
    SELECT ${SOURCE} AS "id", MIN(a."publishedAt") AS "publishedAt", a."datePrecision" AS "datePrecision"
      FROM "EventArticle" ea JOIN "Article" a ON a."id" = ea."articleId"
     WHERE ea."eventId" = ${eventId} AND a."publishedAt" IS NOT NULL
     GROUP BY ${SOURCE}, a."datePrecision"`;
  const sources = new Map<string, Source>();
  for (const r of rows) {
    const outlet = r.outletName !== null;
    const source = sources.get(r.id) ?? {
      id: r.id,
      kind: outlet ? ("outlet" as const) : ("article" as const),
      name: r.outletName ?? r.title,
      articleId: outlet ? null : r.articleId,
      languages: [],
      publishedAt: null,
    };
    source.languages = [...source.languages, r.lang].sort();
    sources.set(r.id, source);
  }
  for (const d of dates) {
    const source = sources.get(d.id);
    const published = publishedOn({ publishedAt: dateOf(d.publishedAt), datePrecision: d.datePrecision });
    if (source && published && (!source.publishedAt || published < source.publishedAt)) source.publishedAt = published;
  }
  return [...sources.values()];
}

/** The claims a comparison starts from: the event's live claims on an aspect, confirmed (and suggested, on request). */
function scope(eventId: string, filters: ComparisonFilters) {
  const statuses = filters.includeSuggested ? ["confirmed", "suggested"] : ["confirmed"];
  return Prisma.sql`c."eventId" = ${eventId} AND c."aspectId" IS NOT NULL AND c."deletedAt" IS NULL
    AND c."status" IN (${Prisma.join(statuses)})`;
}

/** What the filters keep of the scope: sources, languages and stances. */
function kept(filters: ComparisonFilters) {
  const parts = [
    filters.sources.length ? Prisma.sql`${SOURCE} IN (${Prisma.join(filters.sources)})` : null,
    filters.languages.length ? Prisma.sql`a."lang" IN (${Prisma.join(filters.languages)})` : null,
    filters.stances.length ? Prisma.sql`c."stance" IN (${Prisma.join(filters.stances)})` : null,
  ].filter((p) => p !== null);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}

export interface CellCount {
  aspectId: string;
  sourceId: string;
  /** the claims the filters keep */
  shown: number;
  /** the claims the filters leave out */
  hidden: number;
  /** the kept claims that push back (denies, disputes) */
  negating: number;
}

/** Per aspect and source, how many claims the filters keep and leave out: one grouped pass in the database. */
export async function cellCounts(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<CellCount[]> {
  const rows = await db.$queryRaw<Record<keyof CellCount, unknown>[]>`
    SELECT c."aspectId" AS "aspectId", ${SOURCE} AS "sourceId",
           SUM(CASE WHEN ${kept(filters)} THEN 1 ELSE 0 END) AS "shown",
           SUM(CASE WHEN ${kept(filters)} THEN 0 ELSE 1 END) AS "hidden",
           SUM(CASE WHEN ${kept(filters)} AND c."stance" IN ('denies', 'disputes') THEN 1 ELSE 0 END) AS "negating"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE ${scope(eventId, filters)}
     GROUP BY c."aspectId", ${SOURCE}`;
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
    SELECT DISTINCT c."stance" AS "stance" FROM "Claim" c WHERE ${scope(eventId, filters)}`;
  return new Set(rows.map((r) => r.stance));
}

export interface FigureRow {
  id: string;
  aspectId: string;
  sourceId: string;
  quantity: Pick<Quantity, "low" | "high" | "unit">;
}

/**
 * Every kept claim with a figure, narrow (its range and unit, no more): what the disagreements,
 * the ranges and the sort by divergence read. Ordered by id, so that ties fall the same way.
 */
export async function figureRows(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<FigureRow[]> {
  const rows = await db.$queryRaw<
    { id: string; aspectId: string; sourceId: string; low: number; high: number; unit: string | null }[]
  >`SELECT c."id" AS "id", c."aspectId" AS "aspectId", ${SOURCE} AS "sourceId", c."low" AS "low", c."high" AS "high",
           c."unit" AS "unit"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE ${scope(eventId, filters)} AND c."low" IS NOT NULL AND c."high" IS NOT NULL AND ${kept(filters)}
     ORDER BY c."id"`;
  return rows.map(({ low, high, unit, ...r }) => ({ ...r, quantity: { low, high, unit } }));
}

/** Some claims' whole quantities (the ends of each range a summary names), by id. */
export async function quantities(db: PrismaClient, ids: string[]) {
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      low: true,
      high: true,
      unit: true,
      counted: true,
      approximate: true,
      statedLow: true,
      statedHigh: true,
      vagueness: true,
    },
  });
  return new Map(rows.map((r) => [r.id, quantityOf(r)!]));
}

/**
 * The first `limit` kept claims of each cell of some sources (null: of every source), in
 * publication order (an article without a date last), or of one aspect's cells: their ids,
 * ordered. One query with a window per cell.
 */
export async function firstClaims(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
  sourceIds: string[] | null,
  limit: number,
  aspectId?: string,
): Promise<string[]> {
  if (sourceIds?.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT c."id" AS "id", a."publishedAt" AS "publishedAt", c."articleId" AS "articleId", c."start" AS "start",
             ROW_NUMBER() OVER (PARTITION BY c."aspectId", ${SOURCE}
               ORDER BY a."publishedAt" IS NULL, a."publishedAt", c."articleId", c."start") AS "rank"
        FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
       WHERE ${scope(eventId, filters)} AND ${kept(filters)}
         ${sourceIds ? Prisma.sql`AND ${ofSources(sourceIds)}` : Prisma.empty}
         ${aspectId ? Prisma.sql`AND c."aspectId" = ${aspectId}` : Prisma.empty}
    ) ranked
    WHERE "rank" <= ${limit}
    ORDER BY "publishedAt" IS NULL, "publishedAt", "articleId", "start"`;
  return rows.map((r) => r.id);
}

/** Of some claims (the ends of the event's relations), those the filters keep, with their aspect and source. */
export async function keptClaims(db: PrismaClient, eventId: string, filters: ComparisonFilters, ids: string[]) {
  if (ids.length === 0) return [];
  return db.$queryRaw<{ id: string; aspectId: string; sourceId: string }[]>`
    SELECT c."id" AS "id", c."aspectId" AS "aspectId", ${SOURCE} AS "sourceId"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE ${scope(eventId, filters)} AND ${kept(filters)} AND c."id" IN (${Prisma.join(ids)})`;
}
