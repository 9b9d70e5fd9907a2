import type { PrismaClient, Tx } from "@/lib/db/client";
import { insertRows, newId } from "@/lib/db/rows";
import { quantityColumns } from "@/lib/domain/quantity";
import { EntityMatcher, type KnownEntity } from "./entities";
import { extractCandidates, type CandidateDraft } from "./extract";
import { overlaps } from "./text";

/** Every known entity with all its names. */
export async function entityNames(db: PrismaClient | Tx): Promise<KnownEntity[]> {
  const entities = await db.entity.findMany({ select: { id: true, kind: true, names: { select: { name: true } } } });
  return entities.map((e) => ({ id: e.id, kind: e.kind, names: e.names.map((n) => n.name) }));
}

/** Every known entity with all its names, for matching speakers. */
export async function entityMatcher(db: PrismaClient | Tx): Promise<EntityMatcher> {
  return new EntityMatcher(await entityNames(db));
}

export interface Recomputed {
  articleId: string;
  /** pending candidates stored now */
  pending: number;
  /** accepted and rejected candidates, kept as they were */
  decided: number;
}

const CANDIDATE_COLUMNS = [
  "id",
  "articleId",
  "quote",
  "start",
  "end",
  "kind",
  "stance",
  "speakerId",
  "speakerText",
  "low",
  "high",
  "unit",
  "counted",
  "approximate",
  "statedLow",
  "statedHigh",
  "vagueness",
  "status",
  "createdAt",
] as const;

type Decided = { start: number; end: number; kind: string };

/** What the extractor finds in an article, given its outlet's names (never a speaker of its words). */
export type Drafts = (outlet: string[]) => CandidateDraft[] | Promise<CandidateDraft[]>;

/** The extractor run here with a matcher (an import's workers run it beside the store). */
export const draftsWith =
  (article: { text: string; lang: string }, matcher: EntityMatcher): Drafts =>
  (outlet) =>
    extractCandidates(article.text, article.lang, matcher, { outlet });

/**
 * Stores what the extractor finds in an article as pending candidates, except where
 * a decided candidate of the same kind overlaps: that is the same proposal again.
 * Returns how many were stored.
 */
export async function proposeCandidates(
  tx: Tx,
  article: { id: string; text: string },
  extract: Drafts,
  decided: Decided[] = [],
): Promise<number> {
  // the article's own outlet is never the speaker of its words, nor a relay of them
  const outlet = (
    await tx.$queryRaw<{ name: string }[]>`
      SELECT o."name" FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE a."id" = ${article.id}
      UNION ALL
      SELECT n."name" FROM "Article" a JOIN "OutletAlias" n ON n."outletId" = a."outletId" WHERE a."id" = ${article.id}`
  ).map((o) => o.name);
  const drafts = (await extract(outlet)).filter((d) => !decided.some((x) => x.kind === d.kind && overlaps(x, d)));
  const createdAt = new Date();
  const rows = drafts.map((d) => ({
    id: newId(),
    articleId: article.id,
    quote: article.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    kind: d.kind,
    stance: d.stance,
    speakerId: d.speaker?.entityId ?? null,
    speakerText: d.speaker?.entityId ? null : (d.speaker?.text ?? null),
    ...quantityColumns(d.quantity),
    approximate: d.quantity?.approximate ?? false,
    status: "pending",
    createdAt,
  }));
  const relays = drafts.flatMap((d, i) =>
    d.reportedVia.flatMap((r, position) =>
      r.text || r.entityId ? [{ candidateId: rows[i]!.id, position, text: r.text ?? "", entityId: r.entityId }] : [],
    ),
  );
  // an import writes two dozen candidates an article: a statement for them all, and one for their relays
  await insertRows(tx, "Candidate", CANDIDATE_COLUMNS, rows);
  await insertRows(tx, "CandidateRelay", ["candidateId", "position", "text", "entityId"], relays);
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
  const pending = await proposeCandidates(tx, article, draftsWith(article, matcher), decided);
  return { articleId: article.id, pending, decided: decided.length };
}
