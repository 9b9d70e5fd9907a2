import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { addVerdict } from "@/test/verdict";
import { claimReview, claimReviewFeed } from "./load-review";

const { prisma } = withTempDatabase("claim-review");
const base = "https://parallax.example";

const verdict = (quoteStart: string, value: string, modified: string) =>
  addVerdict(prisma, quoteStart, value, modified);

let eventId: string;
beforeAll(async () => {
  await seedDemoCorpus(prisma);
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } })).id;
}, 60_000);

describe("the ClaimReview feed", () => {
  it("is empty without verdicts, and names itself at a stable URL", async () => {
    expect(await claimReviewFeed(prisma, base, "en")).toEqual({
      "@context": "https://schema.org",
      "@type": "DataFeed",
      name: "Parallax ClaimReview feed",
      url: `${base}/api/claim-reviews`,
      inLanguage: "en",
      dateModified: null,
      dataFeedElement: [],
    });
  });

  it("gives every claim with a verdict, field by field as fact-check aggregators read them", async () => {
    const bolton = await verdict("some 20,000 Cubans", "misleading", "2019-04-02T10:00:00Z");
    const ukrainian = await verdict("Росія відхилила цей запит", "supported", "2019-04-03T10:00:00Z");
    const feed = await claimReviewFeed(prisma, base, "uk", { eventId });
    expect(feed.url).toBe(`${base}/api/events/${eventId}/claim-reviews`);
    expect(feed.dateModified).toBe("2019-04-03");
    const byQuote = new Map(feed.dataFeedElement.map((r) => [r.claimReviewed, r]));
    expect([...byQuote.keys()].sort()).toEqual([bolton.quote, ukrainian.quote].sort());
    expect(byQuote.get(bolton.quote)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${base}/uk/articles/${bolton.articleId}#claim-${bolton.id}`,
      datePublished: "2019-04-02",
      claimReviewed: bolton.quote,
      inLanguage: "en",
      author: { "@type": "Organization", name: "Parallax", url: base },
      itemReviewed: {
        "@type": "Claim",
        inLanguage: "en",
        // in the language of the claim, though the feed is read in Ukrainian
        author: { "@type": "Person", name: "John Bolton" },
        appearance: {
          "@type": "CreativeWork",
          url: `${base}/api/articles/${bolton.articleId}`,
          headline: "Russia is ready to send more ‘military specialists’ to Venezuela",
          // the month is all the text dates it by
          datePublished: "2019-06",
          publisher: { "@type": "Organization", name: "Daily Mail" },
        },
      },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 2,
        bestRating: 4,
        worstRating: 1,
        alternateName: "Misleading",
      },
    });
    expect(byQuote.get(ukrainian.quote)).toMatchObject({
      inLanguage: "uk",
      itemReviewed: {
        inLanguage: "uk",
        author: { "@type": "Person", name: "Росія" },
        appearance: { datePublished: "2019-09", publisher: { "@type": "Organization", name: "Infobae" } },
      },
      reviewRating: { ratingValue: 4, alternateName: "Supported" },
    });
    // the corpus feed holds them too; a single claim's review is the same item
    const corpus = await claimReviewFeed(prisma, base, "uk");
    expect(corpus.dataFeedElement).toEqual(feed.dataFeedElement);
    expect(await claimReview(prisma, base, bolton.id, "uk")).toEqual(byQuote.get(bolton.quote));
  });

  it("pages: the next page's address carries the cursor, and the pages hold every review once", async () => {
    const first = await claimReviewFeed(prisma, base, "ru", { pageSize: 1 });
    expect(first.dataFeedElement).toHaveLength(1);
    const cursor = new URL(first.nextPage!).searchParams.get("cursor")!;
    expect(first.nextPage).toBe(`${base}/api/claim-reviews?lang=ru&cursor=${cursor}`);
    const second = await claimReviewFeed(prisma, base, "ru", { pageSize: 1, cursor });
    expect(second.dataFeedElement).toHaveLength(1);
    expect(second).not.toHaveProperty("nextPage");
    expect([...first.dataFeedElement, ...second.dataFeedElement]).toEqual(
      (await claimReviewFeed(prisma, base, "ru")).dataFeedElement,
    );
  });

  it("takes the latest verdict, and leaves out deleted claims and comments", async () => {
    const bolton = await verdict("some 20,000 Cubans", "false", "2019-05-01T10:00:00Z");
    const feed = await claimReviewFeed(prisma, base, "en");
    expect(feed.dataFeedElement.find((r) => r.claimReviewed === bolton.quote)!.reviewRating.alternateName).toBe(
      "False",
    );
    // the demo's only note on a claim is a comment: it makes no review
    expect(feed.dataFeedElement).toHaveLength(2);
    await prisma.claim.update({ where: { id: bolton.id }, data: { deletedAt: new Date() } });
    expect((await claimReviewFeed(prisma, base, "en")).dataFeedElement).toHaveLength(1);
    expect(await claimReview(prisma, base, bolton.id, "en")).toBeNull();
  });
});
