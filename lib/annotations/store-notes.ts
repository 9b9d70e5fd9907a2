import "server-only";
import { z } from "zod";
import { fromCodePoints, anchor } from "@/lib/anchoring/anchor";
import { checkSpan } from "@/lib/anchoring/span";
import { matchesEtag, etagOf } from "@/lib/annotations/etag";
import { readOnlyAnnotation, viaColumn } from "@/lib/annotations/serialize";
import { annotationInput, articleIdOf, bodiesOf, selectorsOf, type AnnotationInput } from "@/lib/annotations/w3c";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { reindex } from "@/lib/search/reindex";
import { Refusal } from "@/lib/server/errors";

/** Notes (comments, tags, verdicts on a span or a claim): creating, replacing, deleting and restoring them. */

/**
 * The span an input targets, in the article's stored text: its position when the
 * TextPositionSelector (code points) matches the quote, else the quote re-found.
 * Refuses empty spans, spans across a paragraph break, and quotes not in the text.
 */
export async function resolveSpan(db: PrismaClient | Tx, input: AnnotationInput) {
  const articleId = articleIdOf(input.target.source);
  const article = articleId
    ? await db.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } })
    : null;
  if (!article) throw new Refusal("invalid", { fields: ["target.source"] });
  const { quote, position } = selectorsOf(input);
  let start: number | null = null;
  let end: number | null = null;
  if (position) {
    [start, end] = [fromCodePoints(article.text, position.start), fromCodePoints(article.text, position.end)];
    if (start < 0 || end < 0 || end <= start) throw new Refusal("badSpan", { reason: "outside" });
  }
  if (quote) {
    const found = await anchor(article.text, { ...quote, start, end });
    if (found.by === "orphaned") throw new Refusal("badSpan", { reason: "notFound" });
    [start, end] = [found.start, found.end];
  }
  return { article, ...checkSpan(article.text, start!, end!) };
}

const noteData = (input: AnnotationInput) => ({ motivation: input.motivation, body: JSON.stringify(bodiesOf(input)) });

/**
 * The identity a new annotation keeps from its client (Web Annotation Protocol 5.1): `canonical`
 * as sent, and an `id` it had elsewhere copied into `via`, before any `via` it came with.
 */
function identityOf(input: AnnotationInput) {
  return {
    canonical: input.canonical ?? null,
    via: viaColumn([...(input.id && URL.canParse(input.id) ? [input.id] : []), ...[input.via ?? []].flat()]),
  };
}
const audited = (row: { motivation: string; body: string; start: number; end: number }) => ({
  motivation: row.motivation,
  body: row.body,
  start: row.start,
  end: row.end,
});

/** A claim or a relation is read-only in the container: each changes through its own route. */
function refuseClaim(id: string) {
  if (readOnlyAnnotation(id)) throw new Refusal("notAllowed");
}

/** The note's row before a change, refused when it is gone or when `ifMatch` names another version (412). */
async function current(tx: Tx, id: string, ifMatch: string | null) {
  const before = await tx.annotation.findUnique({ where: { id } });
  if (!before || before.deletedAt) throw new Refusal("notFound");
  if (ifMatch && !matchesEtag(ifMatch, etagOf(id, before.version))) throw new Refusal("preconditionFailed");
  return before;
}

/** Stores a new note; returns its id. */
export async function createNote(db: PrismaClient, input: AnnotationInput, user: AuthUser): Promise<string> {
  return db.$transaction((tx) => insertNote(tx, input, user));
}

/** The parts of one note (a comment, tags, a verdict), each its own W3C annotation, saved in one request. */
export const noteParts = z.strictObject({ annotations: z.array(annotationInput).min(1).max(3) });

/** Stores the parts of a note all together or none of them; returns their ids in order. */
export async function createNoteParts(db: PrismaClient, inputs: AnnotationInput[], user: AuthUser): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const input of inputs) ids.push(await insertNote(tx, input, user));
    return ids;
  });
}

async function insertNote(tx: Tx, input: AnnotationInput, user: AuthUser): Promise<string> {
  const span = await resolveSpan(tx, input);
  const claimId = input["parallax:onClaim"];
  const claim = claimId
    ? await tx.claim.findFirst({
        where: { id: claimId, articleId: span.article.id, deletedAt: null },
        select: { id: true },
      })
    : null;
  if (claimId && !claim) throw new Refusal("invalid", { fields: ["parallax:onClaim"] });
  const { exact, prefix, suffix, start, end } = span;
  const row = await tx.annotation.create({
    data: {
      ...noteData(input),
      ...identityOf(input),
      claimId: claimId ?? null,
      articleId: span.article.id,
      exact,
      prefix,
      suffix,
      start,
      end,
      creatorId: user.id,
    },
  });
  await reindex(tx, { notes: [row.id] });
  await recordAudit(tx, {
    userId: user.id,
    action: "create",
    entityType: "annotation",
    entityId: row.id,
    after: audited(row),
  });
  return row.id;
}

/** Replaces a note. `ifMatch`, when sent, must be the current ETag (412 otherwise). */
export async function updateNote(
  db: PrismaClient,
  id: string,
  input: AnnotationInput,
  user: AuthUser,
  ifMatch: string | null,
) {
  refuseClaim(id);
  await db.$transaction(async (tx) => {
    const span = await resolveSpan(tx, input);
    const before = await current(tx, id, ifMatch);
    if (span.article.id !== before.articleId) throw new Refusal("invalid", { fields: ["target.source"] });
    const { exact, prefix, suffix, start, end } = span;
    // canonical never changes once given; via is replaced only when the client sends one
    const identity = {
      canonical: before.canonical ?? input.canonical ?? null,
      via: input.via === undefined ? before.via : JSON.stringify(input.via),
    };
    const after = await tx.annotation.update({
      where: { id },
      data: { ...noteData(input), ...identity, exact, prefix, suffix, start, end, version: { increment: 1 } },
    });
    await reindex(tx, { notes: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "update",
      entityType: "annotation",
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
  });
}

/** Deletes a note; it stays restorable (undo). */
export async function deleteNote(db: PrismaClient, id: string, user: AuthUser, ifMatch: string | null) {
  refuseClaim(id);
  await db.$transaction(async (tx) => {
    await current(tx, id, ifMatch);
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await reindex(tx, { notes: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "delete",
      entityType: "annotation",
      entityId: id,
      before: { deletedAt: null },
    });
  });
}

export async function restoreNote(db: PrismaClient, id: string, user: AuthUser) {
  await db.$transaction(async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id } });
    if (!before) throw new Refusal("notFound");
    if (!before.deletedAt) return;
    await tx.annotation.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await reindex(tx, { notes: [id] });
    await recordAudit(tx, {
      userId: user.id,
      action: "restore",
      entityType: "annotation",
      entityId: id,
      before: { deletedAt: before.deletedAt },
      after: { deletedAt: null },
    });
  });
}
