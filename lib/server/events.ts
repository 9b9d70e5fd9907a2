import "server-only";
import type { Lng } from "@/i18n/settings";
import type { PrismaClient } from "@/lib/db/client";
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

export async function listEvents(db: PrismaClient, lng: Lng) {
  const events = await db.event.findMany({
    orderBy: { createdAt: "asc" },
    include: { translations: true, _count: { select: { articles: true, aspects: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    slug: e.slug,
    ...eventText(e.translations, e.slug, lng),
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
              id: true,
              title: true,
              lang: true,
              publishedAt: true,
              outlet: { select: { id: true, name: true } },
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

/** The event with its aspects' coverage and its articles in publication order. */
export async function eventDetail(db: PrismaClient, event: EventRows, lng: Lng) {
  // How many articles and confirmed claims answer each aspect.
  const coverage = await db.claim.groupBy({
    by: ["aspectId", "articleId"],
    where: { eventId: event.id, status: "confirmed", deletedAt: null },
    _count: { _all: true },
  });

  const articles = event.articles
    .map(({ article }) => ({
      id: article.id,
      title: article.title,
      lang: article.lang,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      outlet: article.outlet,
      claimCount: article._count.claims,
    }))
    .sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.title.localeCompare(b.title));

  return {
    id: event.id,
    slug: event.slug,
    ...eventText(event.translations, event.slug, lng),
    aspects: event.aspects.map((a) => {
      const rows = coverage.filter((c) => c.aspectId === a.id);
      return {
        ...aspectText(a, lng),
        articleCount: rows.length,
        claimCount: rows.reduce((sum, r) => sum + r._count._all, 0),
      };
    }),
    articles,
  };
}

export type EventDetail = Awaited<ReturnType<typeof eventDetail>>;
