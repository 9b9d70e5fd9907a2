import "server-only";
import type { Lng } from "@/i18n/settings";
import type { PrismaClient } from "@/lib/db/client";
import { dayOf, publishedOn } from "@/lib/domain/dates";
import { articleHeading } from "./article-list";
import { localize } from "./translations";

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

/** The open events (or, with `archived`, the archived ones), oldest first. */
export async function listEvents(db: PrismaClient, lng: Lng, { archived = false } = {}) {
  const events = await db.event.findMany({
    where: { archivedAt: archived ? { not: null } : null },
    orderBy: { createdAt: "asc" },
    include: { translations: true, _count: { select: { articles: true, aspects: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    slug: e.slug,
    ...eventText(e.translations, e.slug, lng),
    startsOn: dayOf(e.startsOn),
    endsOn: dayOf(e.endsOn),
    articleCount: e._count.articles,
    aspectCount: e._count.aspects,
  }));
}

export type EventSummary = Awaited<ReturnType<typeof listEvents>>[number];

/**
 * An event's own rows, read once per request: its titles, its aspects with their
 * questions, and its articles with their outlets and confirmed claim counts. The event
 * page, its metadata and the comparison all start from these.
 */
export function eventRows(db: PrismaClient, id: string) {
  return db.event.findUnique({
    where: { id },
    include: {
      translations: true,
      aspects: { orderBy: { position: "asc" }, include: { translations: true } },
      articles: {
        include: {
          article: {
            select: {
              ...articleHeading,
              _count: { select: { claims: { where: { eventId: id, status: "confirmed", deletedAt: null } } } },
            },
          },
        },
      },
    },
  });
}

export type EventRows = NonNullable<Awaited<ReturnType<typeof eventRows>>>;

/** An event's title and summary in `lng`, from its rows. */
export const eventHeading = (event: EventRows, lng: Lng) => eventText(event.translations, event.slug, lng);

export async function getEvent(db: PrismaClient, id: string, lng: Lng) {
  const event = await eventRows(db, id);
  return event && eventDetail(db, event, lng);
}

/** How many outlets of the corpus without an article in the event its page names. */
const ABSENT_SHOWN = 30;

/**
 * The event with its articles in publication order and its coverage: per aspect, how
 * many articles and claims answer it and which sources are silent on it; and which
 * outlets of the corpus have no article in the event, those with most articles first.
 */
export async function eventDetail(db: PrismaClient, event: EventRows, lng: Lng) {
  const present = [...new Set(event.articles.flatMap(({ article }) => (article.outlet ? [article.outlet.id] : [])))];
  const absentWhere = { id: { notIn: present } };
  const [coverage, absent, absentCount] = await Promise.all([
    // How many articles and confirmed claims answer each aspect.
    db.claim.groupBy({
      by: ["aspectId", "articleId"],
      where: { eventId: event.id, status: "confirmed", deletedAt: null },
      _count: { _all: true },
    }),
    db.outlet.findMany({
      where: absentWhere,
      orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }],
      take: ABSENT_SHOWN,
      select: { id: true, name: true, _count: { select: { articles: true } } },
    }),
    db.outlet.count({ where: absentWhere }),
  ]);

  // A source is an outlet, or an article whose outlet is unknown: the comparison's columns.
  const sourceOf = (article: EventRows["articles"][number]["article"]) =>
    article.outlet ?? { id: `article-${article.id}`, name: article.title };
  const sources = new Map(event.articles.map(({ article }) => [sourceOf(article).id, sourceOf(article)]));
  const sourceOfArticle = new Map(event.articles.map(({ article }) => [article.id, sourceOf(article).id]));

  const articles = event.articles
    .map(({ article }) => ({
      id: article.id,
      title: article.title,
      lang: article.lang,
      publishedAt: publishedOn(article),
      outlet: article.outlet,
      claimCount: article._count.claims,
    }))
    .sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.title.localeCompare(b.title));

  return {
    id: event.id,
    slug: event.slug,
    ...eventText(event.translations, event.slug, lng),
    translations: event.translations.map((t) => ({ lang: t.lang, title: t.title, summary: t.summary })),
    startsOn: dayOf(event.startsOn),
    endsOn: dayOf(event.endsOn),
    archived: event.archivedAt !== null,
    aspects: event.aspects.map((a) => {
      const rows = coverage.filter((c) => c.aspectId === a.id);
      const speaking = new Set(rows.map((r) => sourceOfArticle.get(r.articleId)));
      return {
        ...aspectText(a, lng),
        questions: a.translations.map((t) => ({ lang: t.lang, question: t.question })),
        articleCount: rows.length,
        claimCount: rows.reduce((sum, r) => sum + r._count._all, 0),
        silent: [...sources.values()].filter((s) => !speaking.has(s.id)),
      };
    }),
    articles,
    outlets: {
      present: present.length,
      absent: absent.map((o) => ({ id: o.id, name: o.name, articleCount: o._count.articles })),
      absentCount,
    },
  };
}

export type EventDetail = Awaited<ReturnType<typeof eventDetail>>;
