import "server-only";
import type { Lng } from "@/i18n/settings";
import type { PrismaClient } from "@/lib/db/client";
import type { Dispute, DisputeInput } from "./disagreements";
import { shownClaims } from "./load-rows";
import type { ComparisonRelation, ShownClaim } from "./model";

/**
 * What one batch of the CSV names besides its own claims, so that a person can read it: the claims
 * its claims point at (who disputes them, what they relate to, the first of their claim group),
 * read whole, and their articles' titles and addresses.
 */
export async function exportContext(
  db: PrismaClient,
  claims: ShownClaim[],
  relations: readonly ComparisonRelation[],
  lng: Lng,
  disputesOf: (c: DisputeInput) => Dispute[],
) {
  const own = new Map(claims.map((c) => [c.id, c]));
  const wanted = new Set<string>();
  for (const c of claims) {
    for (const id of c.disputedBy) wanted.add(id);
    wanted.add(c.clusterId);
  }
  for (const r of relations) if (own.has(r.from)) wanted.add(r.to);
  const others = await shownClaims(
    db,
    [...wanted].filter((id) => !own.has(id)),
    lng,
    disputesOf,
  );
  const articles = await db.article.findMany({
    where: { id: { in: [...new Set(claims.map((c) => c.articleId))] } },
    select: { id: true, title: true, url: true },
  });
  return {
    named: new Map<string, ShownClaim>([...own, ...others.map((c) => [c.id, c] as const)]),
    articles: new Map(articles.map((a) => [a.id, a])),
  };
}

/** A batch of the CSV: its claims and what they name. */
export type ExportBatch = { claims: ShownClaim[] } & Awaited<ReturnType<typeof exportContext>>;
