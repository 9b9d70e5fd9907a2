import type { PrismaClient, Tx } from "@/lib/db/client";
import { quantityColumns } from "@/lib/domain/quantity";
import { EntityMatcher } from "./entities";
import { extractCandidates } from "./extract";
import { overlaps } from "./text";

/** Every known entity with all its names, for matching speakers. */
export async function entityMatcher(db: PrismaClient | Tx): Promise<EntityMatcher> {
  const entities = await db.entity.findMany({ select: { id: true, kind: true, names: { select: { name: true } } } });
  return new EntityMatcher(entities.map((e) => ({ id: e.id, kind: e.kind, names: e.names.map((n) => n.name) })));
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
  // the article's own outlet is never the speaker of its words, nor a relay of them
  const own = await tx.article.findUnique({
    where: { id: article.id },
    select: { outlet: { select: { name: true, aliases: { select: { name: true } } } } },
  });
  const outlet = own?.outlet ? [own.outlet.name, ...own.outlet.aliases.map((a) => a.name)] : [];
  const drafts = extractCandidates(article.text, article.lang, matcher, { outlet }).filter(
    (d) => !decided.some((x) => x.kind === d.kind && overlaps(x, d)),
  );
  const rows = drafts.map((d) => ({
    row: {
      articleId: article.id,
      quote: article.text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      kind: d.kind,
      stance: d.stance,
      speakerId: d.speaker?.entityId ?? null,
      speakerText: d.speaker?.entityId ? null : (d.speaker?.text ?? null),
      ...quantityColumns(d.quantity),
    },
    relays: d.reportedVia.flatMap((r, position) =>
      r.text || r.entityId ? [{ position, text: r.text ?? "", entityId: r.entityId }] : [],
    ),
  }));
  // most candidates have no relay and go in one statement; the others with their relays
  await tx.candidate.createMany({ data: rows.filter((r) => r.relays.length === 0).map((r) => r.row) });
  for (const { row, relays } of rows.filter((r) => r.relays.length > 0))
    await tx.candidate.create({ data: { ...row, relays: { create: relays } } });
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
