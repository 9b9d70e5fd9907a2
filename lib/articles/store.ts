import "server-only";
import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { anchor } from "@/lib/anchoring/anchor";
import type { TextualBody } from "@/lib/annotations/w3c";
import { recordAudit } from "@/lib/audit/store";
import { entityMatcher, recomputeCandidates } from "@/lib/candidates/store";
import { relaysInclude, shownRelays } from "@/lib/claims/relays";
import type { PrismaClient } from "@/lib/db/client";
import { publicationDate, publishedOn } from "@/lib/domain/dates";
import { entityName, localize } from "@/lib/domain/localize";
import { quantityOf } from "@/lib/domain/quantity";
import { differences, id, nameText, plainText, webAddress } from "@/lib/domain/schemas";
import { blankIsNull } from "@/lib/domain/schemas";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { claimIdsOf, reindex } from "@/lib/search/reindex";
import { Refusal } from "@/lib/server/errors";

/** The other claim of a relation, as the article page names it. */
const otherClaim = {
  select: {
    id: true,
    quote: true,
    articleId: true,
    article: { select: { lang: true, title: true, outlet: { select: { name: true } } } },
  },
} as const;
const liveRelations = (other: "from" | "to") => ({ status: "confirmed" as const, [other]: { deletedAt: null } });

const claimInclude = {
  speaker: { include: { names: true } },
  ...relaysInclude,
  aspect: { include: { translations: true } },
  creator: { select: { id: true, name: true } },
  relationsFrom: { where: liveRelations("to"), orderBy: { createdAt: "asc" }, include: { to: otherClaim } },
  relationsTo: { where: liveRelations("from"), orderBy: { createdAt: "asc" }, include: { from: otherClaim } },
} as const;

type OtherClaim = ClaimRow["relationsFrom"][number]["to"];
const relatedClaim = (c: OtherClaim) => ({
  id: c.id,
  quote: c.quote,
  articleId: c.articleId,
  lang: c.article.lang,
  source: c.article.outlet?.name ?? c.article.title,
});

type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;
const findClaim = (db: PrismaClient, id: string) => db.claim.findUnique({ where: { id }, include: claimInclude });

function toArticleClaim(c: ClaimRow, lng: Lng) {
  return {
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
    speakerText: c.speakerText,
    reportedVia: shownRelays(c.relays, lng),
    quantity: quantityOf(c),
    note: c.note,
    version: c.version,
    creator: c.creator,
    /** its relations both ways: "out" when this claim relates to the other */
    relations: [
      ...c.relationsFrom.map((r) => ({ id: r.id, kind: r.kind, direction: "out" as const, other: relatedClaim(r.to) })),
      ...c.relationsTo.map((r) => ({ id: r.id, kind: r.kind, direction: "in" as const, other: relatedClaim(r.from) })),
    ],
  };
}

/** One live claim in the shape the article page uses (null when missing or deleted). */
export async function getArticleClaim(db: PrismaClient, id: string, lng: Lng) {
  const claim = await findClaim(db, id);
  return claim && !claim.deletedAt ? toArticleClaim(claim, lng) : null;
}

/**
 * An article with its full stored text, its claims (rejected ones left out) and its
 * notes (comments, tags, verdicts), in text order. A note whose quote is no longer
 * in the text is kept and marked orphaned.
 */
export async function getArticle(db: PrismaClient, id: string, lng: Lng) {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, name: true } },
      likelyDuplicateOf: { select: { id: true, title: true } },
      events: {
        include: {
          event: {
            include: { translations: true, aspects: { orderBy: { position: "asc" }, include: { translations: true } } },
          },
        },
      },
      claims: {
        where: { status: { not: "rejected" }, deletedAt: null },
        orderBy: [{ start: "asc" }, { end: "desc" }],
        include: claimInclude,
      },
      annotations: {
        where: { deletedAt: null },
        orderBy: [{ start: "asc" }, { created: "asc" }],
        include: { creator: { select: { id: true, name: true } } },
      },
    },
  });
  if (!article) return null;

  const annotations = await Promise.all(
    article.annotations.map(async (a) => {
      const at = await anchor(article.text, a);
      return {
        id: a.id,
        motivation: a.motivation as "commenting" | "tagging" | "assessing",
        bodies: JSON.parse(a.body) as TextualBody[],
        claimId: a.claimId,
        start: at.start,
        end: at.end,
        exact: a.exact,
        orphaned: at.by === "orphaned",
        creator: a.creator,
        version: a.version,
        created: a.created.toISOString(),
      };
    }),
  );

  return {
    id: article.id,
    title: article.title,
    lang: article.lang,
    url: article.url,
    publishedAt: publishedOn(article),
    datePrecision: article.datePrecision,
    source: article.source,
    notes: article.notes,
    byline: article.byline,
    likelyDuplicateOf: article.likelyDuplicateOf,
    outlet: article.outlet,
    events: article.events.map(({ event }) => ({
      id: event.id,
      title: localize(event.translations, lng, "title")?.text ?? event.slug,
      aspects: event.aspects.map((a) => ({
        id: a.id,
        kind: a.kind,
        unit: a.unit,
        question: localize(a.translations, lng, "question")?.text ?? a.slug,
      })),
    })),
    text: article.text,
    claims: article.claims.map((c) => toArticleClaim(c, lng)),
    annotations,
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
export type ArticleClaim = ArticleDetail["claims"][number];
export type ArticleNote = ArticleDetail["annotations"][number];

/** What of an article an editor may correct; a field left out stays as it is. The text never changes. */
export const articleChange = z.strictObject({
  title: nameText(500).optional(),
  outletId: z.preprocess(blankIsNull, id.nullable()).optional(),
  /** "2019-03-25", or "2019-03" when only the month is known; blank or null when not known */
  publishedAt: z.preprocess(blankIsNull, publicationDate.nullable()).optional(),
  url: webAddress.optional(),
  byline: z.preprocess(blankIsNull, plainText(300).nullable()).optional(),
  /** detection can be wrong; the candidates are read again in the new language */
  lang: z.enum(contentLanguages).optional(),
});

const detailFields = {
  id: true,
  title: true,
  outletId: true,
  publishedAt: true,
  datePrecision: true,
  url: true,
  byline: true,
  lang: true,
} as const;

export async function updateArticle(
  db: PrismaClient,
  id: string,
  change: z.output<typeof articleChange>,
  userId: string,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id }, select: detailFields });
    if (!before) throw new Refusal("notFound");
    if (change.outletId && !(await tx.outlet.findUnique({ where: { id: change.outletId }, select: { id: true } })))
      throw new Refusal("invalid", { fields: ["outletId"] });
    const data = differences(before, {
      title: change.title,
      outletId: change.outletId,
      url: change.url,
      byline: change.byline,
      lang: change.lang,
      ...(change.publishedAt !== undefined &&
        (change.publishedAt ?? { publishedAt: null, datePrecision: "day" as const })),
    });
    if (Object.keys(data).length === 0) return { ...before, publishedAt: publishedOn(before) };
    const after = await tx.article.update({ where: { id }, data, select: detailFields });
    // the index holds the title, and stems every text of the article by its language
    if (data.title !== undefined || data.lang)
      await reindex(tx, { articles: [id], ...(data.lang && { claims: await claimIdsOf(tx, id) }) });
    if (data.lang) {
      // sentences and words are read by the language's rules: read them again
      const { text } = (await tx.article.findUnique({ where: { id }, select: { text: true } }))!;
      await recomputeCandidates(tx, { id, text, lang: after.lang }, await entityMatcher(tx));
    }
    const changed = Object.keys(data) as (keyof typeof before)[];
    await recordAudit(tx, {
      userId,
      action: "update",
      entityType: "article",
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return { ...after, publishedAt: publishedOn(after) };
  });
}
