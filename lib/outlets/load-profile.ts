import "server-only";
import type { Lng } from "@/i18n/settings";
import { findDisputes } from "@/lib/comparison/disagreements";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { localize } from "@/lib/domain/localize";
import { quantityOf, quantitySelect } from "@/lib/domain/quantity";
import { keysetPage } from "@/lib/server/paging";
import { safeHttpUrl } from "@/lib/text/url";
import { outletFields } from "./store";

/**
 * An outlet as its page shows it: its details and aliases, a page of its articles
 * (newest first), the events it covers, and how often its figures stand more than
 * twice apart from another outlet's on the same aspect of those events.
 */
export async function outletProfile(db: PrismaClient, id: string, lng: Lng, cursor?: string) {
  const outlet = await db.outlet.findUnique({
    where: { id },
    select: {
      ...outletFields,
      aliases: { select: { name: true }, orderBy: { name: "asc" } },
      _count: { select: { articles: true } },
    },
  });
  if (!outlet) return null;

  const [page, perEvent] = await Promise.all([
    keysetPage(
      (args) =>
        db.article.findMany({
          ...args,
          where: { outletId: id },
          orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
          select: { id: true, title: true, lang: true, publishedAt: true, datePrecision: true },
        }),
      cursor,
    ),
    db.eventArticle.groupBy({ by: ["eventId"], where: { article: { outletId: id } }, _count: { _all: true } }),
  ]);
  const eventIds = perEvent.map((e) => e.eventId);
  const [events, figures] = await Promise.all([
    db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, slug: true, translations: true } }),
    db.claim.findMany({
      where: {
        eventId: { in: eventIds },
        aspectId: { not: null },
        status: "confirmed",
        deletedAt: null,
        low: { not: null },
      },
      select: {
        id: true,
        aspectId: true,
        articleId: true,
        stance: true,
        ...quantitySelect,
        article: { select: { outletId: true } },
      },
    }),
  ]);
  const claims = figures.map((c) => ({
    id: c.id,
    aspectId: c.aspectId!,
    sourceId: c.article.outletId ?? `article-${c.articleId}`,
    stance: c.stance,
    speaker: null,
    quantity: quantityOf(c),
  }));
  const apart = findDisputes(claims, []);
  const own = claims.filter((c) => c.sourceId === id);

  const { _count, ...details } = outlet;
  return {
    ...details,
    url: safeHttpUrl(outlet.url),
    aliases: outlet.aliases.map((a) => a.name),
    articleCount: _count.articles,
    articles: page.items.map((a) => ({
      id: a.id,
      title: a.title,
      lang: a.lang,
      publishedAt: publishedOn(a),
    })),
    nextCursor: page.next,
    events: events
      .map((e) => {
        const title = localize(e.translations, lng, "title");
        return {
          id: e.id,
          title: title?.text ?? e.slug,
          titleLang: title?.lang ?? null,
          articleCount: perEvent.find((p) => p.eventId === e.id)!._count._all,
        };
      })
      .sort((a, b) => b.articleCount - a.articleCount || a.title.localeCompare(b.title)),
    figures: { total: own.length, apart: own.filter((c) => apart.has(c.id)).length },
  };
}

export type OutletProfile = NonNullable<Awaited<ReturnType<typeof outletProfile>>>;
