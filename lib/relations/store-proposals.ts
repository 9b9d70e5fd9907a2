import "server-only";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { publishedOn } from "@/lib/domain/dates";
import { quantityOf, quantitySelect } from "@/lib/domain/quantity";
import { isNegating, negatingStances } from "@/lib/domain/vocabulary";
import { Prisma } from "@/lib/generated/prisma/client";
import { nestedAnswers } from "./load-nested";
import { pairKey, proposeRelations, type Proposal, type ProposalClaim } from "./proposals";

/**
 * The relation proposals of an event, stored (RelationProposal) so that an editor's page reads one
 * page of them, however big the event. They are computed an aspect at a time, as proposals only
 * join claims of one aspect, and kept current by the database: the triggers of the migration
 * relation_proposals mark an aspect stale (its ProposalState row gone, or not fresh) on every write
 * its proposals depend on, and remove a pair's proposal when the pair is related, which is all a
 * decision changes. Whatever reads them computes the stale aspects of its event first; a write
 * through the app computes them after its answer has gone (lib/server/mutation.ts).
 */

/** How many characters around a claim the proposals read for the speaker, words and figure it answers. */
const CONTEXT = 300;

/** The claims of an aspect as the proposals read them, with the words around each denial (cut by the database). */
async function proposalClaims(db: PrismaClient | Tx, aspectId: string): Promise<ProposalClaim[]> {
  const rows = await db.claim.findMany({
    where: { aspectId, deletedAt: null, status: "confirmed" },
    select: {
      id: true,
      aspectId: true,
      articleId: true,
      start: true,
      stance: true,
      quote: true,
      ...quantitySelect,
      speaker: { select: { id: true, names: { select: { name: true } } } },
      article: { select: { outletId: true, lang: true, publishedAt: true, datePrecision: true } },
    },
  });
  const windows = await db.$queryRaw<{ id: string; context: string }[]>`
    SELECT c."id" AS "id",
           substr(a."text", ${dialectOf(db).greater(Prisma.sql`1`, Prisma.sql`c."start" + 1 - ${CONTEXT}`)}, c."end" - c."start" + 2 * ${CONTEXT}) AS "context"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."aspectId" = ${aspectId} AND c."deletedAt" IS NULL AND c."status" = 'confirmed'
      AND c."stance" IN (${Prisma.join(negatingStances)})`;
  const context = new Map(windows.map((w) => [w.id, w.context]));
  return rows.map((c) => ({
    id: c.id,
    aspectId: c.aspectId!,
    sourceId: c.article.outletId ?? `article-${c.articleId}`,
    articleId: c.articleId,
    lang: c.article.lang,
    start: c.start,
    stance: c.stance,
    speaker: c.speaker && { id: c.speaker.id, names: c.speaker.names.map((n) => n.name) },
    quote: c.quote,
    context: context.get(c.id) ?? c.quote,
    publishedAt: publishedOn(c.article),
    quantity: quantityOf(c),
  }));
}

/** Both claims still there: what every view shows. */
export const live = { from: { deletedAt: null }, to: { deletedAt: null } } as const;

/**
 * An aspect's proposals computed from scratch, in their order: first each denial's answer held in
 * its own words (whatever the aspect of the claim it holds), then the rest of the aspect's claims
 * (lib/relations/proposals.ts), both leaving out the pairs already related in any way.
 */
export async function aspectProposals(db: PrismaClient | Tx, eventId: string, aspectId: string): Promise<Proposal[]> {
  const related = await db.claimRelation.findMany({
    where: { eventId, ...live },
    select: { fromId: true, toId: true },
  });
  const relatedPairs = new Set(related.map((r) => pairKey(r.fromId, r.toId)));
  const nested = await nestedAnswers(db, eventId, aspectId);
  // a denial holding a claim in its words answers that claim, and no other
  const answered = new Set(nested.map((p) => p.from));
  const claims = (await proposalClaims(db, aspectId)).filter((c) => !answered.has(c.id) || !isNegating(c.stance));
  return [
    ...nested.filter((p) => !relatedPairs.has(pairKey(p.from, p.to))),
    ...proposeRelations(
      claims,
      related.map((r) => ({ from: r.fromId, to: r.toId })),
    ),
  ];
}

/** Rows written in one statement (six values each, within SQLite's 32,766). */
const BATCH = 1_000;

/** How many times an aspect is computed again when a write came in between (then left stale). */
const ATTEMPTS = 3;

/**
 * Computes and stores an aspect's proposals. They are computed outside any transaction (a big
 * event's aspect takes seconds, which no writer should wait for), from the version of the aspect's
 * ProposalState read first, and stored only if the version is still that one: a write they
 * depend on that came in between makes them compute again. Returns whether they were stored.
 */
async function computeAspect(db: PrismaClient, eventId: string, aspectId: string) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await db.$executeRaw`
      INSERT INTO "ProposalState" ("aspectId", "fresh", "version") VALUES (${aspectId}, false, 0)
      ON CONFLICT ("aspectId") DO NOTHING`;
    const state = await db.proposalState.findUnique({ where: { aspectId } });
    if (!state || state.fresh) return true;
    const proposals = await aspectProposals(db, eventId, aspectId);
    const stored = await db.$transaction(
      async (tx) => {
        const { count } = await tx.proposalState.updateMany({
          where: { aspectId, version: state.version },
          data: { fresh: true, version: { increment: 1 } },
        });
        if (count === 0) return false;
        await tx.relationProposal.deleteMany({ where: { aspectId } });
        // many rows to a statement: Prisma's createMany costs several times more on a big aspect
        for (let i = 0; i < proposals.length; i += BATCH) {
          const rows = proposals
            .slice(i, i + BATCH)
            .map((p, j) => Prisma.sql`(${aspectId}, ${i + j}, ${eventId}, ${p.from}, ${p.to}, ${p.kind})`);
          await tx.$executeRaw`
            INSERT INTO "RelationProposal" ("aspectId", "seq", "eventId", "fromId", "toId", "kind")
            VALUES ${Prisma.join(rows)}`;
        }
        return true;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    if (stored) return true;
  }
  return false;
}

/** The computations under way in this process, by client and aspect: a second asker waits for the first. */
const underWay = new WeakMap<PrismaClient, Map<string, Promise<boolean>>>();

function computeOnce(db: PrismaClient, eventId: string, aspectId: string) {
  let mine = underWay.get(db);
  if (!mine) underWay.set(db, (mine = new Map()));
  let computing = mine.get(aspectId);
  if (!computing) {
    computing = computeAspect(db, eventId, aspectId).finally(() => mine.delete(aspectId));
    mine.set(aspectId, computing);
  }
  return computing;
}

/**
 * The aspects whose proposals are stale or were never computed: of one event, or of all; with
 * `written`, only those a write made stale (computed before), not those never computed.
 */
export async function staleAspects(db: PrismaClient, eventId?: string, { written = false } = {}) {
  return db.aspect.findMany({
    where: {
      ...(eventId && { eventId }),
      OR: [...(written ? [] : [{ proposed: null }]), { proposed: { fresh: false } }],
    },
    orderBy: [{ eventId: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, eventId: true },
  });
}

/**
 * Brings stored proposals up to date: an event's (before an editor reads them), or every event's
 * (`npm run proposals`), at most `limit` aspects, with `written` only those writes made stale;
 * `progress` is told after each. Returns how many
 * aspects were computed (an aspect written to on every attempt stays stale for the next read).
 */
export async function refreshProposals(
  db: PrismaClient,
  {
    eventId,
    written = false,
    limit = Infinity,
    progress,
  }: { eventId?: string; written?: boolean; limit?: number; progress?: (done: number, total: number) => void } = {},
) {
  const stale = (await staleAspects(db, eventId, { written })).slice(0, limit);
  for (const [i, aspect] of stale.entries()) {
    await computeOnce(db, aspect.eventId, aspect.id);
    progress?.(i + 1, stale.length);
  }
  return stale.length;
}

/** Forgets every stored proposal, so that the next refresh computes all of them (`npm run proposals -- --all`). */
export async function forgetProposals(db: PrismaClient) {
  await db.$transaction([db.relationProposal.deleteMany(), db.proposalState.deleteMany()]);
}

/**
 * The stored proposals of an event in their order (aspect by aspect, in the aspects' order), from
 * the `skip`th, at most `take`; with how many there are. Each aspect's count is read by the index,
 * then only the aspects the window falls in are read.
 */
export async function storedProposals(db: PrismaClient, eventId: string, skip = 0, take = Infinity) {
  await refreshProposals(db, { eventId });
  const [counts, aspects] = await Promise.all([
    db.relationProposal.groupBy({ by: ["aspectId"], where: { eventId }, _count: { _all: true } }),
    db.aspect.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.aspectId, c._count._all]));
  const total = counts.reduce((sum, c) => sum + c._count._all, 0);
  const items: Proposal[] = [];
  let before = 0;
  for (const { id: aspectId } of aspects) {
    const n = count.get(aspectId) ?? 0;
    const from = Math.max(0, skip - before);
    before += n;
    if (from >= n || items.length >= take) continue;
    const rows = await db.relationProposal.findMany({
      where: { aspectId },
      orderBy: { seq: "asc" },
      skip: from,
      ...(Number.isFinite(take) && { take: take - items.length }),
      select: { fromId: true, toId: true, kind: true },
    });
    for (const r of rows) items.push({ from: r.fromId, to: r.toId, kind: r.kind });
  }
  return { items, total };
}
