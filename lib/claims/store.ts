import "server-only";
import { z } from "zod";
import { checkSpan } from "@/lib/anchoring/span";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { quantityColumns, quantitySchema } from "@/lib/domain/quantity";
import { claimKind, differences, id, plainText, stance } from "@/lib/domain/schemas";
import { aspectFields, insertAspect } from "@/lib/events/store-aspects";
import { reindex } from "@/lib/search/reindex";
import { Refusal } from "@/lib/server/errors";
import { loops, relayChain, type RelayInput } from "./relays";

const fields = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  eventId: id,
  aspectId: id,
  kind: claimKind,
  stance,
  speakerId: id.nullable(),
  /** the words naming the speaker when they name no entity ("local journalists") */
  speakerText: plainText(200).nullable(),
  quantity: quantitySchema.nullable(),
  note: plainText(4_000).nullable(),
  reportedVia: relayChain,
});

/** A new claim on a span of an article (offsets in UTF-16 code units of the stored text). */
export const newClaim = fields
  .extend({
    articleId: id,
    aspectId: id.optional(),
    /** an aspect to create with the claim, in the same transaction: a refused claim leaves none behind */
    newAspect: aspectFields.optional(),
    speakerId: fields.shape.speakerId.default(null),
    speakerText: fields.shape.speakerText.default(null),
    quantity: fields.shape.quantity.default(null),
    note: fields.shape.note.default(null),
    reportedVia: relayChain.default([]),
  })
  .refine((c) => (c.aspectId === undefined) !== (c.newAspect === undefined), {
    message: "give either aspectId or newAspect",
    path: ["aspectId"],
  });
/** A change to a claim: the version it was made on, and only the fields that change. */
export const claimChange = fields
  .partial()
  .extend({ version: z.number().int().min(1), newAspect: aspectFields.optional() })
  .refine((c) => c.aspectId === undefined || c.newAspect === undefined, {
    message: "give either aspectId or newAspect",
    path: ["aspectId"],
  });

const snapshot = (c: {
  start: number;
  end: number;
  quote: string;
  kind: string;
  stance: string;
  speakerId: string | null;
  speakerText: string | null;
  aspectId: string | null;
  eventId: string | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  approximate: boolean;
  note: string | null;
  status: string;
  version: number;
}) => ({
  start: c.start,
  end: c.end,
  quote: c.quote,
  kind: c.kind,
  stance: c.stance,
  speakerId: c.speakerId,
  speakerText: c.speakerText,
  aspectId: c.aspectId,
  eventId: c.eventId,
  low: c.low,
  high: c.high,
  unit: c.unit,
  counted: c.counted,
  approximate: c.approximate,
  note: c.note,
  status: c.status,
  version: c.version,
});

/** The aspect must belong to the event, the event must cover the article, the speaker must exist. */
async function checkLinks(
  tx: Tx,
  articleId: string,
  eventId: string,
  aspectId: string,
  speakerId: string | null,
  chain: readonly RelayInput[] = [],
) {
  const relayIds = [...new Set(chain.flatMap((r) => (r.entityId ? [r.entityId] : [])))];
  const [link, aspect, speaker, relays] = await Promise.all([
    tx.eventArticle.findUnique({ where: { eventId_articleId: { eventId, articleId } } }),
    tx.aspect.findUnique({ where: { id: aspectId }, select: { eventId: true } }),
    speakerId
      ? tx.entity.findUnique({ where: { id: speakerId }, select: { id: true } })
      : Promise.resolve({ id: null }),
    tx.entity.count({ where: { id: { in: relayIds } } }),
  ]);
  const bad = [
    ...(link ? [] : ["eventId"]),
    ...(aspect?.eventId === eventId ? [] : ["aspectId"]),
    ...(speaker ? [] : ["speakerId"]),
    ...(relays === relayIds.length && !loops(speakerId, chain) ? [] : ["reportedVia"]),
  ];
  if (bad.length) throw new Refusal("invalid", { fields: bad });
}

/**
 * Refuses a span that crosses a live claim of the article: shares words with it without either
 * lying inside the other, or is the very same words. A claim may lie inside another: a denial's
 * sentence holds the figure it denies, and both are claims.
 */
async function refuseCrossing(tx: Tx, articleId: string, start: number, end: number, except?: string) {
  const clash = await tx.claim.findFirst({
    where: {
      articleId,
      deletedAt: null,
      status: { not: "rejected" },
      OR: [
        { start: { lt: start }, end: { gt: start, lt: end } },
        { start: { gt: start, lt: end }, end: { gt: end } },
        { start, end },
      ],
      ...(except && { id: { not: except } }),
    },
    select: { id: true },
  });
  if (clash) throw new Refusal("overlap");
}

/** Creates a confirmed claim within `tx`: the span checked, no overlap, the links valid, the write audited. */
export async function insertClaim(tx: Tx, input: z.output<typeof newClaim>, userId: string) {
  const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, text: true } });
  if (!article) throw new Refusal("invalid", { fields: ["articleId"] });
  const span = checkSpan(article.text, input.start, input.end);
  await refuseCrossing(tx, article.id, span.start, span.end);
  const aspectId = input.newAspect
    ? (await insertAspect(tx, { ...input.newAspect, eventId: input.eventId }, userId)).id
    : input.aspectId!;
  await checkLinks(tx, article.id, input.eventId, aspectId, input.speakerId, input.reportedVia);
  const claim = await tx.claim.create({
    data: {
      articleId: article.id,
      eventId: input.eventId,
      aspectId,
      quote: span.exact,
      start: span.start,
      end: span.end,
      prefix: span.prefix,
      suffix: span.suffix,
      kind: input.kind,
      stance: input.stance,
      speakerId: input.speakerId,
      speakerText: input.speakerId ? null : input.speakerText,
      ...quantityColumns(input.quantity),
      note: input.note,
      status: "confirmed",
      creatorId: userId,
      relays: { create: relayRows(input.reportedVia) },
    },
  });
  await recordAudit(tx, { userId, action: "create", entityType: "claim", entityId: claim.id, after: snapshot(claim) });
  await reindex(tx, { claims: [claim.id] });
  return claim;
}

const relayRows = (chain: readonly RelayInput[]) =>
  chain.map((r, position) => ({ position, text: r.text, entityId: r.entityId }));

export async function createClaim(db: PrismaClient, input: z.output<typeof newClaim>, user: AuthUser) {
  return db.$transaction((tx) => insertClaim(tx, input, user.id));
}

/**
 * Changes a claim made on version `version`. When someone saved it in between, the
 * change is refused (409) and the newer claim comes back in the error's `current`.
 */
export async function updateClaim(db: PrismaClient, id: string, change: z.output<typeof claimChange>, user: AuthUser) {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id },
      include: { article: { select: { text: true } }, relays: { orderBy: { position: "asc" } } },
    });
    if (!before || before.deletedAt) throw new Refusal("notFound");
    const oldChain = before.relays.map((r) => ({ text: r.text, entityId: r.entityId }));
    const chain = change.reportedVia ?? oldChain;
    const chainChanged = JSON.stringify(chain) !== JSON.stringify(oldChain);
    if (before.version !== change.version) throw new ConflictError(before.id);
    let span = {};
    if (change.start !== undefined || change.end !== undefined) {
      const checked = checkSpan(before.article.text, change.start ?? before.start, change.end ?? before.end);
      await refuseCrossing(tx, before.articleId, checked.start, checked.end, id);
      span = {
        start: checked.start,
        end: checked.end,
        quote: checked.exact,
        prefix: checked.prefix,
        suffix: checked.suffix,
      };
    }
    const eventId = change.eventId ?? before.eventId;
    const aspectId =
      change.newAspect && eventId
        ? (await insertAspect(tx, { ...change.newAspect, eventId }, user.id)).id
        : (change.aspectId ?? before.aspectId);
    if (eventId && aspectId)
      await checkLinks(
        tx,
        before.articleId,
        eventId,
        aspectId,
        change.speakerId === undefined ? before.speakerId : change.speakerId,
        chain,
      );
    const data = differences(before, {
      ...span,
      eventId: change.eventId,
      aspectId: aspectId ?? undefined,
      kind: change.kind,
      stance: change.stance,
      speakerId: change.speakerId,
      speakerText: change.speakerId ? null : change.speakerText,
      note: change.note,
      ...quantityColumns(change.quantity),
    });
    // a change that changes nothing keeps the version and writes no audit entry
    if (Object.keys(data).length === 0 && !chainChanged) return before;
    const relays = chainChanged ? { relays: { deleteMany: {}, create: relayRows(chain) } } : {};
    const after = await tx.claim.update({ where: { id }, data: { ...data, ...relays, version: { increment: 1 } } });
    await reindex(tx, { claims: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "update",
      entityType: "claim",
      entityId: id,
      before: { ...snapshot(before), ...(chainChanged && { reportedVia: oldChain }) },
      after: { ...snapshot(after), ...(chainChanged && { reportedVia: chain }) },
    });
    return after;
  });
}

/** Refusal 409 that names the claim whose newer version the client should show. */
export class ConflictError extends Refusal {
  constructor(readonly claimId: string) {
    super("conflict");
  }
}

export async function deleteClaim(db: PrismaClient, id: string, user: AuthUser) {
  await db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id } });
    if (!before || before.deletedAt) throw new Refusal("notFound");
    await tx.claim.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await reindex(tx, { claims: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "delete",
      entityType: "claim",
      entityId: id,
      before: snapshot(before),
    });
  });
}

export async function restoreClaim(db: PrismaClient, id: string, user: AuthUser) {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id } });
    if (!before) throw new Refusal("notFound");
    if (!before.deletedAt) return before;
    await refuseCrossing(tx, before.articleId, before.start, before.end, id);
    const after = await tx.claim.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await reindex(tx, { claims: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "restore",
      entityType: "claim",
      entityId: id,
      after: snapshot(after),
    });
    return after;
  });
}
