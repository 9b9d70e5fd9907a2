import { beforeAll, describe, expect, it } from "vitest";
import { articleChange, updateArticle } from "@/lib/articles/store";
import type { AuthUser } from "@/lib/auth/store";
import { createClaim, newClaim } from "@/lib/claims/store";
import { storeItems } from "@/lib/import/store";
import { outletProfile } from "@/lib/outlets/load-profile";
import { createOutlet, mergeOutlet, newOutlet } from "@/lib/outlets/store";
import { Refusal } from "@/lib/refusal";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { getEvent } from "./load";
import { addEventArticles, createEvent, eventChange, newEvent, removeEventArticle, updateEvent } from "./store";
import { aspectChange, deleteAspect, mergeAspect, updateAspect } from "./store-aspects";

const { prisma } = withTempDatabase("investigations");
let user: AuthUser;
let eventId: string;

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  const row = await prisma.user.create({ data: { email: "inv@example.org", name: "I", role: "editor" } });
  user = { ...row, via: "session" };
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } })).id;
}, 60_000);

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof Refusal ? [e.code, e.values.fields ?? null] : e),
  );
const audits = () => prisma.auditEntry.count();
/** Ten characters of one paragraph of the article that no claim covers. */
async function freeSpan(articleId: string) {
  const { text } = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
  const claims = await prisma.claim.findMany({ where: { articleId, deletedAt: null } });
  for (let start = 0; start + 10 < text.length; start++) {
    const end = start + 10;
    if (!/^\w/.test(text.slice(start)) || text.slice(start, end).includes("\n")) continue;
    if (claims.every((c) => c.end <= start || c.start >= end)) return { start, end };
  }
  throw new Error("no free span");
}
const article = (title: string) => prisma.article.findFirstOrThrow({ where: { title: { startsWith: title } } });

describe("opening an event", () => {
  it("takes a title in one language, the others falling back to it, and a date range", async () => {
    const event = await createEvent(
      prisma,
      newEvent.parse({ title: { uk: "Вагнер у Венесуелі", en: "" }, startsOn: "2019-01-23", endsOn: "2019-03-31" }),
      user,
    );
    expect(event).toMatchObject({
      slug: "vahner-u-venesueli",
      translations: [{ lang: "uk", title: "Вагнер у Венесуелі", summary: null }],
      startsOn: "2019-01-23",
      endsOn: "2019-03-31",
      archived: false,
    });
    expect((await getEvent(prisma, event.id, "ru"))!.title).toBe("Вагнер у Венесуелі");
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: event.id, action: "create" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ slug: "vahner-u-venesueli", startsOn: "2019-01-23" });
  });

  it("refuses an empty title in every language and dates that are not dates or end before they start", async () => {
    const before = [await prisma.event.count(), await audits()];
    expect(await codeOf(createEvent(prisma, newEvent.parse({ title: { en: " ", uk: "" } }), user))).toEqual([
      "titleRequired",
      ["title"],
    ]);
    expect(
      await codeOf(
        createEvent(
          prisma,
          newEvent.parse({ title: { en: "Backwards" }, startsOn: "2019-03-01", endsOn: "2019-02-01" }),
          user,
        ),
      ),
    ).toEqual(["dateRange", ["endsOn"]]);
    expect(newEvent.safeParse({ title: { en: "x" }, startsOn: "2019-02-30" }).success).toBe(false);
    expect(newEvent.safeParse({ title: { en: "x", de: "y" } }).success).toBe(false);
    expect([await prisma.event.count(), await audits()]).toEqual(before);
  });

  it("is renamed per language, archived and brought back, each change audited with before and after", async () => {
    const event = await createEvent(prisma, newEvent.parse({ title: { en: "Cuban advisers" } }), user);
    const renamed = await updateEvent(
      prisma,
      event.id,
      eventChange.parse({ title: { ru: "Кубинские советники" }, summary: { ru: "Сколько их?" }, archived: true }),
      user,
    );
    expect(renamed.translations).toEqual([
      { lang: "en", title: "Cuban advisers", summary: null },
      { lang: "ru", title: "Кубинские советники", summary: "Сколько их?" },
    ]);
    expect(renamed.archived).toBe(true);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: event.id, action: "update" } });
    expect([JSON.parse(audit.before!).archived, JSON.parse(audit.after!).archived]).toEqual([false, true]);
    // clearing the last title, or a summary where no title stands, is refused
    expect(
      await codeOf(updateEvent(prisma, event.id, eventChange.parse({ title: { en: null, ru: "" } }), user)),
    ).toEqual(["titleRequired", ["title"]]);
    expect(await codeOf(updateEvent(prisma, event.id, eventChange.parse({ summary: { uk: "Опис" } }), user))).toEqual([
      "invalid",
      ["summary"],
    ]);
    expect(
      await codeOf(
        updateEvent(prisma, event.id, eventChange.parse({ endsOn: "2019-01-01", startsOn: "2019-02-01" }), user),
      ),
    ).toEqual(["dateRange", ["endsOn"]]);
    const back = await updateEvent(prisma, event.id, eventChange.parse({ archived: false }), user);
    expect(back.archived).toBe(false);
  });
});

describe("gathering articles into an event", () => {
  it("adds articles, refuses one twice or one that does not exist, and removes one with its claims there", async () => {
    const event = await createEvent(prisma, newEvent.parse({ title: { en: "Gathering" } }), user);
    const [rt, sst] = await Promise.all([article("The Russian Foreign Ministry"), article("No More Syrias")]);
    expect(await addEventArticles(prisma, event.id, [rt.id, sst.id, rt.id], user)).toEqual({ added: 2, skipped: 0 });
    const before = await audits();
    expect(await codeOf(addEventArticles(prisma, event.id, [rt.id], user))).toEqual(["alreadyInEvent", ["articleIds"]]);
    expect(await codeOf(addEventArticles(prisma, event.id, ["no-such-article"], user))).toEqual([
      "invalid",
      ["articleIds"],
    ]);
    expect(await codeOf(addEventArticles(prisma, "no-such-event", [rt.id], user))).toEqual(["notFound", null]);
    expect([await prisma.eventArticle.count({ where: { eventId: event.id } }), await audits()]).toEqual([2, before]);

    const claim = await createClaim(
      prisma,
      newClaim.parse({
        articleId: rt.id,
        eventId: event.id,
        newAspect: { question: "Is there a Russian base?", kind: "categorical", lang: "en" },
        ...(await freeSpan(rt.id)),
        kind: "statement",
        stance: "asserts",
      }),
      user,
    );
    expect(await removeEventArticle(prisma, event.id, rt.id, user)).toEqual({ removed: rt.id, claimsDeleted: 1 });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).deletedAt).not.toBeNull();
    expect(await prisma.eventArticle.count({ where: { eventId: event.id } })).toBe(1);
    expect(await codeOf(removeEventArticle(prisma, event.id, rt.id, user))).toEqual(["notFound", null]);
    // adding search results in bulk adds those not there yet
    const dictator = await article("Диктатор");
    expect(await addEventArticles(prisma, event.id, [dictator.id, sst.id], user, { skipPresent: true })).toEqual({
      added: 1,
      skipped: 1,
    });
  });
});

describe("a claim with a new aspect", () => {
  it("creates the aspect in the claim's transaction: a refused claim leaves no aspect behind", async () => {
    const rt = await article("The Russian Foreign Ministry");
    const aspects = await prisma.aspect.count({ where: { eventId } });
    const existing = await prisma.claim.findFirstOrThrow({ where: { articleId: rt.id, deletedAt: null } });
    const overlapping = newClaim.parse({
      articleId: rt.id,
      eventId,
      newAspect: { question: "Вертольоти?", kind: "numeric", lang: "uk" },
      start: existing.start,
      end: existing.end,
      kind: "figure",
      stance: "asserts",
    });
    expect(await codeOf(createClaim(prisma, overlapping, user))).toEqual(["overlap", null]);
    expect(await prisma.aspect.count({ where: { eventId } })).toBe(aspects);
    expect(newClaim.safeParse({ ...overlapping, aspectId: "x" }).success).toBe(false);
  });
});

describe("aspects", () => {
  it("are reworded per language and reordered, the others renumbered", async () => {
    const [first, second] = await prisma.aspect.findMany({ where: { eventId }, orderBy: { position: "asc" } });
    const after = await updateAspect(
      prisma,
      second!.id,
      aspectChange.parse({ question: { uk: "Скільки кубинців?" }, position: 0 }),
      user,
    );
    expect(after.position).toBe(0);
    expect(after.questions.find((q) => q.lang === "uk")).toEqual({ lang: "uk", text: "Скільки кубинців?" });
    expect((await prisma.aspect.findUniqueOrThrow({ where: { id: first!.id } })).position).toBe(1);
    const positions = (await prisma.aspect.findMany({ where: { eventId }, orderBy: { position: "asc" } })).map(
      (a) => a.position,
    );
    expect(positions).toEqual(positions.map((_, i) => i));
  });

  it("merge: the claims move to the aspect kept; merging into itself or another event's aspect is refused", async () => {
    const aspects = await prisma.aspect.findMany({
      where: { eventId },
      orderBy: { position: "asc" },
      include: { _count: { select: { claims: true } } },
    });
    const [kept, gone] = [
      aspects.find((a) => a.slug === "russian-withdrawal")!,
      aspects.find((a) => a.slug === "russian-interference")!,
    ];
    const other = await createEvent(prisma, newEvent.parse({ title: { en: "Elsewhere" } }), user);
    const foreign = await prisma.aspect.create({ data: { eventId: other.id, slug: "x", kind: "numeric" } });
    const before = await audits();
    expect(await codeOf(mergeAspect(prisma, gone.id, gone.id, user))).toEqual(["mergeSelf", ["into"]]);
    expect(await codeOf(mergeAspect(prisma, gone.id, foreign.id, user))).toEqual(["invalid", ["into"]]);
    expect(await codeOf(mergeAspect(prisma, gone.id, "no-such-aspect", user))).toEqual(["invalid", ["into"]]);
    expect(await audits()).toBe(before);

    expect(await mergeAspect(prisma, gone.id, kept.id, user)).toEqual({
      into: kept.id,
      claimsMoved: gone._count.claims,
    });
    expect(await prisma.claim.count({ where: { aspectId: kept.id } })).toBe(kept._count.claims + gone._count.claims);
    expect(await prisma.aspect.findUnique({ where: { id: gone.id } })).toBeNull();
  });

  it("delete: refused while it has claims unless they move, allowed when empty", async () => {
    const withClaims = await prisma.aspect.findFirstOrThrow({ where: { eventId, slug: "arms-deals" } });
    const count = await prisma.claim.count({ where: { aspectId: withClaims.id, deletedAt: null } });
    const refusal = await deleteAspect(prisma, withClaims.id, undefined, user).catch((e: Refusal) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    expect([(refusal as Refusal).code, (refusal as Refusal).values.count]).toEqual(["aspectNotEmpty", count]);
    expect(await prisma.aspect.count({ where: { id: withClaims.id } })).toBe(1);

    const empty = await prisma.aspect.create({ data: { eventId, slug: "empty", kind: "numeric", position: 99 } });
    expect(await deleteAspect(prisma, empty.id, undefined, user)).toEqual({ into: null, claimsMoved: 0 });
    expect(await prisma.aspect.count({ where: { id: empty.id } })).toBe(0);
  });
});

describe("article details", () => {
  it("change title, outlet, a month-only date, URL and byline in one audited write; the text stays", async () => {
    const a = await article("Russia is ready to send more");
    const rt = await prisma.outlet.findUniqueOrThrow({ where: { slug: "rt" } });
    const after = await updateArticle(
      prisma,
      a.id,
      articleChange.parse({
        title: "Russia ready to send more 'military specialists'",
        outletId: rt.id,
        publishedAt: "2019-03",
        url: "https://www.rt.com/news/454722",
        byline: "RT staff",
      }),
      user.id,
    );
    expect(after).toMatchObject({
      outletId: rt.id,
      publishedAt: "2019-03",
      datePrecision: "month",
      byline: "RT staff",
    });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).text).toBe(a.text);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: a.id, action: "update" } });
    // what changed, as it was: the Daily Mail's article of June 2019; its precision, a month already, did not change
    const mail = await prisma.outlet.findUniqueOrThrow({ where: { slug: "daily-mail" } });
    expect(JSON.parse(audit.before!)).toEqual({
      title: "Russia is ready to send more ‘military specialists’ to Venezuela",
      outletId: mail.id,
      publishedAt: "2019-06-01T00:00:00.000Z",
      url: null,
      byline: null,
    });
    expect(
      await codeOf(updateArticle(prisma, a.id, articleChange.parse({ outletId: "no-such-outlet" }), user.id)),
    ).toEqual(["invalid", ["outletId"]]);
    expect(articleChange.safeParse({ publishedAt: "2019-02-30" }).success).toBe(false);
    expect(articleChange.safeParse({ text: "rewritten" }).success).toBe(false);
  });
});

describe("outlets", () => {
  it("merge: articles move, the merged name becomes an alias that import recognises next time", async () => {
    const rt = await prisma.outlet.findUniqueOrThrow({ where: { slug: "rt" } });
    const dup = await createOutlet(prisma, newOutlet.parse({ name: "Russia Today", country: "ru" }), user.id);
    expect(dup.country).toBe("RU");
    expect(await codeOf(createOutlet(prisma, newOutlet.parse({ name: "russia today" }), user.id))).toEqual([
      "nameTaken",
      ["name"],
    ]);
    const a = await article("Whether Russia will help");
    await prisma.article.update({ where: { id: a.id }, data: { outletId: dup.id } });
    const rtArticles = await prisma.article.count({ where: { outletId: rt.id } });

    expect(await codeOf(mergeOutlet(prisma, dup.id, dup.id, user.id))).toEqual(["mergeSelf", ["into"]]);
    expect(await codeOf(mergeOutlet(prisma, dup.id, "no-such-outlet", user.id))).toEqual(["invalid", ["into"]]);
    expect(await mergeOutlet(prisma, dup.id, rt.id, user.id)).toEqual({ into: rt.id, articlesMoved: 1 });
    expect(await prisma.article.count({ where: { outletId: rt.id } })).toBe(rtArticles + 1);
    expect(await prisma.outletAlias.findMany({ select: { name: true, outletId: true } })).toEqual([
      { name: "Russia Today", outletId: rt.id },
    ]);

    const [result] = await storeItems(
      prisma,
      [
        {
          source: "paste",
          row: null,
          article: {
            title: "Russia Today reports",
            text: "A new article that names its outlet by the old name.",
            lang: "en",
            detectedLang: "en",
            outlet: "RUSSIA TODAY",
            url: null,
            publishedAt: null,
            byline: null,
            encoding: "UTF-8",
          },
        },
      ],
      { userId: user.id },
    );
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: result!.articleId! } });
    expect(stored.outletId).toBe(rt.id);
  });

  it("page: its events, and how often its figures stand more than twice apart from another outlet's", async () => {
    const rt = await prisma.outlet.findUniqueOrThrow({ where: { slug: "rt" } });
    const profile = (await outletProfile(prisma, rt.id, "en"))!;
    expect(profile.aliases).toEqual(["Russia Today"]);
    expect(profile.articleCount).toBe(4);
    expect(profile.articles[0]).toMatchObject({
      title: "Russia ready to send more 'military specialists'",
      publishedAt: "2019-03",
    });
    expect(profile.events.map((e) => [e.title, e.articleCount])).toEqual([
      ["Russian military presence in Venezuela, 2019", 3],
    ]);
    // five figures of RT's in that event; one is more than twice apart from another outlet's on its aspect
    expect(profile.figures).toEqual({ total: 5, apart: 1 });
  });
});
