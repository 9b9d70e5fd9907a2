import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countFacets, FACET_SIZE, type FacetCounts, type FacetGroup, type FacetNames, type FacetRow } from "./facets";
import type { FilteredMatches } from "./load-matches";

/**
 * The matches counted by every facet: one pass groups them by every facet at once (the
 * combinations are few); the events an article belongs to need a join of their own.
 */
export async function loadFacetCounts(matches: FilteredMatches): Promise<FacetCounts> {
  const [groups, byEvent] = await Promise.all([
    matches<FacetGroup[]>(
      `h."kind" AS "kind", a."lang" AS "lang", a."outletId" AS "outlet", c."kind" AS "claimKind", c."speakerId" AS "speaker", count(*) AS "n"`,
      { tail: Prisma.sql`GROUP BY h."kind", a."lang", a."outletId", c."kind", c."speakerId"` },
    ),
    matches<FacetRow[]>(`ea."eventId" AS "value", count(*) AS "n"`, {
      join: Prisma.sql`JOIN "EventArticle" ea ON ea."articleId" = h."articleId"`,
      tail: Prisma.sql`GROUP BY ea."eventId" ORDER BY "n" DESC, "value" LIMIT ${FACET_SIZE}`,
    }),
  ]);
  return countFacets(groups, byEvent);
}

/** The outlets, events and speakers the facets count, to name them. */
export async function loadFacetNames(db: PrismaClient, counts: FacetCounts): Promise<FacetNames> {
  const ids = (rows: FacetRow[]) => ({ in: rows.map((f) => f.value) });
  const [outlets, events, speakers] = await Promise.all([
    db.outlet.findMany({ where: { id: ids(counts.byOutlet) }, select: { id: true, name: true } }),
    db.event.findMany({ where: { id: ids(counts.byEvent) }, select: { id: true, slug: true, translations: true } }),
    db.entity.findMany({ where: { id: ids(counts.bySpeaker) }, include: { names: true } }),
  ]);
  return { outlets, events, speakers };
}
