import "server-only";
import type { Lng } from "@/i18n/settings";
import { db } from "./db";
import { entityName, localize } from "./translations";

/** An article with its full stored text and its claims (rejected ones left out), in text order. */
export async function getArticle(id: string, lng: Lng) {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, name: true } },
      events: { include: { event: { include: { translations: true } } } },
      claims: {
        where: { status: { not: "rejected" }, deletedAt: null },
        orderBy: [{ start: "asc" }, { end: "desc" }],
        include: {
          speaker: { include: { names: true } },
          aspect: { include: { translations: true } },
        },
      },
    },
  });
  if (!article) return null;

  return {
    id: article.id,
    title: article.title,
    lang: article.lang,
    url: article.url,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    source: article.source,
    notes: article.notes,
    outlet: article.outlet,
    events: article.events.map(({ event }) => ({
      id: event.id,
      title: localize(event.translations, lng, "title")?.text ?? event.slug,
    })),
    text: article.text,
    claims: article.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      start: c.start,
      end: c.end,
      prefix: c.prefix,
      suffix: c.suffix,
      kind: c.kind,
      stance: c.stance,
      status: c.status,
      eventId: c.eventId,
      aspect: c.aspect && {
        id: c.aspect.id,
        question: localize(c.aspect.translations, lng, "question")?.text ?? c.aspect.slug,
      },
      speaker: c.speaker && {
        id: c.speaker.id,
        name: entityName(c.speaker.names, lng)?.text ?? c.speaker.slug,
      },
      quantity:
        c.low === null || c.high === null
          ? null
          : { low: c.low, high: c.high, unit: c.unit, counted: c.counted, approximate: c.approximate },
      note: c.note,
    })),
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
export type ArticleClaim = ArticleDetail["claims"][number];
