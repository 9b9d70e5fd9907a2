import "server-only";
import { etagOf } from "@/lib/annotations/etag";
import { claimToW3C, noteToW3C } from "@/lib/annotations/serialize";
import type { PrismaClient } from "@/lib/db/client";

/** The annotation container's reads: its pages and single annotations, claims first, then notes. */

export const PAGE_SIZE = 50;

const creator = { select: { id: true, name: true } } as const;
const articleText = { select: { text: true } } as const;

function claimRows(db: PrismaClient, where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.claim.findMany({
    where: { ...where, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
    include: {
      article: articleText,
      creator,
      speaker: { select: { id: true, slug: true } },
      aspect: { select: { id: true, slug: true } },
    },
  });
}

function noteRows(db: PrismaClient, where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.annotation.findMany({
    where: { ...where, deletedAt: null },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    skip,
    take,
    include: { creator, article: articleText },
  });
}

/** One page of the container: claims first, then notes, each oldest first. */
export async function listAnnotations(db: PrismaClient, base: string, page: number, filter: { articleId?: string }) {
  const where = filter.articleId ? { articleId: filter.articleId } : {};
  const [claimCount, noteCount] = await Promise.all([
    db.claim.count({ where: { ...where, deletedAt: null } }),
    db.annotation.count({ where: { ...where, deletedAt: null } }),
  ]);
  const total = claimCount + noteCount;
  const offset = page * PAGE_SIZE;
  const claims = offset < claimCount ? await claimRows(db, where, offset, PAGE_SIZE) : [];
  const noteTake = PAGE_SIZE - claims.length;
  const notes = noteTake > 0 ? await noteRows(db, where, Math.max(0, offset - claimCount), noteTake) : [];
  const items = [
    ...(await Promise.all(claims.map((c) => claimToW3C(base, c)))),
    ...(await Promise.all(notes.map((n) => noteToW3C(base, n)))),
  ];
  const modified = Math.max(0, ...claims.map((c) => c.updatedAt.getTime()), ...notes.map((n) => n.modified.getTime()));
  return {
    total,
    lastPage: Math.max(0, Math.ceil(total / PAGE_SIZE) - 1),
    items,
    etag: etagOf(`page:${filter.articleId ?? ""}:${page}:${total}`, modified),
  };
}

/** One annotation by its id: a note's own id, or claim-{id} for a claim. */
export async function getAnnotation(db: PrismaClient, base: string, id: string) {
  if (id.startsWith("claim-")) {
    const [claim] = await claimRows(db, { id: id.slice(6) }, 0, 1);
    return claim
      ? { annotation: await claimToW3C(base, claim), etag: etagOf(id, claim.version), kind: "claim" as const }
      : null;
  }
  const [note] = await noteRows(db, { id }, 0, 1);
  return note
    ? { annotation: await noteToW3C(base, note), etag: etagOf(id, note.version), kind: "note" as const }
    : null;
}
