import { beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/store";
import type { AuthUser } from "@/lib/auth/store";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { refusal } from "@/test/refusal";
import { withTempDatabase } from "@/test/temp-database";
import { claimChange, ConflictError, createClaim, deleteClaim, newClaim, restoreClaim, updateClaim } from "./store";

const { prisma } = withTempDatabase("claims");

// The Ukrainian demo article: "…Візит планується…" holds no claim yet.
let ctx: { articleId: string; text: string; eventId: string; aspectId: string; otherAspectId: string; user: AuthUser };

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  const article = await prisma.article.findFirstOrThrow({ where: { title: { startsWith: "Диктатор" } } });
  const event = await prisma.event.findUniqueOrThrow({
    where: { slug: "russia-venezuela-2019" },
    include: { aspects: { orderBy: { position: "asc" } } },
  });
  const row = await prisma.user.create({ data: { email: "claims@example.org", name: "Claims", role: "editor" } });
  ctx = {
    articleId: article.id,
    text: article.text,
    eventId: event.id,
    aspectId: event.aspects[0]!.id,
    otherAspectId: event.aspects[1]!.id,
    user: { ...row, via: "session" },
  };
}, 60_000);

const spanOf = (quote: string) => {
  const start = ctx.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  return { start, end: start + quote.length };
};
const input = (quote: string, extra: object = {}) =>
  newClaim.parse({
    articleId: ctx.articleId,
    eventId: ctx.eventId,
    aspectId: ctx.aspectId,
    kind: "denial",
    stance: "denies",
    ...spanOf(quote),
    ...extra,
  });
describe("claims", () => {
  it("are made on a span of one paragraph, with its quote and context, and audited", async () => {
    const claim = await createClaim(prisma, input("Візит планується"), ctx.user);
    expect(claim).toMatchObject({ quote: "Візит планується", status: "confirmed", version: 1 });
    expect(ctx.text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.prefix.length).toBeGreaterThan(0);
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "claim", entityId: claim.id } });
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("refuse spans that are blank, outside the text or across paragraphs, and change nothing", async () => {
    const before = await prisma.claim.count();
    const paragraphBreak = ctx.text.indexOf("\n\n");
    expect(
      await refusal(createClaim(prisma, { ...input("Росія"), start: 0, end: ctx.text.length + 1 }, ctx.user)),
    ).toEqual({
      code: "badSpan",
      values: { reason: "outside" },
    });
    expect(
      await refusal(
        createClaim(prisma, { ...input("Росія"), start: paragraphBreak - 3, end: paragraphBreak + 5 }, ctx.user),
      ),
    ).toEqual({ code: "badSpan", values: { reason: "paragraphs" } });
    expect(
      await refusal(
        createClaim(prisma, { ...input("Росія"), start: paragraphBreak, end: paragraphBreak + 2 }, ctx.user),
      ),
    ).toEqual({ code: "badSpan", values: { reason: "empty" } });
    expect(await prisma.claim.count()).toBe(before);
  });

  it("may lie inside one another but never cross, nor repeat the same words; a deleted one leaves its words free", async () => {
    const first = await prisma.claim.findFirstOrThrow({ where: { quote: "Візит планується" } });
    const crossing = { start: first.start + "Візит ".length, end: first.end + 3 };
    expect(ctx.text.slice(crossing.start, crossing.end)).toBe('планується", ');
    expect((await refusal(createClaim(prisma, { ...input("Візит планується"), ...crossing }, ctx.user))).code).toBe(
      "overlap",
    );
    expect((await refusal(createClaim(prisma, input("Візит планується"), ctx.user))).code).toBe("overlap");
    // the word inside the claim, and the claim inside a longer one, both stand
    const inner = await createClaim(prisma, input("планується"), ctx.user);
    expect(
      (await refusal(updateClaim(prisma, inner.id, claimChange.parse({ ...crossing, version: 1 }), ctx.user))).code,
    ).toBe("overlap");
    await deleteClaim(prisma, first.id, ctx.user);
    const over = await createClaim(prisma, { ...input("Візит планується"), ...crossing }, ctx.user);
    expect((await refusal(restoreClaim(prisma, first.id, ctx.user))).code).toBe("overlap");
    await deleteClaim(prisma, over.id, ctx.user);
    await deleteClaim(prisma, inner.id, ctx.user);
    expect((await restoreClaim(prisma, first.id, ctx.user)).deletedAt).toBeNull();
  });

  it("refuse an aspect of another event, an event that does not cover the article, and an unknown speaker", async () => {
    const other = await prisma.event.create({
      data: { slug: "other-event", aspects: { create: { slug: "a", kind: "categorical", position: 0 } } },
      include: { aspects: true },
    });
    const quote = "Росія";
    const at = ctx.text.lastIndexOf(quote);
    const base = { ...input("Візит планується"), start: at, end: at + quote.length };
    expect(await refusal(createClaim(prisma, { ...base, aspectId: other.aspects[0]!.id }, ctx.user))).toEqual({
      code: "invalid",
      values: { fields: ["aspectId"] },
    });
    expect(
      await refusal(createClaim(prisma, { ...base, eventId: other.id, aspectId: other.aspects[0]!.id }, ctx.user)),
    ).toEqual({
      code: "invalid",
      values: { fields: ["eventId"] },
    });
    expect(await refusal(createClaim(prisma, { ...base, speakerId: "no-such-entity" }, ctx.user))).toEqual({
      code: "invalid",
      values: { fields: ["speakerId"] },
    });
  });

  it("change only on the version they were read at: a stale version is a conflict naming the claim", async () => {
    const claim = await prisma.claim.findFirstOrThrow({
      where: { quote: "Візит планується", deletedAt: null },
    });
    const changed = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: claim.version, stance: "disputes" }),
      ctx.user,
    );
    expect([changed.stance, changed.version]).toEqual(["disputes", claim.version + 1]);
    const stale = updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: claim.version, stance: "asserts" }),
      ctx.user,
    );
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: "conflict", claimId: claim.id });
    const now = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([now.stance, now.version]).toEqual(["disputes", claim.version + 1]);
  });

  it("keep their version and write no audit entry when a change changes nothing", async () => {
    const claim = await prisma.claim.findFirstOrThrow({ where: { quote: "Візит планується", deletedAt: null } });
    const audits = await prisma.auditEntry.count({ where: { entityId: claim.id } });
    const same = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: claim.version, stance: claim.stance, note: claim.note }),
      ctx.user,
    );
    expect(same.version).toBe(claim.version);
    expect(await prisma.auditEntry.count({ where: { entityId: claim.id } })).toBe(audits);
    expect(claimChange.safeParse({ version: claim.version, evil: "x" }).success).toBe(false);
  });

  it("keep the figure as stated apart from the range it is compared by", async () => {
    const claim = await prisma.claim.findFirstOrThrow({ where: { quote: "Візит планується", deletedAt: null } });
    const saved = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({
        version: claim.version,
        quantity: { stated: { low: 35, high: 35 }, counted: "військових", approximate: true },
      }),
      ctx.user,
    );
    expect(saved).toMatchObject({
      low: 31,
      high: 39,
      statedLow: 35,
      statedHigh: 35,
      vagueness: null,
      approximate: true,
    });
  });

  it("keep their figure as a range, and clear it with null", async () => {
    const claim = await prisma.claim.findFirstOrThrow({
      where: { quote: "Візит планується", deletedAt: null },
    });
    const quantity = { low: 24, high: 60, unit: "personnel", counted: "військових", approximate: true };
    const withFigure = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: claim.version, quantity }),
      ctx.user,
    );
    expect(withFigure).toMatchObject(quantity);
    const cleared = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: withFigure.version, quantity: null }),
      ctx.user,
    );
    expect(cleared).toMatchObject({ low: null, high: null, unit: null, counted: null, approximate: false });
  });

  it("carry who relayed them, nearest the speaker first, and refuse a chain that loops or names no entity", async () => {
    const peskov = await prisma.entity.findFirstOrThrow({ where: { slug: { contains: "peskov" } } });
    const sentence = "Візит Мадуро запланований до початку жовтня";
    const chain = [{ text: "Інтерфакс", entityId: null }];
    const claim = await createClaim(
      prisma,
      input(sentence, { kind: "statement", stance: "reports", speakerId: peskov.id, reportedVia: chain }),
      ctx.user,
    );
    const article = await getArticle(prisma, ctx.articleId, "uk");
    expect(article!.claims.find((c) => c.id === claim.id)!.reportedVia).toEqual([{ text: "Інтерфакс", entity: null }]);

    const looping = [{ text: "Дмитро Пєсков", entityId: peskov.id }];
    const twice = [chain[0]!, { text: "інтерфакс", entityId: null }];
    const unknown = [{ text: "ТАСС", entityId: "no-such-entity" }];
    for (const reportedVia of [looping, twice, unknown])
      expect(
        await refusal(
          updateClaim(prisma, claim.id, claimChange.parse({ version: claim.version, reportedVia }), ctx.user),
        ),
      ).toEqual({ code: "invalid", values: { fields: ["reportedVia"] } });

    const longer = [...chain, { text: "RT", entityId: null }];
    const saved = await updateClaim(
      prisma,
      claim.id,
      claimChange.parse({ version: claim.version, reportedVia: longer }),
      ctx.user,
    );
    expect(saved.version).toBe(claim.version + 1);
    expect(
      (await prisma.claimRelay.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } })).map((r) => [
        r.position,
        r.text,
      ]),
    ).toEqual([
      [0, "Інтерфакс"],
      [1, "RT"],
    ]);
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { entityId: claim.id, action: "update" },
      orderBy: { createdAt: "desc" },
    });
    expect([JSON.parse(audit.before!).reportedVia, JSON.parse(audit.after!).reportedVia]).toEqual([chain, longer]);
  });
});
