import "server-only";
import { claimToW3C, noteToW3C, relationToW3C } from "@/lib/annotations/serialize";
import { ANNO_CONTEXT, articleIdOf, type TextTarget, type W3CAnnotation } from "@/lib/annotations/w3c";
import type { PrismaClient } from "@/lib/db/client";
import { claimInclude, noteInclude, relationInclude, relationWhere } from "./load";

const BATCH = 200;

export interface CollectionOptions {
  /** one event's claims, relations and the notes on its articles; the whole corpus when absent */
  eventId?: string;
  /** false: targets keep their selectors' positions and the article's URL, not the quoted text */
  quotes: boolean;
}

/**
 * A target as it travels: its source is the article's web address when one is known (what
 * other tools, Hypothesis among them, know the page by), and without quotes only the
 * position selector is left.
 */
function travelling(target: TextTarget, urls: Map<string, string | null>, quotes: boolean): TextTarget {
  const id = articleIdOf(target.source);
  const source = (id && urls.get(id)) || target.source;
  const selector = quotes ? target.selector : target.selector.filter((s) => s.type !== "TextQuoteSelector");
  return { source, selector: selector as TextTarget["selector"] };
}

function forExchange(annotation: W3CAnnotation, urls: Map<string, string | null>, quotes: boolean): W3CAnnotation {
  const target = Array.isArray(annotation.target)
    ? (annotation.target.map((t) => travelling(t, urls, quotes)) as [TextTarget, TextTarget])
    : travelling(annotation.target, urls, quotes);
  return { ...annotation, target };
}

/** Rows of one kind a batch at a time, in id order (keyset paging, so no batch slows down). */
async function* batches<T extends { id: string }>(read: (after: string | undefined) => Promise<T[]>) {
  let after: string | undefined;
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

const page = (after: string | undefined) => ({
  take: BATCH,
  orderBy: { id: "asc" as const },
  ...(after && { cursor: { id: after }, skip: 1 }),
});

/**
 * Every claim, note and confirmed relation of an event or of the corpus as one W3C
 * AnnotationCollection (JSON-LD) with its one page inline, written as chunks so that a
 * large corpus streams instead of filling memory. Returns null for an unknown event.
 */
export async function annotationCollection(db: PrismaClient, base: string, self: string, options: CollectionOptions) {
  const { eventId, quotes } = options;
  if (eventId && !(await db.event.findUnique({ where: { id: eventId }, select: { id: true } }))) return null;
  const claimWhere = { deletedAt: null, ...(eventId && { eventId }) };
  const noteWhere = { deletedAt: null, ...(eventId && { article: { events: { some: { eventId } } } }) };
  const relWhere = { ...relationWhere({}), ...(eventId && { eventId }) };
  const [claims, notes, relations] = await Promise.all([
    db.claim.count({ where: claimWhere }),
    db.annotation.count({ where: noteWhere }),
    db.claimRelation.count({ where: relWhere }),
  ]);
  const total = claims + notes + relations;

  async function* chunks(): AsyncGenerator<string> {
    const head = {
      "@context": ANNO_CONTEXT,
      id: self,
      type: "AnnotationCollection",
      label: eventId ? `Parallax: the claims and notes of event ${eventId}` : "Parallax: every claim and note",
      total,
    };
    // One page holds every item: it is the first page and the last, named by one IRI.
    const onlyPage = `${self}#page-1`;
    const opening = {
      ...head,
      last: onlyPage,
      first: { id: onlyPage, type: "AnnotationPage", partOf: self, startIndex: 0 },
    };
    yield `${JSON.stringify(opening).slice(0, -2)},"items":[`;
    let written = 0;
    const emit = (items: W3CAnnotation[], urls: Map<string, string | null>) =>
      items.map((a) => `${written++ === 0 ? "" : ","}\n${JSON.stringify(forExchange(a, urls, quotes))}`).join("");
    for await (const rows of batches((after) =>
      db.claim.findMany({ where: claimWhere, include: claimInclude, ...page(after) }),
    )) {
      const urls = new Map(rows.map((r) => [r.articleId, r.article.url]));
      yield emit(await Promise.all(rows.map((r) => claimToW3C(base, r))), urls);
    }
    for await (const rows of batches((after) =>
      db.annotation.findMany({ where: noteWhere, include: noteInclude, ...page(after) }),
    )) {
      const urls = new Map(rows.map((r) => [r.articleId, r.article.url]));
      yield emit(await Promise.all(rows.map((r) => noteToW3C(base, r))), urls);
    }
    for await (const rows of batches((after) =>
      db.claimRelation.findMany({ where: relWhere, include: relationInclude, ...page(after) }),
    )) {
      const urls = new Map(rows.flatMap((r) => [r.from, r.to].map((c) => [c.articleId, c.article.url] as const)));
      yield emit(await Promise.all(rows.map((r) => relationToW3C(base, r))), urls);
    }
    yield "\n]}}\n";
  }
  return { total, chunks: chunks() };
}
