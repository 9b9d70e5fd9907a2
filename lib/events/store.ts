import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { dayOf, optionalDay } from "@/lib/domain/dates";
import { changedTexts } from "@/lib/domain/localize";
import { id, perLanguage, type PerLanguage } from "@/lib/domain/schemas";
import { reindex } from "@/lib/search/reindex";
import { Refusal } from "@/lib/server/errors";
import { uniqueSlug } from "@/lib/text/slug";

/** Opening an event, correcting it, archiving it, and gathering articles into it. */

export const newEvent = z.strictObject({
  title: perLanguage(300),
  summary: perLanguage(2000).optional(),
  startsOn: optionalDay,
  endsOn: optionalDay,
});

export const eventChange = z.strictObject({
  title: perLanguage(300).optional(),
  summary: perLanguage(2000).optional(),
  startsOn: optionalDay,
  endsOn: optionalDay,
  /** true moves the event out of the events list; false brings it back */
  archived: z.boolean().optional(),
});

export const eventArticles = z.strictObject({
  articleIds: z.array(id).min(1).max(500),
  /** add those not in the event yet instead of refusing them all (adding search results in bulk) */
  skipPresent: z.boolean().optional(),
});

type Translation = { lang: string; title: string; summary: string | null };

/** The translation rows after a change: each language with a title; a summary needs a title in its language. */
function mergeTranslations(before: Translation[], title?: PerLanguage, summary?: PerLanguage): Translation[] {
  const titles = changedTexts(
    before.map((t) => ({ lang: t.lang, text: t.title })),
    title,
  );
  const summaries = changedTexts(
    before.flatMap((t) => (t.summary ? [{ lang: t.lang, text: t.summary }] : [])),
    summary,
  );
  if (titles.size === 0) throw new Refusal("titleRequired", { fields: ["title"] });
  if ([...summaries.keys()].some((lang) => !titles.has(lang))) throw new Refusal("invalid", { fields: ["summary"] });
  return [...titles]
    .map(([lang, t]) => ({ lang, title: t, summary: summaries.get(lang) ?? null }))
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

function checkRange(startsOn: Date | null, endsOn: Date | null) {
  if (startsOn && endsOn && endsOn < startsOn) throw new Refusal("dateRange", { fields: ["endsOn"] });
}

async function snapshot(tx: Tx, eventId: string) {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    include: { translations: { orderBy: { lang: "asc" } } },
  });
  return (
    event && {
      slug: event.slug,
      translations: event.translations.map((t) => ({ lang: t.lang, title: t.title, summary: t.summary })),
      startsOn: dayOf(event.startsOn),
      endsOn: dayOf(event.endsOn),
      archived: event.archivedAt !== null,
    }
  );
}

export async function createEvent(db: PrismaClient, input: z.output<typeof newEvent>, user: AuthUser) {
  const translations = mergeTranslations([], input.title, input.summary);
  const startsOn = input.startsOn ?? null;
  const endsOn = input.endsOn ?? null;
  checkRange(startsOn, endsOn);
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(translations[0]!.title, "event", async (s) =>
      Boolean(await tx.event.findUnique({ where: { slug: s }, select: { id: true } })),
    );
    const event = await tx.event.create({
      data: { slug, startsOn, endsOn, translations: { create: translations } },
    });
    const after = await snapshot(tx, event.id);
    await recordAudit(tx, { userId: user.id, action: "create", entityType: "event", entityId: event.id, after });
    return { id: event.id, ...after! };
  });
}

export async function updateEvent(
  db: PrismaClient,
  eventId: string,
  change: z.output<typeof eventChange>,
  user: AuthUser,
) {
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, eventId);
    if (!before) throw new Refusal("notFound");
    const translations = mergeTranslations(before.translations, change.title, change.summary);
    const startsOn =
      change.startsOn === undefined ? (before.startsOn ? new Date(before.startsOn) : null) : change.startsOn;
    const endsOn = change.endsOn === undefined ? (before.endsOn ? new Date(before.endsOn) : null) : change.endsOn;
    checkRange(startsOn, endsOn);
    const archived = change.archived ?? before.archived;
    const same =
      JSON.stringify(translations) === JSON.stringify(before.translations) &&
      dayOf(startsOn) === before.startsOn &&
      dayOf(endsOn) === before.endsOn &&
      archived === before.archived;
    if (same) return { id: eventId, ...before };
    await tx.eventTranslation.deleteMany({ where: { eventId } });
    await tx.event.update({
      where: { id: eventId },
      data: {
        startsOn,
        endsOn,
        archivedAt: archived === before.archived ? undefined : archived ? new Date() : null,
        translations: { create: translations },
      },
    });
    const after = (await snapshot(tx, eventId))!;
    await recordAudit(tx, { userId: user.id, action: "update", entityType: "event", entityId: eventId, before, after });
    return { id: eventId, ...after };
  });
}

/** Adds articles to an event; one that does not exist, or is in it already, refuses them all. */
export async function addEventArticles(
  db: PrismaClient,
  eventId: string,
  ids: string[],
  user: AuthUser,
  { skipPresent = false } = {},
) {
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) throw new Refusal("notFound");
    const found = await tx.article.count({ where: { id: { in: unique } } });
    if (found !== unique.length) throw new Refusal("invalid", { fields: ["articleIds"] });
    const present = await tx.eventArticle.findMany({
      where: { eventId, articleId: { in: unique } },
      select: { articleId: true },
    });
    if (present.length && !skipPresent) throw new Refusal("alreadyInEvent", { fields: ["articleIds"] });
    const articleIds = unique.filter((a) => !present.some((p) => p.articleId === a));
    await tx.eventArticle.createMany({ data: articleIds.map((articleId) => ({ eventId, articleId })) });
    await recordAudit(tx, {
      userId: user.id,
      action: "add-articles",
      entityType: "event",
      entityId: eventId,
      after: { articleIds },
    });
    return { added: articleIds.length, skipped: present.length };
  });
}

/**
 * Takes an article out of an event. Its claims in that event go with it (deleted, so
 * they can still be restored); the article and its other events keep theirs.
 */
export async function removeEventArticle(db: PrismaClient, eventId: string, articleId: string, user: AuthUser) {
  return db.$transaction(async (tx) => {
    const link = await tx.eventArticle.findUnique({ where: { eventId_articleId: { eventId, articleId } } });
    if (!link) throw new Refusal("notFound");
    const claims = await tx.claim.findMany({
      where: { eventId, articleId, deletedAt: null },
      select: { id: true },
    });
    await tx.claim.updateMany({
      where: { id: { in: claims.map((c) => c.id) } },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    await reindex(tx, { claims: claims.map((c) => c.id) });
    await tx.eventArticle.delete({ where: { eventId_articleId: { eventId, articleId } } });
    await recordAudit(tx, {
      userId: user.id,
      action: "remove-article",
      entityType: "event",
      entityId: eventId,
      before: { articleId, claimIds: claims.map((c) => c.id) },
    });
    return { removed: articleId, claimsDeleted: claims.length };
  });
}
