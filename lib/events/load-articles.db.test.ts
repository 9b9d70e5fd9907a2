import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/server/paging";
import { LIST_PAGE } from "@/lib/server/paging";
import { contentHash } from "@/lib/text/hash";
import { withTempDatabase } from "@/test/temp-database";
import { eventArticlePage } from "./load-articles";

const { prisma } = withTempDatabase("event-articles");

const TITLES = ["Russia sent 100 troops", "Росія відправила 100 військових", "Россия отправила 100 военных"];

/** Adds an article to the event, dated (or not), in one of the three languages. */
async function addArticle(eventId: string, n: number, day: number | null) {
  const text = `${TITLES[n % 3]} (${n}).`;
  await prisma.article.create({
    data: {
      title: `${TITLES[n % 3]} ${n}`,
      lang: ["en", "uk", "ru"][n % 3]!,
      text,
      contentHash: contentHash(text),
      publishedAt: day === null ? null : new Date(Date.UTC(2019, 0, day)),
      events: { create: { eventId } },
    },
  });
}

describe("an event's articles, a page at a time", () => {
  it("pages in publication order, undated last, and loses or repeats nothing while articles are added", async () => {
    const event = await prisma.event.create({ data: { slug: "paging" } });
    // 130 articles, several on each day, ten without a date
    for (let n = 0; n < 130; n++) await addArticle(event.id, n, n < 120 ? 1 + (n % 30) : null);
    const before = new Set(
      (await prisma.eventArticle.findMany({ where: { eventId: event.id } })).map((e) => e.articleId),
    );

    const seen: string[] = [];
    const dates: (string | null)[] = [];
    let after: string | null = null;
    let added = 130;
    for (let pages = 0; pages < 10; pages++) {
      const page: Awaited<ReturnType<typeof eventArticlePage>> = await eventArticlePage(prisma, event.id, after);
      expect(page.items.length).toBeLessThanOrEqual(LIST_PAGE);
      seen.push(...page.items.map((a) => a.id));
      dates.push(...page.items.map((a) => a.publishedAt));
      // between pages, others add articles before and after where the reader stands
      await addArticle(event.id, added++, 1);
      await addArticle(event.id, added++, null);
      if (!page.next) break;
      after = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...before].filter((id) => !seen.includes(id))).toEqual([]);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null)).toBe(dated.length);
    expect(added).toBe(136); // three pages read, two articles added after each
    expect(await eventArticlePage(prisma, event.id, null)).toMatchObject({ total: 136 });
  });

  it("starts from the beginning when the cursor is not one of ours", async () => {
    expect(decodeCursor("not a cursor")).toBeNull();
    expect(decodeCursor(encodeCursor("2019-01-01", "a1"))).toEqual({ key: "2019-01-01", id: "a1" });
    expect(decodeCursor(Buffer.from('["x"]').toString("base64url"))).toBeNull();
  });
});
