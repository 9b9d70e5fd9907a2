import "server-only";
import { articleHeading } from "@/lib/articles/heading";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor, LIST_PAGE } from "@/lib/server/paging";

/**
 * One page of an event's articles in publication order (undated last, then by id), after a
 * cursor: the page's articles with outlet, confirmed claim count and candidates waiting for
 * review, how many the event has, how many candidates wait in all of them, and the cursor of
 * the next page. Keyset paging: no page costs more than the first.
 */
export async function eventArticlePage(db: PrismaClient, eventId: string, after: string | null) {
  const from = decodeCursor(after);
  // the cursor's key is the last article's date (ISO), or "" once the undated ones are reached
  const at = from?.key ? new Date(from.key) : null;
  const ordered = await db.$queryRaw<{ id: string; publishedAt: Date | string | null }[]>`
    SELECT a."id" AS "id", a."publishedAt" AS "publishedAt"
      FROM "EventArticle" ea JOIN "Article" a ON a."id" = ea."articleId"
     WHERE ea."eventId" = ${eventId}
       ${
         !from
           ? Prisma.empty
           : at && !Number.isNaN(at.getTime())
             ? Prisma.sql`AND (a."publishedAt" IS NULL OR a."publishedAt" > ${at} OR (a."publishedAt" = ${at} AND a."id" > ${from.id}))`
             : Prisma.sql`AND a."publishedAt" IS NULL AND a."id" > ${from.id}`
       }
     ORDER BY a."publishedAt" IS NULL, a."publishedAt", a."id"
     LIMIT ${LIST_PAGE + 1}`;
  const keyed = ordered.map((r) => ({
    id: r.id,
    key: r.publishedAt === null ? "" : new Date(r.publishedAt).toISOString(),
  }));
  const page = keyed.slice(0, LIST_PAGE);
  const ids = page.map((r) => r.id);
  const [rows, counts, pending, total, waiting] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids } },
      select: articleHeading,
    }),
    db.claim.groupBy({
      by: ["articleId"],
      where: { articleId: { in: ids }, eventId, status: "confirmed", deletedAt: null },
      _count: { _all: true },
    }),
    db.candidate.groupBy({
      by: ["articleId"],
      where: { articleId: { in: ids }, status: "pending" },
      _count: { _all: true },
    }),
    db.eventArticle.count({ where: { eventId } }),
    waitingInEvent(db, eventId),
  ]);
  const byId = new Map(rows.map((a) => [a.id, a]));
  const claimCount = new Map(counts.map((c) => [c.articleId, c._count._all]));
  const waitingCount = new Map(pending.map((c) => [c.articleId, c._count._all]));
  const last = page.at(-1);
  return {
    items: ids.map((id) => {
      const a = byId.get(id)!;
      return {
        id: a.id,
        title: a.title,
        lang: a.lang,
        publishedAt: publishedOn(a),
        outlet: a.outlet,
        claimCount: claimCount.get(id) ?? 0,
        waiting: waitingCount.get(id) ?? 0,
      };
    }),
    total,
    waiting,
    next: keyed.length > LIST_PAGE && last ? encodeCursor(last.key, last.id) : null,
  };
}

/**
 * The candidates waiting for review in an event's articles, in how many articles, and the first of
 * those articles: one query over the event's key and the candidates' (article, status) index, so
 * that it costs the same whatever the size of the corpus.
 */
async function waitingInEvent(db: PrismaClient, eventId: string) {
  const [row] = await db.$queryRaw<{ candidates: unknown; articles: unknown; first: string | null }[]>`
    SELECT COUNT(*) AS "candidates", COUNT(DISTINCT c."articleId") AS "articles", MIN(c."articleId") AS "first"
      FROM "EventArticle" ea JOIN "Candidate" c ON c."articleId" = ea."articleId" AND c."status" = 'pending'
     WHERE ea."eventId" = ${eventId}`;
  return { candidates: Number(row?.candidates ?? 0), articles: Number(row?.articles ?? 0), first: row?.first ?? null };
}
