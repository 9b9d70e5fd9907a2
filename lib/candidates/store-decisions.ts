import "server-only";
import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import { suggestAspect, type AspectProfile } from "@/lib/candidates/aspect";
import { relaysInclude, shownRelays } from "@/lib/claims/relays";
import { insertClaim } from "@/lib/claims/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { entityName } from "@/lib/domain/localize";
import { quantityOf, quantitySelect } from "@/lib/domain/quantity";
import { id } from "@/lib/domain/schemas";
import { candidateStatuses, type CandidateStatus } from "@/lib/domain/vocabulary";
import { likelyKind, properName } from "@/lib/entities/kind";
import { entityFor } from "@/lib/entities/store-resolve";
import { aspectFields, insertAspect } from "@/lib/events/store-aspects";
import { joinChanges } from "@/lib/relations/store-changes";
import { Refusal } from "@/lib/server/errors";
import { crosses } from "@/lib/text/segments";

export const MAX_DECISIONS = 200;

/**
 * A decision on one or more candidates of an article, all or nothing: accept
 * (each becomes a confirmed claim in the aspect), reject, or reopen a rejected one.
 * Each accepted candidate goes to `aspects[id]`, else to a new aspect of the event
 * `newAspects[id]` (its question in `lang`; candidates given the same one share it),
 * else to `aspectId`; a candidate with none of them, or with two, is refused.
 */
export const candidateDecision = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("accept"),
    ids: z.array(id).min(1).max(MAX_DECISIONS),
    eventId: id,
    aspectId: id.optional(),
    /** another aspect for some of them (an aspect of one of the article's events), by candidate id */
    aspects: z.record(id, id).optional(),
    /** a new aspect of the event for some of them, by candidate id */
    newAspects: z.record(id, aspectFields).optional(),
  }),
  z.strictObject({ action: z.enum(["reject", "reopen"]), ids: z.array(id).min(1).max(MAX_DECISIONS) }),
]);
export type CandidateDecision = z.output<typeof candidateDecision>;

/**
 * An article's candidates in text order, each with the claim it became (accepted)
 * or the live claim that already covers its words (a pending candidate that cannot
 * be accepted without overlapping it). Null when the article does not exist.
 */
export async function listCandidates(db: PrismaClient, articleId: string, lng: Lng, status?: CandidateStatus) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, lang: true } });
  if (!article) return null;
  const [rows, claims, aspects] = await Promise.all([
    db.candidate.findMany({
      where: { articleId, ...(status && { status }) },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      include: {
        speaker: { include: { names: true } },
        ...relaysInclude,
        decidedBy: { select: { id: true, name: true } },
      },
    }),
    db.claim.findMany({
      where: { articleId, deletedAt: null, status: { not: "rejected" } },
      select: { id: true, start: true, end: true },
    }),
    aspectProfiles(db, articleId),
  ]);
  const counts = Object.fromEntries(candidateStatuses.map((s) => [s, 0])) as Record<CandidateStatus, number>;
  for (const c of await db.candidate.groupBy({ by: ["status"], where: { articleId }, _count: true }))
    counts[c.status] = c._count;
  return {
    articleId,
    counts,
    candidates: rows.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      quote: c.quote,
      kind: c.kind,
      stance: c.stance,
      status: c.status,
      speaker: c.speaker ? { id: c.speaker.id, name: entityName(c.speaker.names, lng)?.text ?? c.speaker.slug } : null,
      speakerText: c.speakerText,
      reportedVia: shownRelays(c.relays, lng),
      quantity: quantityOf(c),
      claimId: c.claimId,
      coveredBy: c.status === "pending" ? (claims.find((k) => crosses(k, c))?.id ?? null) : null,
      /** the aspect its claim would most likely belong to, or a new one, proposed before accepting (`AspectProposal`) */
      suggestedAspect:
        c.status === "pending"
          ? suggestAspect(
              { quote: c.quote, lang: article.lang, kind: c.kind, speakerId: c.speakerId, quantity: quantityOf(c) },
              aspects,
              lng,
            )
          : null,
      decidedBy: c.decidedBy,
      decidedAt: c.decidedAt?.toISOString() ?? null,
    })),
  };
}
/** How many of an aspect's claims the suggestion reads: enough to know what it is about. */
const PROFILE_CLAIMS = 100;

/** The aspects of the article's events, each with some of its claims, for `suggestAspect`. */
async function aspectProfiles(db: PrismaClient, articleId: string): Promise<AspectProfile[]> {
  const rows = await db.aspect.findMany({
    where: { event: { articles: { some: { articleId } } } },
    orderBy: [{ eventId: "asc" }, { position: "asc" }],
    include: {
      translations: { select: { question: true } },
      claims: {
        where: { deletedAt: null, status: "confirmed" },
        orderBy: { createdAt: "desc" },
        take: PROFILE_CLAIMS,
        select: { quote: true, speakerId: true, ...quantitySelect, article: { select: { lang: true } } },
      },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    eventId: a.eventId,
    kind: a.kind,
    unit: a.unit,
    questions: a.translations.map((t) => t.question),
    claims: a.claims.map((c) => ({
      quote: c.quote,
      lang: c.article.lang,
      unit: c.unit,
      counted: c.counted,
      stated: quantityOf(c)?.stated ?? null,
      speakerId: c.speakerId,
    })),
  }));
}

export type CandidateList = NonNullable<Awaited<ReturnType<typeof listCandidates>>>;
export type CandidateView = CandidateList["candidates"][number];

/**
 * Who a candidate's words are from, as its claim records them: a speaker named by a proper name
 * becomes an entity (found by its name's skeleton, or made), one named by a description stays
 * words ("local journalists"); each relay likewise, the chain without a source named twice.
 */
async function attribution(
  tx: Tx,
  row: { speakerId: string | null; speakerText: string | null; relays: { text: string; entityId: string | null }[] } & {
    article: { lang: string };
  },
  actorId: string,
) {
  const lang = row.article.lang;
  const entityOf = async (words: string | null) => {
    const name = words && properName(words);
    return name ? entityFor(tx, name, likelyKind(name), lang, actorId) : null;
  };
  const speakerId = row.speakerId ?? (await entityOf(row.speakerText));
  const reportedVia: { text: string; entityId: string | null }[] = [];
  for (const r of row.relays) {
    const entityId = r.entityId ?? (await entityOf(r.text));
    const same = (x: { text: string; entityId: string | null }) =>
      entityId ? x.entityId === entityId : x.text.toLowerCase() === r.text.toLowerCase();
    if ((!entityId || entityId !== speakerId) && !reportedVia.some(same)) reportedVia.push({ text: r.text, entityId });
  }
  return { speakerId, speakerText: speakerId ? null : row.speakerText, reportedVia };
}

type Acceptance = Extract<CandidateDecision, { action: "accept" }>;

/**
 * The aspect each accepted candidate goes to, by candidate id: the one chosen for it, a new one
 * made for it in the decision's event (once for candidates given the same), or the decision's.
 */
function aspectChooser(tx: Tx, decision: Acceptance, userId: string) {
  const made = new Map<string, { id: string; eventId: string }>();
  return async (candidateId: string) => {
    const chosen = decision.aspects?.[candidateId];
    const fresh = decision.newAspects?.[candidateId];
    if (chosen && fresh) throw new Refusal("invalid", { fields: ["newAspects"] });
    if (chosen) {
      const aspect = await tx.aspect.findUnique({ where: { id: chosen }, select: { id: true, eventId: true } });
      if (!aspect) throw new Refusal("invalid", { fields: ["aspects"] });
      return aspect;
    }
    if (fresh) {
      const key = JSON.stringify([fresh.question, fresh.kind, fresh.unit, fresh.lang]);
      let aspect = made.get(key);
      if (!aspect) {
        aspect = {
          id: (await insertAspect(tx, { ...fresh, eventId: decision.eventId }, userId)).id,
          eventId: decision.eventId,
        };
        made.set(key, aspect);
      }
      return aspect;
    }
    if (!decision.aspectId) throw new Refusal("invalid", { fields: ["aspectId"] });
    return { id: decision.aspectId, eventId: decision.eventId };
  };
}

/** Applies a decision to candidates of one article in one transaction; any refusal changes nothing. */
export async function decideCandidates(
  db: PrismaClient,
  articleId: string,
  decision: CandidateDecision,
  user: AuthUser,
) {
  return db.$transaction(async (tx) => {
    const ids = [...new Set(decision.ids)];
    const rows = await tx.candidate.findMany({
      where: { id: { in: ids }, articleId },
      orderBy: { start: "asc" },
      include: { relays: { orderBy: { position: "asc" } }, article: { select: { lang: true } } },
    });
    if (rows.length !== ids.length) throw new Refusal("invalid", { fields: ["ids"] });
    const wanted = decision.action === "reopen" ? "rejected" : "pending";
    if (rows.some((r) => r.status !== wanted)) throw new Refusal("alreadyDecided");
    const decided = { decidedById: user.id, decidedAt: new Date() };
    const aspectOf = decision.action === "accept" ? aspectChooser(tx, decision, user.id) : null;
    for (const row of rows) {
      let claimId: string | null = null;
      if (aspectOf) {
        const quantity = quantityOf(row);
        const aspect = await aspectOf(row.id);
        const claim = await insertClaim(
          tx,
          {
            articleId,
            start: row.start,
            end: row.end,
            eventId: aspect.eventId,
            aspectId: aspect.id,
            kind: row.kind,
            stance: row.stance,
            ...(await attribution(tx, row, user.id)),
            quantity,
            note: null,
          },
          user.id,
        );
        claimId = claim.id;
      }
      const status = decision.action === "accept" ? "accepted" : decision.action === "reject" ? "rejected" : "pending";
      await tx.candidate.update({
        where: { id: row.id },
        data: { status, claimId, ...(status === "pending" ? { decidedById: null, decidedAt: null } : decided) },
      });
      await recordAudit(tx, {
        userId: user.id,
        action: decision.action,
        entityType: "candidate",
        entityId: row.id,
        before: { status: row.status },
        after: { status, claimId },
      });
    }
    // two figures of a change, once both are claims, are joined: the later updates the earlier
    if (decision.action === "accept") await joinChanges(tx, articleId, user.id);
    return { action: decision.action, ids };
  });
}
