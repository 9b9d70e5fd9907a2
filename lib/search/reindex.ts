import { kindOf, type PrismaClient, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { asContentLanguage, indexed } from "@/lib/text/words";
import { noteValues } from "./notes";
import { lexeme } from "./query";
import { articleStems } from "./stems";

/**
 * Keeps the full-text index (the SearchIndex table, FTS5 on SQLite, tsvector on PostgreSQL, and its SearchDoc rows)
 * in step with what it indexes: an article's title and text, a live claim's quote and
 * note, a live note's comment and tags, each as the stems of its language. Writes call
 * `reindex` inside their own transaction with the items they changed; `rebuildIndex`
 * makes it anew (npm run search:reindex, and a database that has articles but no index).
 */

export type IndexKind = "article" | "claim" | "note";
type Db = PrismaClient | Tx;

interface Entry {
  kind: IndexKind;
  itemId: string;
  articleId: string;
  title: string;
  body: string;
}

/** Rows a statement takes at once: SQLite binds at most 32,766 values. */
const ROWS_PER_STATEMENT = 500;
const slices = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / ROWS_PER_STATEMENT) }, (_, i) =>
    list.slice(i * ROWS_PER_STATEMENT, (i + 1) * ROWS_PER_STATEMENT),
  );

/** PostgreSQL keeps at most this many places of one word in a document, and none past this place. */
const MAX_PLACES = 256;
const LAST_PLACE = 16_383;
/** nor a word longer than this, in bytes */
const MAX_LEXEME_BYTES = 2_046;

/**
 * An entry's stems as a PostgreSQL tsvector, written out rather than parsed by the server, so that
 * it holds exactly the stems SQLite's index holds: the title's with weight A, then the body's
 * (weight D) one place further on, so that no phrase runs from the title into the body.
 */
export function tsvectorOf(title: string, body: string): string {
  const places = new Map<string, string[]>();
  let place = 0;
  const add = (stems: string, weight: string) => {
    for (const stem of stems.split(" ")) {
      if (!stem || Buffer.byteLength(stem) > MAX_LEXEME_BYTES) continue;
      place = Math.min(place + 1, LAST_PLACE);
      const list = places.get(stem) ?? [];
      if (list.length < MAX_PLACES) list.push(`${place}${weight}`);
      places.set(stem, list);
    }
  };
  add(title, "A");
  place++;
  add(body, "");
  return [...places].map(([stem, at]) => `${lexeme(stem)}:${at.join(",")}`).join(" ");
}

/** Adds entries, a few hundred rows per statement: their SearchDoc rows, then their stems under the same ids. */
async function put(db: Db, entries: Entry[]) {
  const postgres = kindOf(db) === "postgresql";
  for (const part of slices(entries)) {
    const docs = await db.$queryRaw<{ id: number | bigint; kind: string; itemId: string }[]>`
      INSERT INTO "SearchDoc" ("kind", "itemId", "articleId")
      VALUES ${Prisma.join(part.map((e) => Prisma.sql`(${e.kind}, ${e.itemId}, ${e.articleId})`))}
      RETURNING "id", "kind", "itemId"`;
    const rowid = new Map(docs.map((d) => [`${d.kind}:${d.itemId}`, Number(d.id)]));
    const id = (e: Entry) => rowid.get(`${e.kind}:${e.itemId}`);
    if (postgres) {
      await db.$executeRaw`INSERT INTO "SearchIndex" ("id", "document")
        VALUES ${Prisma.join(part.map((e) => Prisma.sql`(${id(e)}, CAST(${tsvectorOf(e.title, e.body)} AS tsvector))`))}`;
    } else {
      await db.$executeRaw`INSERT INTO "SearchIndex" (rowid, "title", "body")
        VALUES ${Prisma.join(part.map((e) => Prisma.sql`(${id(e)}, ${e.title}, ${e.body})`))}`;
    }
  }
}

async function drop(db: Db, kind: IndexKind, ids: string[]) {
  const key = kindOf(db) === "postgresql" ? Prisma.sql`"id"` : Prisma.sql`rowid`;
  for (const part of slices(ids)) {
    await db.$executeRaw`DELETE FROM "SearchIndex" WHERE ${key} IN
      (SELECT "id" FROM "SearchDoc" WHERE "kind" = ${kind} AND "itemId" IN (${Prisma.join(part)}))`;
    await db.$executeRaw`DELETE FROM "SearchDoc" WHERE "kind" = ${kind} AND "itemId" IN (${Prisma.join(part)})`;
  }
}

/** A note's words are stemmed as Ukrainian and as Russian when Cyrillic: a note's language is not known. */
const anyLanguage = (text: string) => [...new Set([indexed(text, "uk"), indexed(text, "ru")])].join(" ");

/** Indexes articles the index does not hold yet (new ones), from their stems. */
export async function indexArticles(db: Db, articles: { id: string; stems: { title: string; body: string } }[]) {
  await put(
    db,
    articles.map((a) => ({ kind: "article", itemId: a.id, articleId: a.id, ...a.stems })),
  );
}

/** Indexes again the given items as they now are; deleted and rejected ones leave the index. */
export async function reindex(db: Db, items: { articles?: string[]; claims?: string[]; notes?: string[] }) {
  const { articles = [], claims = [], notes = [] } = items;
  if (articles.length) {
    await drop(db, "article", articles);
    const rows = await db.article.findMany({
      where: { id: { in: articles } },
      select: { id: true, title: true, text: true, lang: true },
    });
    await indexArticles(
      db,
      rows.map((a) => ({ id: a.id, stems: articleStems(a) })),
    );
  }
  if (claims.length) {
    await drop(db, "claim", claims);
    const rows = await db.claim.findMany({
      where: { id: { in: claims }, deletedAt: null, status: { not: "rejected" } },
      select: { id: true, articleId: true, quote: true, note: true, article: { select: { lang: true } } },
    });
    await put(
      db,
      rows.map((c) => ({
        kind: "claim",
        itemId: c.id,
        articleId: c.articleId,
        title: "",
        body: `${indexed(c.quote, asContentLanguage(c.article.lang))} ${c.note ? anyLanguage(c.note) : ""}`.trim(),
      })),
    );
  }
  if (notes.length) {
    await drop(db, "note", notes);
    const rows = await db.annotation.findMany({
      where: { id: { in: notes }, deletedAt: null },
      select: { id: true, articleId: true, body: true },
    });
    await put(
      db,
      rows.map((n) => ({
        kind: "note",
        itemId: n.id,
        articleId: n.articleId,
        title: "",
        body: anyLanguage(noteValues(n.body).join(" ")),
      })),
    );
  }
}

/** Claims of an article, for a change to the article that changes how they are stemmed. */
export async function claimIdsOf(db: Db, articleId: string) {
  return (await db.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id);
}

const BATCH = 500;

/** Empties the index and indexes everything again, a batch per transaction; returns how many items. */
export async function rebuildIndex(db: PrismaClient, progress?: (done: number) => void) {
  await db.$executeRaw`DELETE FROM "SearchIndex"`;
  await db.searchDoc.deleteMany();
  let done = 0;
  // the three tables in id order, a batch at a time; their names are written here, never input
  for (const [kind, table] of [
    ["articles", "Article"],
    ["claims", "Claim"],
    ["notes", "Annotation"],
  ] as const) {
    let after = "";
    for (;;) {
      const rows = await db.$queryRaw<
        { id: string }[]
      >`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" > ${after} ORDER BY "id" LIMIT ${BATCH}`;
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id);
      await db.$transaction((tx) => reindex(tx, { [kind]: ids }));
      done += ids.length;
      progress?.(done);
      after = ids.at(-1)!;
    }
  }
  return done;
}

/** Whether the index holds nothing while there are articles (a database from before the index). */
export async function indexIsMissing(db: PrismaClient) {
  return (await db.searchDoc.count()) === 0 && (await db.article.count()) > 0;
}
