import "server-only";
import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { articleHeading } from "@/lib/articles/heading";
import { kindOf, type PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { entityName, localize } from "@/lib/domain/localize";
import { claimKind, id, languageTag } from "@/lib/domain/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { fts5, matchExpression, parseQuery, tsquery, type Term } from "@/lib/search/query";
import { snippet } from "@/lib/search/snippet";
import { nameSkeleton } from "@/lib/text/names";
import { asSearchLanguage, queryStems } from "@/lib/text/words";
import { noteValues } from "./reindex";

export const SEARCH_PAGE_SIZE = 20;
const FACET_SIZE = 10;

const DAY_MS = 86_400_000;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const at = Date.parse(d);
    return !Number.isNaN(at) && new Date(at).toISOString().startsWith(d);
  });
/** What a search may be narrowed by; an unknown value is dropped rather than refused, so a shared link still works. */
export const searchFilters = z.object({
  q: z.string().catch(""),
  type: z.enum(["article", "claim", "note"]).optional().catch(undefined),
  language: languageTag.optional().catch(undefined),
  outlet: id.optional().catch(undefined),
  event: id.optional().catch(undefined),
  speaker: id.optional().catch(undefined),
  kind: claimKind.optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  cursor: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
});
export type SearchFilters = z.output<typeof searchFilters>;

/** The filters of a query string, and the names of those whose values were not understood (and left out). */
export function readFilters(params: Record<string, string>) {
  const filters = searchFilters.parse(params);
  const ignored = Object.keys(searchFilters.shape).filter(
    (key) => params[key] !== undefined && params[key] !== "" && filters[key as keyof SearchFilters] === undefined,
  );
  return { filters, ignored };
}

/**
 * Per query word, the same name in other scripts and spellings: the words of the names
 * of entities that have a word spelt like it ("Guaidó" → "Гуайдо", "Guaydo"), as stems.
 */
async function entityAlternatives(db: PrismaClient, terms: Term[], lng: Lng) {
  const alternatives = new Map<string, string[]>();
  const via = new Map<string, string>();
  for (const t of terms) {
    if (t.exclude || t.prefix || t.phrase || t.words[0]!.length < 3) continue;
    const word = t.words[0]!;
    const skeleton = nameSkeleton(word);
    const names = await db.entityName.findMany({
      where: { skeleton: { contains: skeleton } },
      select: { entityId: true },
      take: 50,
    });
    const entities = await db.entity.findMany({
      where: { id: { in: [...new Set(names.map((n) => n.entityId))] } },
      include: { names: true },
    });
    for (const e of entities) {
      const spellings = e.names
        .flatMap((n) => n.name.split(/[\s-]+/))
        .filter((w) => nameSkeleton(w) === skeleton)
        .flatMap((w) => queryStems(w));
      if (!spellings.length) continue;
      alternatives.set(word, [...new Set([...(alternatives.get(word) ?? []), ...spellings])]);
      via.set(word, entityName(e.names, lng)?.text ?? e.slug);
    }
  }
  return { alternatives, via };
}

type Hit = { kind: "article" | "claim" | "note"; itemId: string; articleId: string; rank: number };

/**
 * Searches articles, claims and notes: ranked by BM25 (a title counts three times a
 * body), filtered and faceted in the database, a page of 20 with snippets marking the
 * matched words. An empty or meaningless query finds nothing and says so.
 */
export async function search(db: PrismaClient, filters: SearchFilters, lng: Lng) {
  const terms = parseQuery(filters.q);
  const { alternatives, via } = await entityAlternatives(db, terms, lng);
  const postgres = kindOf(db) === "postgresql";
  const expression = matchExpression(terms, alternatives, postgres ? tsquery : fts5);
  const empty = { query: filters.q, total: 0, results: [], facets: null, nextCursor: null };
  if (!expression) return { ...empty, reason: filters.q.trim() ? ("nothingToSearch" as const) : ("empty" as const) };

  const where = [
    filters.type ? Prisma.sql`h."kind" = ${filters.type}` : null,
    filters.language ? Prisma.sql`a."lang" = ${filters.language}` : null,
    filters.outlet ? Prisma.sql`a."outletId" = ${filters.outlet}` : null,
    filters.event
      ? Prisma.sql`EXISTS (SELECT 1 FROM "EventArticle" x WHERE x."articleId" = h."articleId" AND x."eventId" = ${filters.event})`
      : null,
    filters.speaker ? Prisma.sql`c."speakerId" = ${filters.speaker}` : null,
    filters.kind ? Prisma.sql`c."kind" = ${filters.kind}` : null,
    filters.from ? Prisma.sql`a."publishedAt" >= ${new Date(filters.from)}` : null,
    filters.to ? Prisma.sql`a."publishedAt" < ${new Date(Date.parse(filters.to) + DAY_MS)}` : null,
  ].filter((w): w is Prisma.Sql => w !== null);

  // The matches, ranked best first: by BM25 on SQLite, by ts_rank divided by the document's length
  // (normalization 2: the nearest to BM25's) on PostgreSQL; a title counts three times a body on both.
  const matches = postgres
    ? Prisma.sql`SELECT d."kind" AS "kind", d."itemId" AS "itemId", d."articleId" AS "articleId",
               -ts_rank(CAST('{0.333333, 0.333333, 0.333333, 1}' AS real[]), s."document", q, 2) AS "rank"
          FROM "SearchIndex" s JOIN "SearchDoc" d ON d."id" = s."id", CAST(${expression} AS tsquery) q
         WHERE s."document" @@ q`
    : Prisma.sql`SELECT d."kind" AS "kind", d."itemId" AS "itemId", d."articleId" AS "articleId",
               bm25("SearchIndex", 3.0, 1.0) AS "rank"
          FROM "SearchIndex" JOIN "SearchDoc" d ON d."id" = "SearchIndex".rowid
         WHERE "SearchIndex" MATCH ${expression}`;

  /** The matches with the filters applied; `columns` is a fixed list written here, never input. */
  const run = <T>(columns: string, more: { join?: Prisma.Sql; tail?: Prisma.Sql } = {}) =>
    db.$queryRaw<T>`
      WITH h AS (${matches})
      SELECT ${Prisma.raw(columns)} FROM h
      JOIN "Article" a ON a."id" = h."articleId"
      LEFT JOIN "Claim" c ON h."kind" = 'claim' AND c."id" = h."itemId"
      ${more.join ?? Prisma.empty}
      ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
      ${more.tail ?? Prisma.empty}`;

  const offset = filters.cursor ?? 0;
  // One pass counts the matches by every facet at once (the combinations are few); the events an
  // article belongs to need a join of their own, and the page of hits its ranking.
  const [hits, groups, byEvent] = await Promise.all([
    run<Hit[]>(`h."kind" AS "kind", h."itemId" AS "itemId", h."articleId" AS "articleId", h."rank" AS "rank"`, {
      tail: Prisma.sql`ORDER BY h."rank", h."itemId" LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${offset}`,
    }),
    run<Group[]>(
      `h."kind" AS "kind", a."lang" AS "lang", a."outletId" AS "outlet", c."kind" AS "claimKind", c."speakerId" AS "speaker", count(*) AS "n"`,
      { tail: Prisma.sql`GROUP BY h."kind", a."lang", a."outletId", c."kind", c."speakerId"` },
    ),
    run<Facet[]>(`ea."eventId" AS "value", count(*) AS "n"`, {
      join: Prisma.sql`JOIN "EventArticle" ea ON ea."articleId" = h."articleId"`,
      tail: Prisma.sql`GROUP BY ea."eventId" ORDER BY "n" DESC, "value" LIMIT ${FACET_SIZE}`,
    }),
  ]);
  const tally = (key: keyof Omit<Group, "n">, limit = Infinity): Facet[] => {
    const counts = new Map<string, number>();
    for (const g of groups) if (g[key] !== null) counts.set(g[key]!, (counts.get(g[key]!) ?? 0) + Number(g.n));
    return [...counts]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, limit)
      .map(([value, n]) => ({ value, n }));
  };
  const [byType, byLanguage, byOutlet, byKind, bySpeaker] = [
    tally("kind"),
    tally("lang"),
    tally("outlet", FACET_SIZE),
    tally("claimKind"),
    tally("speaker", FACET_SIZE),
  ];
  const total = groups.reduce((sum, g) => sum + Number(g.n), 0);
  const page = hits.slice(0, SEARCH_PAGE_SIZE);

  const [articles, claims, notes, outlets, events, speakers] = await Promise.all([
    db.article.findMany({
      where: { id: { in: [...new Set(page.map((h) => h.articleId))] } },
      select: articleHeading,
    }),
    db.claim.findMany({
      where: { id: { in: page.filter((h) => h.kind === "claim").map((h) => h.itemId) } },
      select: { id: true, quote: true, kind: true, stance: true, speaker: { include: { names: true } } },
    }),
    db.annotation.findMany({
      where: { id: { in: page.filter((h) => h.kind === "note").map((h) => h.itemId) } },
      select: { id: true, body: true, exact: true },
    }),
    db.outlet.findMany({ where: { id: { in: byOutlet.map((f) => f.value) } }, select: { id: true, name: true } }),
    db.event.findMany({
      where: { id: { in: byEvent.map((f) => f.value) } },
      select: { id: true, slug: true, translations: true },
    }),
    db.entity.findMany({ where: { id: { in: bySpeaker.map((f) => f.value) } }, include: { names: true } }),
  ]);
  const texts = new Map(
    (
      await db.article.findMany({
        where: { id: { in: page.filter((h) => h.kind === "article").map((h) => h.itemId) } },
        select: { id: true, text: true },
      })
    ).map((a) => [a.id, a.text]),
  );

  const own = new Set(terms.filter((t) => !t.exclude).flatMap((t) => t.words.flatMap((w) => queryStems(w))));
  const borrowed = new Map<string, string>();
  for (const [word, stems] of alternatives) for (const s of stems) if (!own.has(s)) borrowed.set(s, via.get(word)!);
  const prefixes = terms.filter((t) => t.prefix && !t.exclude).map((t) => t.words[0]!);

  const results = page.map((h) => {
    const article = articles.find((a) => a.id === h.articleId)!;
    const lang = asSearchLanguage(article.lang);
    const claim = h.kind === "claim" ? claims.find((c) => c.id === h.itemId) : undefined;
    const note = h.kind === "note" ? notes.find((n) => n.id === h.itemId) : undefined;
    const text =
      h.kind === "article"
        ? (texts.get(h.itemId) ?? "")
        : h.kind === "claim"
          ? (claim?.quote ?? "")
          : noteValues(note?.body ?? "[]").join(" · ");
    const cut = snippet(text, lang, { own, borrowed, prefixes });
    const titleCut = h.kind === "article" ? snippet(article.title, lang, { own, borrowed, prefixes }, 300) : null;
    return {
      type: h.kind,
      id: h.itemId,
      articleId: h.articleId,
      title: article.title,
      titleMarks: titleCut && titleCut.parts.some((p) => p.mark) ? titleCut.parts : null,
      snippet: cut.parts,
      lang: article.lang,
      outlet: article.outlet,
      publishedAt: publishedOn(article),
      via: cut.via ?? titleCut?.via ?? null,
      claim: claim && {
        kind: claim.kind,
        stance: claim.stance,
        speaker: claim.speaker && {
          id: claim.speaker.id,
          name: entityName(claim.speaker.names, lng)?.text ?? claim.speaker.slug,
        },
      },
    };
  });

  const counts = (rows: Facet[], label: (value: string) => string | null = (v) => v) =>
    rows.flatMap((r) => {
      const name = label(r.value);
      return name === null ? [] : [{ value: r.value, label: name, count: Number(r.n) }];
    });
  return {
    query: filters.q,
    reason: null,
    total,
    results,
    facets: {
      type: counts(byType),
      language: counts(byLanguage),
      outlet: counts(byOutlet, (v) => outlets.find((o) => o.id === v)?.name ?? null),
      event: counts(byEvent, (v) => {
        const e = events.find((x) => x.id === v);
        return e ? (localize(e.translations, lng, "title")?.text ?? e.slug) : null;
      }),
      kind: counts(byKind),
      speaker: counts(bySpeaker, (v) => {
        const e = speakers.find((x) => x.id === v);
        return e ? (entityName(e.names, lng)?.text ?? e.slug) : null;
      }),
    },
    nextCursor: hits.length > SEARCH_PAGE_SIZE ? offset + SEARCH_PAGE_SIZE : null,
  };
}

type Facet = { value: string; n: bigint | number };
type Group = {
  kind: string;
  lang: string;
  outlet: string | null;
  claimKind: string | null;
  speaker: string | null;
  n: bigint | number;
};

export type SearchResults = Awaited<ReturnType<typeof search>>;
