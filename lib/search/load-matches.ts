import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "./filters";
import type { Hit } from "./hits";

const DAY_MS = 86_400_000;

/** Runs a query over the filtered matches (`h`, with its article `a` and claim `c`): the columns, and what follows. */
export type FilteredMatches = <T>(columns: string, more?: { join?: Prisma.Sql; tail?: Prisma.Sql }) => Promise<T>;

/** The filters as conditions on a match `h`, its article `a` and its claim `c`. */
const conditions = (filters: SearchFilters) =>
  [
    filters.type ? Prisma.sql`h."kind" = ${filters.type}` : null,
    filters.language ? Prisma.sql`a."lang" = ${filters.language}` : null,
    filters.outlet ? Prisma.sql`a."outletId" = ${filters.outlet}` : null,
    filters.event
      ? Prisma.sql`EXISTS (SELECT 1 FROM "EventArticle" x WHERE x."articleId" = h."articleId" AND x."eventId" = ${filters.event})`
      : null,
    filters.speaker ? Prisma.sql`c."speakerId" = ${filters.speaker}` : null,
    filters.kind ? Prisma.sql`c."kind" = ${filters.kind}` : null,
    filters.from ? Prisma.sql`a."publishedAt" >= ${new Date(filters.from)}` : null,
    filters.to ? Prisma.sql`a."publishedAt" < ${new Date(Date.parse(filters.to) + DAY_MS)}` : null,
  ].filter((w): w is Prisma.Sql => w !== null);

/**
 * The matches, ranked best first: by BM25 on SQLite, by ts_rank divided by the document's length
 * (normalization 2: the nearest to BM25's) on PostgreSQL; a title counts three times a body on both.
 */
const ranked = (expression: string, postgres: boolean) =>
  postgres
    ? Prisma.sql`SELECT d."kind" AS "kind", d."itemId" AS "itemId", d."articleId" AS "articleId",
               -ts_rank(CAST('{0.333333, 0.333333, 0.333333, 1}' AS real[]), s."document", q, 2) AS "rank"
          FROM "SearchIndex" s JOIN "SearchDoc" d ON d."id" = s."id", CAST(${expression} AS tsquery) q
         WHERE s."document" @@ q`
    : Prisma.sql`SELECT d."kind" AS "kind", d."itemId" AS "itemId", d."articleId" AS "articleId",
               bm25("SearchIndex", 3.0, 1.0) AS "rank"
          FROM "SearchIndex" JOIN "SearchDoc" d ON d."id" = "SearchIndex".rowid
         WHERE "SearchIndex" MATCH ${expression}`;

/** The matches of a MATCH expression (a tsquery on PostgreSQL) with the filters applied. */
export function filteredMatches(
  db: PrismaClient,
  expression: string,
  filters: SearchFilters,
  postgres: boolean,
): FilteredMatches {
  const where = conditions(filters);
  // `columns` is a fixed list written in lib/search, never input
  return <T>(columns: string, more: { join?: Prisma.Sql; tail?: Prisma.Sql } = {}) =>
    db.$queryRaw<T>`
      WITH h AS (${ranked(expression, postgres)})
      SELECT ${Prisma.raw(columns)} FROM h
      JOIN "Article" a ON a."id" = h."articleId"
      LEFT JOIN "Claim" c ON h."kind" = 'claim' AND c."id" = h."itemId"
      ${more.join ?? Prisma.empty}
      ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
      ${more.tail ?? Prisma.empty}`;
}

/** Up to `limit` matches from `offset` on, best first (ties by id, so that pages do not overlap). */
export const loadHits = (matches: FilteredMatches, offset: number, limit: number) =>
  matches<Hit[]>(`h."kind" AS "kind", h."itemId" AS "itemId", h."articleId" AS "articleId", h."rank" AS "rank"`, {
    tail: Prisma.sql`ORDER BY h."rank", h."itemId" LIMIT ${limit} OFFSET ${offset}`,
  });
