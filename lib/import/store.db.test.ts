import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { contentHash } from "@/lib/text/hash";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { prepareFile } from "./pipeline";
import { fingerprint } from "./similarity";
import { storeItems } from "./store";

const { prisma } = withTempDatabase("import-store");
const utf8 = (text: string) => Buffer.from(text, "utf8");
const importText = async (name: string, text: string, options: { event?: string; outlet?: string } = {}) =>
  storeItems(prisma, await prepareFile(name, utf8(text), { outlet: options.outlet }), {
    userId: null,
    event: options.event,
  });

const report =
  "Близько 100 російських військових і 35 тонн вантажу прибули до Каракаса двома літаками, повідомили місцеві журналісти.\n\n" +
  "Кремль не коментує ці повідомлення, а посольство Росії у Венесуелі заявило, що співпраця триває відповідно до чинних угод.";

describe("storeItems", () => {
  it("stores an article once: the same text again is reported with the stored id and creates nothing", async () => {
    await seedDemoCorpus(prisma);
    const before = await prisma.article.count();
    const [first] = await importText("report.txt", report, { outlet: "Укрінформ" });
    expect(first).toMatchObject({ status: "imported", lang: "uk", duplicateOf: null, error: null });
    const [again] = await importText("copy-of-report.txt", `\uFEFF${report.replace(/\n/g, "\r\n")}`, {
      outlet: "укрінформ",
    });
    expect(again).toMatchObject({ status: "duplicate", articleId: first!.articleId });
    expect(await prisma.article.count()).toBe(before + 1);
    const stored = await prisma.article.findUniqueOrThrow({
      where: { id: first!.articleId! },
      include: { outlet: true },
    });
    expect([stored.text, stored.outlet?.name, stored.source, stored.fingerprint?.length]).toEqual([
      report,
      "Укрінформ",
      "report.txt",
      16,
    ]);
    expect(await prisma.auditEntry.count({ where: { action: "import", entityId: stored.id } })).toBe(1);
  });

  it("flags an aggregator's copy of a demo article as a likely duplicate, and stores it", async () => {
    const { texts } = loadDemoCorpus();
    const original = texts.get("004_89609013e285c14e.txt")!;
    const [copy] = await importText("aggregator.txt", `${original}\n\nSource: Read Full Article`);
    const demo = await prisma.article.findFirstOrThrow({ where: { source: "004_89609013e285c14e.txt" } });
    expect(copy).toMatchObject({ status: "likelyDuplicate", duplicateOf: demo.id });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: copy!.articleId! } })).likelyDuplicateOfId).toBe(
      demo.id,
    );
  });

  it("adds articles to an event named by slug, and refuses an unknown event for every item", async () => {
    const [joined] = await importText(
      "joined.txt",
      "Песков заявил, что Москва готова направить в Венесуэлу новых специалистов, если потребуется.",
      { event: "russia-venezuela-2019" },
    );
    const event = await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } });
    expect(await prisma.eventArticle.count({ where: { eventId: event.id, articleId: joined!.articleId! } })).toBe(1);
    const refused = await importText(
      "lost.txt",
      "Russia says its specialists will stay in Venezuela as long as needed.",
      { event: "no-such-event" },
    );
    expect(refused.map((r) => [r.status, r.error?.code, r.error?.values])).toEqual([
      ["failed", "unknownEvent", { reason: "no-such-event" }],
    ]);
  });

  it("leaves nothing of an article whose transaction fails, and goes on with the next", async () => {
    const counts = async () => [
      await prisma.article.count(),
      await prisma.outlet.count(),
      await prisma.auditEntry.count(),
    ];
    const before = await counts();
    if (onPostgres) {
      await prisma.$executeRaw`CREATE FUNCTION fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW."after" LIKE '%doomed.txt%' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`;
      await prisma.$executeRaw`CREATE TRIGGER fail_import BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION fail_import()`;
    } else {
      await prisma.$executeRaw`CREATE TRIGGER fail_import BEFORE INSERT ON "AuditEntry" WHEN NEW."after" LIKE '%doomed.txt%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`;
    }
    const items = [
      ...(await prepareFile("doomed.txt", utf8("Захарова назвала заяви Болтона про кубинських військових брехнею."), {
        outlet: "New Outlet",
      })),
      ...(await prepareFile(
        "fine.txt",
        utf8("Trump said Russia has to get out of Venezuela, and that all options are open."),
      )),
    ];
    const results = await storeItems(prisma, items, { userId: null });
    await prisma.$executeRaw`DROP TRIGGER fail_import${onPostgres ? Prisma.sql` ON "AuditEntry"` : Prisma.empty}`;
    expect(results.map((r) => [r.source, r.status, r.error?.code ?? null])).toEqual([
      ["doomed.txt", "failed", "internal"],
      ["fine.txt", "imported", null],
    ]);
    expect(await counts()).toEqual([before[0]! + 1, before[1], before[2]! + 1]);
  });

  it("finds a near-duplicate among 3,000 stored articles through the index of fingerprint quarters", async () => {
    const words = ["військових", "Каракас", "літаки", "Кремль", "посольство", "угоди", "журналісти", "вантаж", "тонн"];
    const texts = Array.from({ length: 3_000 }, (_, n) =>
      Array.from({ length: 40 }, (_, w) => `${words[(n * 7 + w * w) % words.length]} ${(n * 31 + w) % 997}`).join(" "),
    );
    await prisma.article.createMany({
      data: texts.map((text, n) => ({
        title: `Стаття ${n}`,
        lang: "uk",
        text,
        contentHash: contentHash(text),
        fingerprint: fingerprint(text),
      })),
    });
    // the triggers keep four quarters per fingerprint
    const stored = await prisma.article.count({ where: { fingerprint: { not: null } } });
    expect(await prisma.fingerprintBand.count()).toBe(4 * stored);
    const original = await prisma.article.findFirstOrThrow({ where: { title: "Стаття 1234" } });
    const [copy] = await importText("repost.txt", `${texts[1234]} Джерело: агрегатор новин.`);
    expect(copy).toMatchObject({ status: "likelyDuplicate", duplicateOf: original.id });
  });
});
