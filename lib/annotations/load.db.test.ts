import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { LIST_PAGE } from "@/lib/server/paging";
import { withTempDatabase } from "@/test/temp-database";
import { listAnnotations, pageRef, pageToken, type PageRef } from "./load";

const { prisma } = withTempDatabase("annotations");
const BASE = "http://parallax.test";

let articleId: string;
beforeAll(async () => {
  await seedDemoCorpus(prisma);
  // enough notes on a Ukrainian article to fill three more pages
  const article = await prisma.article.findFirstOrThrow({ where: { lang: "uk" } });
  articleId = article.id;
  for (let n = 0; n < 130; n++) await note(`Примітка ${n}`);
}, 60_000);

const note = (text: string) =>
  prisma.annotation.create({
    data: {
      motivation: "commenting",
      body: JSON.stringify([{ type: "TextualBody", value: text, format: "text/plain", purpose: "commenting" }]),
      articleId,
      exact: "Росія",
      prefix: "",
      suffix: "",
      start: 0,
      end: 5,
    },
  });

describe("the annotation container, a page at a time by cursor", () => {
  it("counts every live claim, note and relation from the counters the triggers keep", async () => {
    const first = await listAnnotations(prisma, BASE, { at: "first" }, {});
    const claims = await prisma.claim.count({ where: { deletedAt: null } });
    const notes = await prisma.annotation.count({ where: { deletedAt: null } });
    const relations = await prisma.claimRelation.count({ where: { status: "confirmed" } });
    expect(first.total).toBe(claims + notes + relations);
    const claim = await prisma.claim.findFirstOrThrow({ where: { deletedAt: null } });
    await prisma.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect((await listAnnotations(prisma, BASE, { at: "first" }, {})).total).toBe(first.total - 1);
    await prisma.claim.update({ where: { id: claim.id }, data: { deletedAt: null } });
    expect((await listAnnotations(prisma, BASE, { at: "first" }, {})).total).toBe(first.total);
  });

  it("follows next through claims, notes and relations, losing and repeating nothing while notes are added", async () => {
    const before = await listAnnotations(prisma, BASE, { at: "first" }, {});
    const seen: string[] = [];
    let ref: PageRef = { at: "first" };
    let added = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof listAnnotations>> = await listAnnotations(prisma, BASE, ref, {});
      expect(page.startIndex).toBe(seen.length);
      expect(page.items.length).toBeLessThanOrEqual(LIST_PAGE);
      seen.push(...page.items.map((a) => a.id));
      await note(`Нова примітка ${added++}`);
      if (!page.next) break;
      // the cursor survives its trip through the page's IRI
      ref = pageRef(pageToken(page.next))!;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // everything there was, and the notes added meanwhile but the one added after the last page
    expect(seen.length).toBe(before.total + added - 1);
    // claims first, relations last
    expect([seen[0], seen.at(-1)]).toEqual([expect.stringMatching(/\/claim-/), expect.stringMatching(/\/relation-/)]);
  });

  it("reads the last page and goes back from it with prev, to the first", async () => {
    const last = await listAnnotations(prisma, BASE, { at: "last" }, {});
    expect(last.next).toBeNull();
    expect(last.startIndex).toBe(last.total - last.items.length);
    const back: string[][] = [last.items.map((a) => a.id)];
    let prev = last.prev;
    while (prev) {
      const page: Awaited<ReturnType<typeof listAnnotations>> = await listAnnotations(prisma, BASE, prev, {});
      expect(page.next).not.toBeNull();
      back.unshift(page.items.map((a) => a.id));
      prev = page.prev;
    }
    const forward: string[] = [];
    let ref: PageRef | null = { at: "first" };
    while (ref) {
      const page: Awaited<ReturnType<typeof listAnnotations>> = await listAnnotations(prisma, BASE, ref, {});
      forward.push(...page.items.map((a) => a.id));
      ref = page.next;
    }
    expect(back.flat()).toEqual(forward);
  });

  it("refuses a page token that is not one of ours, and narrows to one article", async () => {
    for (const token of ["999", "-1", "bGFzdA", Buffer.from('["a","claim","x",-5]').toString("base64url")])
      expect(pageRef(token)).toBeNull();
    const mine = await listAnnotations(prisma, BASE, { at: "first" }, { articleId });
    const notes = await prisma.annotation.count({ where: { articleId, deletedAt: null } });
    const claims = await prisma.claim.count({ where: { articleId, deletedAt: null } });
    expect(mine.total).toBeGreaterThanOrEqual(notes + claims);
    expect(mine.items.every((a) => JSON.stringify(a.target).includes(articleId))).toBe(true);
  });
});
