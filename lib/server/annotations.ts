import "server-only";
import { createHash } from "node:crypto";
import { anchor, fromCodePoints, toCodePoints } from "@/lib/anchoring/anchor";
import { quoteSelector } from "@/lib/anchoring/context";
import {
  ANNO_CONTEXT,
  articleIdOf,
  bodiesOf,
  selectorsOf,
  type AnnotationInput,
  type TextualBody,
  type W3CAnnotation,
} from "@/lib/annotations/w3c";
import { recordAudit } from "@/lib/audit";
import type { AuthUser } from "@/lib/auth/store";
import { quantityOf } from "@/lib/domain/quantity";
import { db } from "./db";
import { Refusal } from "./errors";

export const PAGE_SIZE = 50;
export const containerIri = (base: string) => `${base}/api/annotations/`;
const PARALLAX_CONTEXT = { parallax: "urn:parallax:ns:" };

/** A strong ETag from an annotation's id and version. */
export const etagOf = (id: string, version: number) =>
  `"${createHash("sha256").update(`${id}:${version}`).digest("base64url").slice(0, 22)}"`;

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

type NoteRow = Awaited<ReturnType<typeof findNote>>;
async function findNote(id: string) {
  return db.annotation.findUnique({
    where: { id },
    include: { creator: { select: { id: true, name: true } }, article: { select: { text: true } } },
  });
}

/** Where a stored span is in the article now: its offsets, re-found by quote, or orphaned. */
async function locate(
  text: string,
  row: { exact: string; prefix: string; suffix: string; start: number; end: number },
) {
  return anchor(text, row);
}

function target(
  base: string,
  articleId: string,
  text: string,
  span: { exact: string; prefix: string; suffix: string },
  at: { start: number | null; end: number | null },
) {
  return {
    source: `${base}/api/articles/${articleId}`,
    selector: [
      { type: "TextQuoteSelector" as const, exact: span.exact, prefix: span.prefix, suffix: span.suffix },
      ...(at.start === null || at.end === null
        ? []
        : [
            {
              type: "TextPositionSelector" as const,
              start: toCodePoints(text, at.start),
              end: toCodePoints(text, at.end),
            },
          ]),
    ] as W3CAnnotation["target"]["selector"],
  };
}

/** A note (comment, tags, verdict) as a W3C Web Annotation. */
export async function noteToW3C(base: string, row: NonNullable<NoteRow>): Promise<W3CAnnotation> {
  const at = await locate(row.article.text, row);
  return {
    "@context": ANNO_CONTEXT,
    id: `${containerIri(base)}${row.id}`,
    type: "Annotation",
    motivation: row.motivation,
    created: iso(row.created),
    modified: iso(row.modified),
    ...(row.creator && {
      creator: { id: `${base}/users/${row.creator.id}`, type: "Person" as const, name: row.creator.name },
    }),
    body: JSON.parse(row.body) as TextualBody[],
    target: target(base, row.articleId, row.article.text, row, at),
    ...(row.claimId && {
      "@context": [ANNO_CONTEXT, PARALLAX_CONTEXT],
      "parallax:onClaim": `${containerIri(base)}claim-${row.claimId}`,
    }),
    ...(at.by === "orphaned" && { "parallax:orphaned": true as const }),
  };
}

type ClaimRow = Awaited<ReturnType<typeof claimRows>>[number];
function claimRows(where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.claim.findMany({
    where: { ...where, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
    include: {
      article: { select: { text: true } },
      creator: { select: { id: true, name: true } },
      speaker: { select: { id: true, slug: true } },
      aspect: { select: { id: true, slug: true } },
    },
  });
}

/** A claim as a W3C annotation whose body describes it; its structured fields under parallax:. */
export async function claimToW3C(base: string, c: ClaimRow): Promise<W3CAnnotation> {
  const at = await locate(c.article.text, {
    exact: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    start: c.start,
    end: c.end,
  });
  const figure =
    c.low === null ? "" : ` · ${c.low === c.high ? c.low : `${c.low}–${c.high}`}${c.unit ? ` ${c.unit}` : ""}`;
  return {
    "@context": [ANNO_CONTEXT, PARALLAX_CONTEXT],
    id: `${containerIri(base)}claim-${c.id}`,
    type: "Annotation",
    motivation: "describing",
    created: iso(c.createdAt),
    modified: iso(c.updatedAt),
    ...(c.creator && {
      creator: { id: `${base}/users/${c.creator.id}`, type: "Person" as const, name: c.creator.name },
    }),
    body: [
      {
        type: "TextualBody",
        purpose: "describing",
        format: "text/plain",
        value: `${c.kind} · ${c.stance}${c.speaker ? ` · ${c.speaker.slug}` : ""}${figure}`,
      },
    ],
    target: target(base, c.articleId, c.article.text, { exact: c.quote, prefix: c.prefix, suffix: c.suffix }, at),
    "parallax:claim": {
      kind: c.kind,
      stance: c.stance,
      status: c.status,
      speaker: c.speaker?.slug ?? null,
      aspect: c.aspect?.slug ?? null,
      eventId: c.eventId,
      quantity: quantityOf(c),
      version: c.version,
    },
    ...(at.by === "orphaned" && { "parallax:orphaned": true as const }),
  };
}

/** One page of the container: claims first, then notes, each oldest first. */
export async function listAnnotations(base: string, page: number, filter: { articleId?: string }) {
  const where = filter.articleId ? { articleId: filter.articleId } : {};
  const [claimCount, noteCount] = await Promise.all([
    db.claim.count({ where: { ...where, deletedAt: null } }),
    db.annotation.count({ where: { ...where, deletedAt: null } }),
  ]);
  const total = claimCount + noteCount;
  const offset = page * PAGE_SIZE;
  const claims = offset < claimCount ? await claimRows(where, offset, PAGE_SIZE) : [];
  const noteSkip = Math.max(0, offset - claimCount);
  const noteTake = PAGE_SIZE - claims.length;
  const notes =
    noteTake > 0
      ? await db.annotation.findMany({
          where: { ...where, deletedAt: null },
          orderBy: [{ created: "asc" }, { id: "asc" }],
          skip: noteSkip,
          take: noteTake,
          include: { creator: { select: { id: true, name: true } }, article: { select: { text: true } } },
        })
      : [];
  const items = [
    ...(await Promise.all(claims.map((c) => claimToW3C(base, c)))),
    ...(await Promise.all(notes.map((n) => noteToW3C(base, n)))),
  ];
  const modified = [...claims.map((c) => c.updatedAt), ...notes.map((n) => n.modified)];
  return {
    total,
    lastPage: Math.max(0, Math.ceil(total / PAGE_SIZE) - 1),
    items,
    etag: etagOf(`page:${filter.articleId ?? ""}:${page}:${total}`, Math.max(0, ...modified.map((d) => d.getTime()))),
  };
}

/** One annotation by its id: a note's own id, or claim-{id} for a claim. */
export async function getAnnotation(base: string, id: string) {
  if (id.startsWith("claim-")) {
    const [claim] = await claimRows({ id: id.slice(6) }, 0, 1);
    return claim
      ? { annotation: await claimToW3C(base, claim), etag: etagOf(id, claim.version), kind: "claim" as const }
      : null;
  }
  const note = await findNote(id);
  if (!note || note.deletedAt) return null;
  return { annotation: await noteToW3C(base, note), etag: etagOf(id, note.version), kind: "note" as const };
}

/**
 * The span an input targets, in the article's stored text: its position when the
 * TextPositionSelector (code points) matches the quote, else the quote re-found.
 * Refuses empty spans, spans across a paragraph break, and quotes not in the text.
 */
export async function resolveSpan(input: AnnotationInput) {
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

/** A span users may mark: inside the text, not only blank, within one paragraph. */
export function checkSpan(text: string, start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start)
    throw new Refusal("badSpan", { reason: "outside" });
  const exact = text.slice(start, end);
  if (!exact.trim()) throw new Refusal("badSpan", { reason: "empty" });
  if (/\n\s*\n/.test(exact)) throw new Refusal("badSpan", { reason: "paragraphs" });
  return { start, end, ...quoteSelector(text, start, end) };
}

const noteData = (input: AnnotationInput) => ({ motivation: input.motivation, body: JSON.stringify(bodiesOf(input)) });

export async function createNote(base: string, input: AnnotationInput, user: AuthUser) {
  const span = await resolveSpan(input);
  const created = await db.$transaction(async (tx) => {
    const claimId = input["parallax:onClaim"];
    if (
      claimId &&
      !(await tx.claim.findFirst({
        where: { id: claimId, articleId: span.article.id, deletedAt: null },
        select: { id: true },
      }))
    ) {
      throw new Refusal("invalid", { fields: ["parallax:onClaim"] });
    }
    const row = await tx.annotation.create({
      data: {
        ...noteData(input),
        claimId: claimId ?? null,
        articleId: span.article.id,
        exact: span.exact,
        prefix: span.prefix,
        suffix: span.suffix,
        start: span.start,
        end: span.end,
        creatorId: user.id,
      },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "create",
      entityType: "annotation",
      entityId: row.id,
      after: { motivation: row.motivation, body: row.body, start: row.start, end: row.end },
    });
    return row;
  });
  return (await getAnnotation(base, created.id))!;
}

/** Replaces a note. `ifMatch`, when sent, must be the current ETag (412 otherwise). */
export async function updateNote(
  base: string,
  id: string,
  input: AnnotationInput,
  user: AuthUser,
  ifMatch: string | null,
) {
  if (id.startsWith("claim-")) throw new Refusal("notAllowed");
  const span = await resolveSpan(input);
  await db.$transaction(async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id } });
    if (!before || before.deletedAt) throw new Refusal("notFound");
    if (ifMatch && !matchesEtag(ifMatch, etagOf(id, before.version))) throw new Refusal("preconditionFailed");
    if (span.article.id !== before.articleId) throw new Refusal("invalid", { fields: ["target.source"] });
    const after = await tx.annotation.update({
      where: { id },
      data: {
        ...noteData(input),
        exact: span.exact,
        prefix: span.prefix,
        suffix: span.suffix,
        start: span.start,
        end: span.end,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "update",
      entityType: "annotation",
      entityId: id,
      before: { motivation: before.motivation, body: before.body, start: before.start, end: before.end },
      after: { motivation: after.motivation, body: after.body, start: after.start, end: after.end },
    });
  });
  return (await getAnnotation(base, id))!;
}

/** Deletes a note; it stays restorable (undo). */
export async function deleteNote(id: string, user: AuthUser, ifMatch: string | null) {
  if (id.startsWith("claim-")) throw new Refusal("notAllowed");
  await db.$transaction(async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id } });
    if (!before || before.deletedAt) throw new Refusal("notFound");
    if (ifMatch && !matchesEtag(ifMatch, etagOf(id, before.version))) throw new Refusal("preconditionFailed");
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      action: "delete",
      entityType: "annotation",
      entityId: id,
      before: { deletedAt: null },
    });
  });
}

export async function restoreNote(base: string, id: string, user: AuthUser) {
  await db.$transaction(async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id } });
    if (!before) throw new Refusal("notFound");
    if (!before.deletedAt) return;
    await tx.annotation.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      action: "restore",
      entityType: "annotation",
      entityId: id,
      before: { deletedAt: before.deletedAt },
      after: { deletedAt: null },
    });
  });
  return (await getAnnotation(base, id))!;
}

/** If-Match: a list of tags, or *; weak tags compare by their value. */
export function matchesEtag(header: string, etag: string): boolean {
  const tags = header.split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes("*") || tags.includes(etag);
}
