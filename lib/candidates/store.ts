import type { PrismaClient, Tx } from "@/lib/db/client";
import { quantityColumns } from "@/lib/domain/quantity";
import { EntityMatcher } from "./entities";
import { extractCandidates } from "./extract";
import { overlaps } from "./text";

/** Every known entity with all its names, for matching speakers. */
export async function entityMatcher(db: PrismaClient | Tx): Promise<EntityMatcher> {
  const entities = await db.entity.findMany({ select: { id: true, names: { select: { name: true } } } });
  return new EntityMatcher(entities.map((e) => ({ id: e.id, names: e.names.map((n) => n.name) })));
}

export interface Recomputed {
  articleId: string;
  /** pending candidates stored now */
  pending: number;
  /** accepted and rejected candidates, kept as they were */
  decided: number;
}

type Decided = { start: number; end: number; kind: string };

/**
 * Stores what the extractor finds in an article as pending candidates, except where
 * a decided candidate of the same kind overlaps: that is the same proposal again.
 * Returns how many were stored.
 */
export async function proposeCandidates(
  tx: Tx,
  article: { id: string; text: string; lang: string },
  matcher: EntityMatcher,
  decided: Decided[] = [],
): Promise<number> {
  const drafts = extractCandidates(article.text, article.lang, matcher).filter(
    (d) => !decided.some((x) => x.kind === d.kind && overlaps(x, d)),
  );
  await tx.candidate.createMany({
    data: drafts.map((d) => ({
      articleId: article.id,
      quote: article.text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      kind: d.kind,
      stance: d.stance,
      speakerId: d.speaker?.entityId ?? null,
      speakerText: d.speaker?.entityId ? null : (d.speaker?.text ?? null),
      ...quantityColumns(d.quantity),
    })),
  });
  return drafts.length;
}

/**
 * Replaces an article's pending candidates with what the extractor finds now.
 * Accepted and rejected candidates stay, so a decision survives any number of
 * recomputations.
 */
export async function recomputeCandidates(
  tx: Tx,
  article: { id: string; text: string; lang: string },
  matcher: EntityMatcher,
): Promise<Recomputed> {
  const decided = await tx.candidate.findMany({
    where: { articleId: article.id, status: { not: "pending" } },
    select: { start: true, end: true, kind: true },
  });
  await tx.candidate.deleteMany({ where: { articleId: article.id, status: "pending" } });
  const pending = await proposeCandidates(tx, article, matcher, decided);
  return { articleId: article.id, pending, decided: decided.length };
}
