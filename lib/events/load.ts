import "server-only";
import { cache } from "react";
import type { Lng } from "@/i18n/settings";
import { parseFilters } from "@/lib/comparison/filters";
import { cellCounts, eventSources } from "@/lib/comparison/load-rows";
import type { CellCount, Source } from "@/lib/comparison/model";
import type { PrismaClient } from "@/lib/db/client";
import { stamped } from "@/lib/db/stamped";
import { dayOf } from "@/lib/domain/dates";
import { localize } from "@/lib/domain/localize";
import { keysetPage } from "@/lib/server/paging";
import { eventArticlePage } from "./load-articles";

type EventTranslationRow = { lang: string; title: string; summary: string | null };

/** An event's title and summary in the UI language or the nearest fallback. */
function eventText(rows: EventTranslationRow[], slug: string, lng: Lng) {
  const title = localize(rows, lng, "title");
  const summary = localize(
    rows.filter((r) => r.summary),
    lng,
    "summary",
  );
  return {
    title: title?.text ?? slug,
    titleLang: title?.lang ?? null,
    summary: summary?.text ?? null,
    summaryLang: summary?.lang ?? null,
  };
}

type AspectRow = {
  id: string;
  slug: string;
  kind: string;
  unit: string | null;
  translations: { lang: string; question: string }[];
};

/** An aspect with its question in the UI language or the nearest fallback. */
export function aspectText(a: AspectRow, lng: Lng) {
  const question = localize(a.translations, lng, "question");
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    unit: a.unit,
    question: question?.text ?? a.slug,
    questionLang: question?.lang ?? null,
  };
}

const eventSummary = { translations: true, _count: { select: { articles: true, aspects: true } } } as const;

/** The open events (or, with `archived`, the archived ones), oldest first: all of them, for pickers. */
export async function listEvents(db: PrismaClient, lng: Lng, { archived = false } = {}) {
  const events = await db.event.findMany({
    where: { archivedAt: archived ? { not: null } : null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: eventSummary,
  });
  return events.map((e) => summarizeEvent(e, lng));
}

/** The open events as a picker offers them (`GET /api/events?choices=1`): id and title, oldest first. */
export async function eventChoices(db: PrismaClient, lng: Lng) {
  const events = await db.event.findMany({
    where: { archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, translations: true },
  });
  return events.map((e) => ({ id: e.id, name: eventText(e.translations, e.slug, lng).title }));
}

/** One open event as a picker offers it, or null: the one a page was opened for. */
export async function eventChoice(db: PrismaClient, id: string, lng: Lng) {
  const e = await db.event.findFirst({
    where: { id, archivedAt: null },
    select: { id: true, slug: true, translations: true },
  });
  return e && { id: e.id, name: eventText(e.translations, e.slug, lng).title };
}

/** A page of the open (or archived) events, oldest first, after the event `after`. */
export async function eventPage(db: PrismaClient, lng: Lng, { archived = false, after = null as string | null } = {}) {
  const { items, next } = await keysetPage(
    (page) =>
      db.event.findMany({
        where: { archivedAt: archived ? { not: null } : null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: eventSummary,
        ...page,
      }),
    after,
  );
  return { events: items.map((e) => summarizeEvent(e, lng)), next };
}

function summarizeEvent(
  e: {
    id: string;
    slug: string;
    startsOn: Date | null;
    endsOn: Date | null;
    translations: EventTranslationRow[];
    _count: { articles: number; aspects: number };
  },
  lng: Lng,
) {
  return {
    id: e.id,
    slug: e.slug,
    ...eventText(e.translations, e.slug, lng),
    startsOn: dayOf(e.startsOn),
    endsOn: dayOf(e.endsOn),
    articleCount: e._count.articles,
    aspectCount: e._count.aspects,
  };
}

export type EventSummary = Awaited<ReturnType<typeof listEvents>>[number];

/**
 * An event's own rows, read once per request (React cache()): its titles and its aspects with
 * their questions. The event page, its metadata, the event and its comparison all start from these.
 */
export const eventRows = cache((db: PrismaClient, id: string) =>
  db.event.findUnique({
    where: { id },
    include: {
      translations: true,
      aspects: { orderBy: { position: "asc" }, include: { translations: true } },
    },
  }),
);

export type EventRows = NonNullable<Awaited<ReturnType<typeof eventRows>>>;

/** An event's title and summary in `lng`, from its rows. */
export const eventHeading = (event: EventRows, lng: Lng) => eventText(event.translations, event.slug, lng);

/** How many outlets of the corpus without an article in the event its page names, and silent sources per aspect. */
const ABSENT_SHOWN = 30;

/**
 * The event (null for an unknown one) with a page of its articles in publication order (`after`
 * a cursor) and its coverage: per aspect, how many articles and claims answer it and which
 * sources are silent on it; and which outlets of the corpus have no article in the event, those
 * with most articles first. Counted in the database, so that a page costs the same at any size.
 */
export async function getEvent(db: PrismaClient, id: string, lng: Lng, after: string | null = null) {
  const event = await eventRows(db, id);
  if (!event) return null;
  const sources = await eventSources(db, event.id);
  const present = new Set(sources.filter((s) => s.kind === "outlet").map((s) => s.id));
  // the aggregates are kept until the next write (stamped); the page of articles is read each time
  const [speaking, coverage, articles, absent, outletCount] = await Promise.all([
    cellCounts(db, event.id, parseFilters({})),
    stamped(db, JSON.stringify(["aspect coverage", event.id]), () => aspectCoverage(db, event.id)),
    eventArticlePage(db, event.id, after),
    stamped(db, JSON.stringify(["absent outlets", event.id]), () => absentOutlets(db, present)),
    stamped(db, JSON.stringify(["outlet count"]), () => db.outlet.count()),
  ]);
  return {
    id: event.id,
    slug: event.slug,
    ...eventText(event.translations, event.slug, lng),
    translations: event.translations.map((t) => ({ lang: t.lang, title: t.title, summary: t.summary })),
    startsOn: dayOf(event.startsOn),
    endsOn: dayOf(event.endsOn),
    archived: event.archivedAt !== null,
    aspects: coveredAspects(event.aspects, lng, sources, speaking, coverage),
    articles,
    outlets: { present: present.size, absent, absentCount: outletCount - present.size },
  };
}

/** Per aspect, how many articles and confirmed claims answer it. */
function aspectCoverage(db: PrismaClient, eventId: string) {
  return db.$queryRaw<{ aspectId: string; articles: unknown; claims: unknown }[]>`
    SELECT r."aspectId" AS "aspectId", COUNT(DISTINCT r."articleId") AS "articles", COUNT(*) AS "claims"
      FROM "ComparisonRow" r WHERE r."eventId" = ${eventId} AND r."status" = 'confirmed'
     GROUP BY r."aspectId"`;
}

/** The aspects with their questions, how many articles and claims answer each, and the sources silent on it. */
function coveredAspects(
  aspects: EventRows["aspects"],
  lng: Lng,
  sources: Source[],
  speaking: CellCount[],
  coverage: Awaited<ReturnType<typeof aspectCoverage>>,
) {
  const ordered = [...sources].sort((a, b) => a.name.localeCompare(b.name));
  return aspects.map((a) => {
    const counted = coverage.find((c) => c.aspectId === a.id);
    const speaks = new Set(speaking.filter((c) => c.aspectId === a.id && c.shown > 0).map((c) => c.sourceId));
    const silent = ordered.filter((s) => !speaks.has(s.id));
    return {
      ...aspectText(a, lng),
      questions: a.translations.map((t) => ({ lang: t.lang, question: t.question })),
      articleCount: Number(counted?.articles ?? 0),
      claimCount: Number(counted?.claims ?? 0),
      /** the first silent sources by name, and how many there are */
      silent: silent.slice(0, ABSENT_SHOWN).map((s) => ({ id: s.id, name: s.name })),
      silentCount: silent.length,
    };
  });
}

/**
 * The outlets of the corpus with most articles that have none in the event (then those with no
 * article at all), by name on a tie: counted per outlet over the index of articles by outlet.
 */
async function absentOutlets(db: PrismaClient, present: Set<string>) {
  const top = await db.$queryRaw<{ id: string; articles: unknown }[]>`
    SELECT a."outletId" AS "id", COUNT(*) AS "articles" FROM "Article" a WHERE a."outletId" IS NOT NULL
     GROUP BY a."outletId" ORDER BY 2 DESC, 1 LIMIT ${ABSENT_SHOWN + present.size}`;
  const counted = top.filter((o) => !present.has(o.id)).slice(0, ABSENT_SHOWN);
  const [named, idle] = await Promise.all([
    db.outlet.findMany({ where: { id: { in: counted.map((o) => o.id) } }, select: { id: true, name: true } }),
    counted.length < ABSENT_SHOWN
      ? db.outlet.findMany({
          where: { articles: { none: {} } },
          orderBy: { name: "asc" },
          take: ABSENT_SHOWN - counted.length,
          select: { id: true, name: true },
        })
      : [],
  ]);
  const name = new Map(named.map((o) => [o.id, o.name]));
  return [
    ...counted
      .map((o) => ({ id: o.id, name: name.get(o.id) ?? o.id, articleCount: Number(o.articles) }))
      .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name)),
    ...idle.map((o) => ({ ...o, articleCount: 0 })),
  ];
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
