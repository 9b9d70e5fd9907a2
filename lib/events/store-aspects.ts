import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { changedTexts } from "@/lib/domain/localize";
import { aspectKind, id, lng, perLanguage, plainText } from "@/lib/domain/schemas";
import { blankIsNull } from "@/lib/domain/schemas";
import { Refusal } from "@/lib/server/errors";
import { uniqueSlug } from "@/lib/text/slug";

/** The questions of an event on which outlets may differ: created, reworded, reordered, merged, deleted. */

const question = plainText(300).pipe(z.string().min(3));
const unit = z.preprocess(blankIsNull, z.string().trim().max(40).nullable());

/** An aspect as the claim form creates it with a claim: its question in the interface language. */
export const aspectFields = z.strictObject({
  question,
  kind: aspectKind,
  unit: unit.default(null),
  lang: lng,
});

/** A new aspect of an event. */
export const newAspect = aspectFields.extend({ eventId: id });

export const aspectChange = z.strictObject({
  question: perLanguage(300).optional(),
  kind: aspectKind.optional(),
  unit: unit.optional(),
  /** where it stands among the event's aspects, from 0 */
  position: z.number().int().min(0).max(10_000).optional(),
});

export const aspectMerge = z.strictObject({ into: id });
export const aspectDeletion = z.strictObject({ moveTo: id.optional() });

/** Creates an aspect within `tx`, at the end of its event's list, audited. */
export async function insertAspect(tx: Tx, input: z.output<typeof newAspect>, userId: string) {
  const event = await tx.event.findUnique({
    where: { id: input.eventId },
    include: { aspects: { select: { slug: true, position: true } } },
  });
  if (!event) throw new Refusal("invalid", { fields: ["eventId"] });
  const slug = await uniqueSlug(input.question, "aspect", (s) => event.aspects.some((a) => a.slug === s));
  const aspect = await tx.aspect.create({
    data: {
      eventId: event.id,
      slug,
      kind: input.kind,
      unit: input.unit,
      position: Math.max(-1, ...event.aspects.map((a) => a.position)) + 1,
      translations: { create: { lang: input.lang, question: input.question } },
    },
  });
  await recordAudit(tx, {
    userId,
    action: "create",
    entityType: "aspect",
    entityId: aspect.id,
    after: { slug, kind: input.kind, unit: input.unit, question: input.question, lang: input.lang },
  });
  return { id: aspect.id, slug, kind: aspect.kind, unit: aspect.unit, question: input.question };
}

export async function createAspect(db: PrismaClient, input: z.output<typeof newAspect>, user: AuthUser) {
  return db.$transaction((tx) => insertAspect(tx, input, user.id));
}

async function snapshot(tx: Tx, aspectId: string) {
  const aspect = await tx.aspect.findUnique({
    where: { id: aspectId },
    include: { translations: { orderBy: { lang: "asc" } } },
  });
  return (
    aspect && {
      eventId: aspect.eventId,
      slug: aspect.slug,
      kind: aspect.kind,
      unit: aspect.unit,
      position: aspect.position,
      questions: aspect.translations.map((t) => ({ lang: t.lang, text: t.question })),
    }
  );
}

/** Numbers the event's aspects 0, 1, 2… in their order, with `moved` (when given) at `to`. */
async function renumber(tx: Tx, eventId: string, moved?: { id: string; to: number }) {
  const aspects = await tx.aspect.findMany({
    where: { eventId },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, position: true },
  });
  const order = aspects.filter((a) => a.id !== moved?.id);
  if (moved) order.splice(Math.min(moved.to, order.length), 0, { id: moved.id, position: -1 });
  for (const [position, a] of order.entries())
    if (a.position !== position) await tx.aspect.update({ where: { id: a.id }, data: { position } });
}

/** Rewords an aspect (per language), changes its kind or unit, or moves it in the event's order. */
export async function updateAspect(
  db: PrismaClient,
  aspectId: string,
  change: z.output<typeof aspectChange>,
  user: AuthUser,
) {
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, aspectId);
    if (!before) throw new Refusal("notFound");
    const questions = changedTexts(before.questions, change.question);
    if (questions.size === 0) throw new Refusal("invalid", { fields: ["question"] });
    if ([...questions.values()].some((q) => q.length < 3)) throw new Refusal("invalid", { fields: ["question"] });
    const rows = [...questions].map(([lang, text]) => ({ lang, text })).sort((a, b) => a.lang.localeCompare(b.lang));
    const questionsChange = JSON.stringify(rows) !== JSON.stringify(before.questions);
    if (questionsChange) {
      await tx.aspectTranslation.deleteMany({ where: { aspectId } });
      await tx.aspectTranslation.createMany({ data: rows.map((r) => ({ aspectId, lang: r.lang, question: r.text })) });
    }
    const data = {
      ...(change.kind !== undefined && change.kind !== before.kind && { kind: change.kind }),
      ...(change.unit !== undefined && change.unit !== before.unit && { unit: change.unit }),
    };
    if (Object.keys(data).length) await tx.aspect.update({ where: { id: aspectId }, data });
    if (change.position !== undefined && change.position !== before.position)
      await renumber(tx, before.eventId, { id: aspectId, to: change.position });
    const after = (await snapshot(tx, aspectId))!;
    if (JSON.stringify(after) !== JSON.stringify(before))
      await recordAudit(tx, {
        userId: user.id,
        action: "update",
        entityType: "aspect",
        entityId: aspectId,
        before,
        after,
      });
    return after;
  });
}

/**
 * Merges an aspect into another of the same event: its claims (deleted ones too, so an
 * undo still finds its aspect) move to `into`, and it is gone. One audited transaction.
 */
export async function mergeAspect(db: PrismaClient, aspectId: string, into: string, user: AuthUser) {
  if (aspectId === into) throw new Refusal("mergeSelf", { fields: ["into"] });
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([snapshot(tx, aspectId), snapshot(tx, into)]);
    if (!source) throw new Refusal("notFound");
    if (!target || target.eventId !== source.eventId) throw new Refusal("invalid", { fields: ["into"] });
    const moved = await tx.claim.updateMany({ where: { aspectId }, data: { aspectId: into } });
    await tx.aspect.delete({ where: { id: aspectId } });
    await renumber(tx, source.eventId);
    await recordAudit(tx, {
      userId: user.id,
      action: "merge",
      entityType: "aspect",
      entityId: aspectId,
      before: source,
      after: { into, claimsMoved: moved.count },
    });
    return { into, claimsMoved: moved.count };
  });
}

/** Deletes an aspect that has no claims; one that has them needs `moveTo`, and is merged into it. */
export async function deleteAspect(db: PrismaClient, aspectId: string, moveTo: string | undefined, user: AuthUser) {
  if (moveTo) return mergeAspect(db, aspectId, moveTo, user);
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, aspectId);
    if (!before) throw new Refusal("notFound");
    const count = await tx.claim.count({ where: { aspectId, deletedAt: null } });
    if (count) throw new Refusal("aspectNotEmpty", { count, fields: ["moveTo"] });
    await tx.claim.updateMany({ where: { aspectId }, data: { aspectId: null } });
    await tx.aspect.delete({ where: { id: aspectId } });
    await renumber(tx, before.eventId);
    await recordAudit(tx, { userId: user.id, action: "delete", entityType: "aspect", entityId: aspectId, before });
    return { into: null, claimsMoved: 0 };
  });
}
