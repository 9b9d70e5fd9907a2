import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { languages, type Lng } from "@/i18n/settings";
import { verdictIn } from "@/lib/annotations/verdict";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { entityName } from "@/lib/domain/localize";
import { verdictRating } from "@/lib/domain/vocabulary";
import { keysetPage } from "@/lib/server/paging";
import { requestOrigin } from "@/lib/server/request";

/** What a ClaimReview reads of a claim: its words, where they appeared, who said them, its verdicts. */
const reviewed = {
  article: {
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      datePrecision: true,
      lang: true,
      outlet: { select: { name: true, url: true } },
    },
  },
  speaker: { include: { names: true } },
  annotations: {
    where: { motivation: "assessing", deletedAt: null },
    orderBy: { modified: "desc" },
    include: { creator: { select: { name: true } } },
  },
} as const;

type ReviewedClaim = NonNullable<Awaited<ReturnType<typeof reviewedClaim>>>;
const reviewedClaim = (db: PrismaClient, id: string) => db.claim.findUnique({ where: { id }, include: reviewed });

/**
 * A claim with a verdict as schema.org ClaimReview: the claim's words, where they appeared,
 * who said them (named in the claim's language when the entity has a name in it), and the
 * latest verdict given on it. Null when no note gives it a verdict.
 */
function toClaimReview(base: string, lng: Lng, claim: ReviewedClaim) {
  const assessment = claim.annotations.find((a) => verdictIn(a.body));
  if (!assessment) return null;
  const rating = verdictRating[verdictIn(assessment.body)!];
  const claimLng = (languages as readonly string[]).includes(claim.article.lang) ? (claim.article.lang as Lng) : lng;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/${lng}/articles/${claim.article.id}#claim-${claim.id}`,
    datePublished: assessment.modified.toISOString().slice(0, 10),
    claimReviewed: claim.quote,
    inLanguage: claim.article.lang,
    author: {
      "@type": "Organization",
      name: "Parallax",
      url: base,
      ...(assessment.creator && { employee: { "@type": "Person", name: assessment.creator.name } }),
    },
    itemReviewed: {
      "@type": "Claim",
      inLanguage: claim.article.lang,
      ...(claim.speaker && {
        author: { "@type": "Person", name: entityName(claim.speaker.names, claimLng)?.text ?? claim.speaker.slug },
      }),
      appearance: {
        "@type": "CreativeWork",
        url: claim.article.url ?? `${base}/api/articles/${claim.article.id}`,
        headline: claim.article.title,
        ...(claim.article.publishedAt && { datePublished: publishedOn(claim.article)!.slice(0, 10) }),
        ...(claim.article.outlet && { publisher: { "@type": "Organization", name: claim.article.outlet.name } }),
      },
    },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 4,
      worstRating: 1,
      alternateName: rating.label,
    },
  };
}

/** `GET /api/claims/{id}/review`: one claim's ClaimReview, or null. */
export async function claimReview(db: PrismaClient, base: string, claimId: string, lng: Lng) {
  const claim = await reviewedClaim(db, claimId);
  return claim && !claim.deletedAt ? toClaimReview(base, lng, claim) : null;
}

/** How many claims a page of the feed reads. */
export const FEED_PAGE_SIZE = 100;

/**
 * Every live claim with a verdict, of one event or of the corpus, as a schema.org DataFeed of
 * ClaimReview items at a stable URL, oldest claim first, a page at a time (`cursor` is the last
 * claim of the page before; `nextPage` names the next page while there is one).
 */
export async function claimReviewFeed(
  db: PrismaClient,
  base: string,
  lng: Lng,
  { eventId, cursor, pageSize = FEED_PAGE_SIZE }: { eventId?: string; cursor?: string; pageSize?: number } = {},
) {
  const { items: page, next } = await keysetPage(
    (args) =>
      db.claim.findMany({
        ...args,
        where: {
          deletedAt: null,
          ...(eventId && { eventId }),
          annotations: { some: { motivation: "assessing", deletedAt: null } },
        },
        orderBy: { id: "asc" },
        include: reviewed,
      }),
    cursor,
    pageSize,
  );
  const url = `${base}/api/${eventId ? `events/${eventId}/` : ""}claim-reviews`;
  const items = page.flatMap((c) => toClaimReview(base, lng, c) ?? []);
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: "Parallax ClaimReview feed",
    url,
    inLanguage: lng,
    dateModified: items.reduce((latest, r) => (r.datePublished > latest ? r.datePublished : latest), "") || null,
    dataFeedElement: items,
    ...(next && {
      nextPage: `${url}?lang=${lng}&cursor=${encodeURIComponent(next)}`,
    }),
  };
}

/** A page of the ClaimReview feed as JSON-LD, for the corpus or one event. */
export async function feedResponse(db: PrismaClient, request: NextRequest, lng: Lng, eventId?: string) {
  const cursor = request.nextUrl.searchParams.get("cursor")?.slice(0, 64) || undefined;
  const feed = await claimReviewFeed(db, requestOrigin(request), lng, { eventId, cursor });
  return new NextResponse(JSON.stringify(feed), { headers: { "Content-Type": "application/ld+json" } });
}
