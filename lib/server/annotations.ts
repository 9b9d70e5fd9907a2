import "server-only";
import { etagOf } from "@/lib/annotations/etag";
import { claimToW3C, noteToW3C, relationToW3C } from "@/lib/annotations/serialize";
import type { PrismaClient } from "@/lib/db/client";

/** The annotation container's reads: its pages and single annotations, claims first, then notes, then relations. */

export const PAGE_SIZE = 50;

const creator = { select: { id: true, name: true } } as const;
const articleText = { select: { text: true, url: true } } as const;

/** What each serialiser in lib/annotations/serialize.ts reads of a claim, a note and a relation. */
export const claimInclude = {
  article: articleText,
  creator,
  speaker: { select: { id: true, slug: true } },
  aspect: { select: { id: true, slug: true } },
} as const;
export const noteInclude = { creator, article: articleText } as const;

function claimRows(db: PrismaClient, where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.claim.findMany({
    where: { ...where, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
    include: claimInclude,
  });
}

function noteRows(db: PrismaClient, where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.annotation.findMany({
    where: { ...where, deletedAt: null },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    skip,
    take,
    include: noteInclude,
  });
}

const claimSpan = {
  select: {
    id: true,
    articleId: true,
    quote: true,
    prefix: true,
    suffix: true,
    start: true,
    end: true,
    article: articleText,
  },
} as const;

export const relationInclude = { creator, from: claimSpan, to: claimSpan } as const;

function relationRows(db: PrismaClient, where: { articleId?: string; id?: string }, skip = 0, take = PAGE_SIZE) {
  return db.claimRelation.findMany({
    where: relationWhere(where),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
    include: relationInclude,
  });
}

/** Confirmed relations between live claims; for an article, those with a claim in it. */
export const relationWhere = ({ articleId, id }: { articleId?: string; id?: string }) => ({
  status: "confirmed" as const,
  from: { deletedAt: null },
  to: { deletedAt: null },
  ...(id && { id }),
  ...(articleId && { OR: [{ from: { articleId } }, { to: { articleId } }] }),
});

/** One page of the container: claims first, then notes, then relations, each oldest first. */
export async function listAnnotations(db: PrismaClient, base: string, page: number, filter: { articleId?: string }) {
  const where = filter.articleId ? { articleId: filter.articleId } : {};
  const [claimCount, noteCount, relationCount] = await Promise.all([
    db.claim.count({ where: { ...where, deletedAt: null } }),
    db.annotation.count({ where: { ...where, deletedAt: null } }),
    db.claimRelation.count({ where: relationWhere(where) }),
  ]);
  const total = claimCount + noteCount + relationCount;
  // each kind fills the page where the one before it ends
  let offset = page * PAGE_SIZE;
  let room = PAGE_SIZE;
  const take = async <T>(count: number, rows: (skip: number, take: number) => Promise<T[]>): Promise<T[]> => {
    const found = offset < count && room > 0 ? await rows(offset, room) : [];
    offset = Math.max(0, offset - count);
    room -= found.length;
    return found;
  };
  const claims = await take(claimCount, (skip, n) => claimRows(db, where, skip, n));
  const notes = await take(noteCount, (skip, n) => noteRows(db, where, skip, n));
  const relations = await take(relationCount, (skip, n) => relationRows(db, where, skip, n));
  const items = [
    ...(await Promise.all(claims.map((c) => claimToW3C(base, c)))),
    ...(await Promise.all(notes.map((n) => noteToW3C(base, n)))),
    ...(await Promise.all(relations.map((r) => relationToW3C(base, r)))),
  ];
  const modified = Math.max(
    0,
    ...claims.map((c) => c.updatedAt.getTime()),
    ...notes.map((n) => n.modified.getTime()),
    ...relations.map((r) => r.createdAt.getTime()),
  );
  return {
    total,
    lastPage: Math.max(0, Math.ceil(total / PAGE_SIZE) - 1),
    items,
    etag: etagOf(`page:${filter.articleId ?? ""}:${page}:${total}`, modified),
  };
}

/** One annotation by its id: a note's own id, claim-{id} for a claim, relation-{id} for a relation. */
export async function getAnnotation(db: PrismaClient, base: string, id: string) {
  if (id.startsWith("relation-")) {
    const [relation] = await relationRows(db, { id: id.slice(9) }, 0, 1);
    return relation
      ? { annotation: await relationToW3C(base, relation), etag: etagOf(id, 1), kind: "relation" as const }
      : null;
  }
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
