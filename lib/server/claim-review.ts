import "server-only";
import type { Lng } from "@/i18n/settings";
import { verdictIn } from "@/lib/annotations/verdict";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { verdictRating } from "@/lib/domain/vocabulary";
import { entityName } from "./translations";

/**
 * A claim with a verdict as schema.org ClaimReview: the claim's words, where they
 * appeared, who said them, and the latest verdict given on it.
 */
export async function claimReview(db: PrismaClient, base: string, claimId: string, lng: Lng) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
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
    },
  });
  if (!claim || claim.deletedAt) return null;
  const assessment = claim.annotations.find((a) => verdictIn(a.body));
  if (!assessment) return null;
  const verdict = verdictIn(assessment.body)!;
  const rating = verdictRating[verdict];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/${lng}/articles/${claim.article.id}#claim-${claim.id}`,
    datePublished: assessment.modified.toISOString().slice(0, 10),
    claimReviewed: claim.quote,
    author: {
      "@type": "Organization",
      name: "Parallax",
      ...(assessment.creator && { employee: { "@type": "Person", name: assessment.creator.name } }),
    },
    itemReviewed: {
      "@type": "Claim",
      inLanguage: claim.article.lang,
      ...(claim.speaker && {
        author: { "@type": "Person", name: entityName(claim.speaker.names, lng)?.text ?? claim.speaker.slug },
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
