import { describe, expect, it } from "vitest";
import { eventPage } from "@/lib/events/load";
import { listOutlets } from "@/lib/outlets/store";
import { withTempDatabase } from "@/test/temp-database";
import { LIST_PAGE } from "./paging";

const { prisma } = withTempDatabase("paging");

const NAMES = ["Associated Press", "Українська правда", "Новая газета", "BBC", "Дзеркало тижня", "Коммерсантъ"];

describe("lists a page at a time, by cursor", () => {
  it("outlets by name: every outlet once, none repeated, while others are added before and after the reader", async () => {
    for (let n = 0; n < 130; n++)
      await prisma.outlet.create({ data: { slug: `o-${n}`, name: `${NAMES[n % NAMES.length]} ${n}` } });
    const before = (await prisma.outlet.findMany()).map((o) => o.id);
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null = null;
    let added = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof listOutlets>> = await listOutlets(prisma, after);
      expect(page.outlets.length).toBeLessThanOrEqual(LIST_PAGE);
      seen.push(...page.outlets.map((o) => o.id));
      names.push(...page.outlets.map((o) => o.name));
      // one that sorts first and one that sorts last
      await prisma.outlet.create({ data: { slug: `a-${added}`, name: `AAA ${added}` } });
      await prisma.outlet.create({ data: { slug: `z-${added}`, name: `ЯЯЯ ${added++}` } });
      if (!page.next) break;
      after = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(before.filter((id) => !seen.includes(id))).toEqual([]);
    // in the database's order of names, the same on every page
    expect(names.slice(0, 3)).toEqual(["Associated Press 0", "Associated Press 102", "Associated Press 108"]);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // the ones added after the reader passed them are on the pages still to come: the last shows them
    expect(names.at(-1)).toBe(`ЯЯЯ ${added - 2}`);
  });

  it("events oldest first, the next page after the last event shown", async () => {
    for (let n = 0; n < 55; n++) await prisma.event.create({ data: { slug: `event-${n}` } });
    const first = await eventPage(prisma, "uk");
    expect(first.events.map((e) => e.slug)).toEqual(Array.from({ length: 50 }, (_, n) => `event-${n}`));
    const second = await eventPage(prisma, "uk", { after: first.next });
    expect([second.events.map((e) => e.slug), second.next]).toEqual([
      ["event-50", "event-51", "event-52", "event-53", "event-54"],
      null,
    ]);
  });
});
