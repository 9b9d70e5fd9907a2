import "server-only";
import { etagOf } from "@/lib/annotations/etag";
import { claimToW3C, noteToW3C, relationToW3C } from "@/lib/annotations/serialize";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeToken, encodeToken, LIST_PAGE } from "@/lib/server/paging";

/** The annotation container's reads: its pages and single annotations, claims first, then notes, then relations. */

const creator = { select: { id: true, name: true } } as const;
const articleText = { select: { text: true, url: true } } as const;

/** What each serialiser in lib/annotations/serialize.ts reads of a claim, a note and a relation. */
export const claimInclude = {
  article: articleText,
  creator,
  speaker: { select: { id: true, slug: true } },
  relays: { orderBy: { position: "asc" }, select: { text: true, entity: { select: { slug: true } } } },
  aspect: { select: { id: true, slug: true } },
} as const;
export const noteInclude = { creator, article: articleText } as const;

/** Where a read starts and how many it takes (negative: before the cursor). */
type Slice = { take: number; cursor?: { id: string }; skip?: number };

function claimRows(
  db: PrismaClient,
  { ids, ...where }: { articleId?: string; id?: string; ids?: string[] },
  slice: Slice,
) {
  return db.claim.findMany({
    where: { ...where, ...(ids && { id: { in: ids } }), deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...slice,
    include: claimInclude,
  });
}

function noteRows(
  db: PrismaClient,
  { ids, ...where }: { articleId?: string; id?: string; ids?: string[] },
  slice: Slice,
) {
  return db.annotation.findMany({
    where: { ...where, ...(ids && { id: { in: ids } }), deletedAt: null },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    ...slice,
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

function relationRows(db: PrismaClient, where: { articleId?: string; id?: string }, slice: Slice) {
  return db.claimRelation.findMany({
    where: relationWhere(where),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...slice,
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

const kinds = ["claim", "note", "relation"] as const;
type Kind = (typeof kinds)[number];

/**
 * Where a page of the container starts: the first page, the last, or just after (or just
 * before) an item, with the index its first item has in the whole container. Keyset paging:
 * each page reads from its cursor by index, so that the 10,000th page costs what the first does.
 */
export type PageRef =
  { at: "first" } | { at: "last" } | { at: "after" | "before"; kind: Kind; id: string; index: number };

/** A page's token in its IRI: "0" for the first, "last", or an opaque cursor. */
export function pageToken(ref: PageRef): string {
  if (ref.at === "first") return "0";
  if (ref.at === "last") return "last";
  return encodeToken([ref.at === "after" ? "a" : "b", ref.kind, ref.id, ref.index]);
}

/** The page a token names, or null for a token that is not one of ours. */
export function pageRef(token: string): PageRef | null {
  if (token === "0") return { at: "first" };
  if (token === "last") return { at: "last" };
  const value = decodeToken(token);
  if (value?.length !== 4) return null;
  const [dir, kind, id, index] = value;
  if ((dir !== "a" && dir !== "b") || !kinds.includes(kind as Kind) || typeof id !== "string") return null;
  if (!Number.isInteger(index) || (index as number) < 0) return null;
  return { at: dir === "a" ? "after" : "before", kind: kind as Kind, id, index: index as number };
}

/** How many live claims and notes there are, from the counters the triggers keep, and the confirmed relations. */
async function countAll(db: PrismaClient, where: { articleId?: string }) {
  if (where.articleId)
    return Promise.all([
      db.claim.count({ where: { ...where, deletedAt: null } }),
      db.annotation.count({ where: { ...where, deletedAt: null } }),
      db.claimRelation.count({ where: relationWhere(where) }),
    ]);
  const [counters, relations] = await Promise.all([
    db.liveCount.findMany(),
    db.claimRelation.count({ where: relationWhere(where) }),
  ]);
  const of = (kind: string) => counters.find((c) => c.kind === kind)?.count ?? 0;
  return [of("claim"), of("note"), relations] as const;
}

type Row =
  | { kind: "claim"; row: Awaited<ReturnType<typeof claimRows>>[number] }
  | { kind: "note"; row: Awaited<ReturnType<typeof noteRows>>[number] }
  | { kind: "relation"; row: Awaited<ReturnType<typeof relationRows>>[number] };

/** The claims' and notes' tables, with the column they are ordered by (then by id). */
const ordered = {
  claim: { table: Prisma.raw('"Claim"'), time: Prisma.raw('"createdAt"') },
  note: { table: Prisma.raw('"Annotation"'), time: Prisma.raw('"created"') },
} as const;

/**
 * The ids of up to |take| live claims or notes after (take > 0) or before (take < 0) an item, in
 * container order: a row-value comparison on (time, id) that the index on those two columns
 * answers by seeking, where Prisma's cursor scans every row of an equal time.
 */
async function keysetIds(
  db: PrismaClient,
  kind: "claim" | "note",
  where: { articleId?: string },
  take: number,
  cursor?: string,
) {
  const { table, time } = ordered[kind];
  const after = take > 0;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${table} t
     WHERE t."deletedAt" IS NULL
       ${where.articleId ? Prisma.sql`AND t."articleId" = ${where.articleId}` : Prisma.empty}
       ${
         cursor
           ? after
             ? Prisma.sql`AND (t.${time}, t."id") > ((SELECT ${time} FROM ${table} WHERE "id" = ${cursor}), ${cursor})`
             : Prisma.sql`AND (t.${time}, t."id") < ((SELECT ${time} FROM ${table} WHERE "id" = ${cursor}), ${cursor})`
           : Prisma.empty
       }
     ORDER BY t.${time} ${after ? Prisma.raw("ASC") : Prisma.raw("DESC")}, t."id" ${after ? Prisma.raw("ASC") : Prisma.raw("DESC")}
     LIMIT ${Math.abs(take)}`;
  const ids = rows.map((r) => r.id);
  return after ? ids : ids.reverse();
}

/** Up to |take| items of one kind after (take > 0) or before (take < 0) an item of it, in container order. */
async function readKind(db: PrismaClient, kind: Kind, where: { articleId?: string }, take: number, cursor?: string) {
  if (kind === "relation") {
    const page = { take, ...(cursor && { cursor: { id: cursor }, skip: 1 }) };
    return (await relationRows(db, where, page)).map((row) => ({ kind, row }) as Row);
  }
  const ids = await keysetIds(db, kind, where, take, cursor);
  const found =
    kind === "claim"
      ? (await claimRows(db, { ids }, { take: ids.length })).map((row) => ({ kind, row }) as Row)
      : (await noteRows(db, { ids }, { take: ids.length })).map((row) => ({ kind, row }) as Row);
  const byId = new Map(found.map((r) => [r.row.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the container: claims first, then notes, then relations, each oldest first. Reads
 * one item more than the page holds in the direction it reads, to know whether there is more.
 */
export async function listAnnotations(db: PrismaClient, base: string, ref: PageRef, filter: { articleId?: string }) {
  const where = filter.articleId ? { articleId: filter.articleId } : {};
  const [claimCount, noteCount, relationCount] = await countAll(db, where);
  const total = claimCount + noteCount + relationCount;
  const forward = ref.at === "first" || ref.at === "after";
  const order = forward ? kinds : [...kinds].reverse();
  const from = ref.at === "after" || ref.at === "before" ? ref : null;
  const rows: Row[] = [];
  for (const kind of order.slice(from ? order.indexOf(from.kind) : 0)) {
    const room = LIST_PAGE + 1 - rows.length;
    if (room <= 0) break;
    const cursor = from?.kind === kind ? from.id : undefined;
    const found = await readKind(db, kind, where, forward ? room : -room, cursor);
    if (forward) rows.push(...found);
    else rows.unshift(...found);
  }
  const more = rows.length > LIST_PAGE;
  const page = forward ? rows.slice(0, LIST_PAGE) : rows.slice(rows.length - Math.min(rows.length, LIST_PAGE));
  const startIndex =
    ref.at === "first"
      ? 0
      : ref.at === "last"
        ? Math.max(0, total - page.length)
        : ref.at === "after"
          ? ref.index
          : Math.max(0, ref.index - page.length);
  const [head, tail] = [page[0], page.at(-1)];
  const hasNext = forward ? more : ref.at === "before";
  const hasPrev = forward ? ref.at === "after" : more;
  const items = await Promise.all(
    page.map((r) =>
      r.kind === "claim"
        ? claimToW3C(base, r.row)
        : r.kind === "note"
          ? noteToW3C(base, r.row)
          : relationToW3C(base, r.row),
    ),
  );
  const modified = Math.max(
    0,
    ...page.map((r) =>
      r.kind === "claim"
        ? r.row.updatedAt.getTime()
        : r.kind === "note"
          ? r.row.modified.getTime()
          : r.row.createdAt.getTime(),
    ),
  );
  return {
    total,
    startIndex,
    items,
    next:
      hasNext && tail
        ? ({ at: "after", kind: tail.kind, id: tail.row.id, index: startIndex + page.length } as const)
        : null,
    prev: hasPrev && head ? ({ at: "before", kind: head.kind, id: head.row.id, index: startIndex } as const) : null,
    etag: etagOf(`page:${filter.articleId ?? ""}:${pageToken(ref)}:${total}`, modified),
  };
}

/** One annotation by its id: a note's own id, claim-{id} for a claim, relation-{id} for a relation. */
export async function getAnnotation(db: PrismaClient, base: string, id: string) {
  if (id.startsWith("relation-")) {
    const [relation] = await relationRows(db, { id: id.slice(9) }, { take: 1 });
    return relation
      ? { annotation: await relationToW3C(base, relation), etag: etagOf(id, 1), kind: "relation" as const }
      : null;
  }
  if (id.startsWith("claim-")) {
    const [claim] = await claimRows(db, { id: id.slice(6) }, { take: 1 });
    return claim
      ? { annotation: await claimToW3C(base, claim), etag: etagOf(id, claim.version), kind: "claim" as const }
      : null;
  }
  const [note] = await noteRows(db, { id }, { take: 1 });
  return note
    ? { annotation: await noteToW3C(base, note), etag: etagOf(id, note.version), kind: "note" as const }
    : null;
}
