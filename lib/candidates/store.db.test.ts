import { describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/auth/store";
import { prepareFile } from "@/lib/import/pipeline";
import { storeItems } from "@/lib/import/store";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { runCandidatesCli } from "./cli";
import { candidateDecision, decideCandidates, listCandidates } from "./store-decisions";

const { prisma } = withTempDatabase("candidates");

const report =
  "Близько 100 російських військових і 35 тонн вантажу прибули до Каракаса двома літаками Ан-124 та Іл-62 24 березня, повідомили місцеві журналісти.\n\n" +
  "Росія спростувала повідомлення про розміщення військових баз у Венесуелі.";

async function setUp() {
  await seedDemoCorpus(prisma);
  const event = await prisma.event.findUniqueOrThrow({
    where: { slug: "russia-venezuela-2019" },
    include: { aspects: { orderBy: { position: "asc" } } },
  });
  const [result] = await storeItems(prisma, await prepareFile("report.txt", Buffer.from(report, "utf8"), {}), {
    userId: null,
    event: event.slug,
  });
  const row = await prisma.user.create({ data: { email: "editor@example.org", name: "Editor", role: "editor" } });
  const user: AuthUser = { ...row, via: "session" };
  return { event, articleId: result!.articleId!, user, candidates: result!.candidates };
}
const io = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    io: { out: (t: string) => void lines.out.push(t), err: (t: string) => void lines.err.push(t), tty: false },
  };
};
const listOf = (articleId: string) =>
  prisma.candidate.findMany({
    where: { articleId },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    select: {
      id: true,
      quote: true,
      kind: true,
      status: true,
      speakerId: true,
      speakerText: true,
      low: true,
      high: true,
      claimId: true,
    },
  });

describe("candidates in the database", () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;

  it("are computed when an article is imported", async () => {
    ctx = await setUp();
    const rows = await listOf(ctx.articleId);
    const russia = await prisma.entity.findUniqueOrThrow({ where: { slug: "russia" } });
    expect(rows.map((r) => [r.kind, r.quote, r.speakerId ?? r.speakerText, r.low, r.high, r.status])).toEqual([
      ["statement", report.split("\n")[0], "місцеві журналісти", null, null, "pending"],
      ["figure", "Близько 100 російських військових", "місцеві журналісти", 90, 110, "pending"],
      ["figure", "35 тонн вантажу", "місцеві журналісти", 35, 35, "pending"],
      ["figure", "двома літаками", "місцеві журналісти", 2, 2, "pending"],
      [
        "denial",
        "Росія спростувала повідомлення про розміщення військових баз у Венесуелі.",
        russia.id,
        null,
        null,
        "pending",
      ],
    ]);
    expect(ctx.candidates).toBe(5);
  });

  it("become claims when accepted, stay out when rejected, and both survive a recomputation", async () => {
    const [statement, troops, cargo, planes, denial] = await listOf(ctx.articleId);
    const personnel = ctx.event.aspects.find((a) => a.kind === "numeric")!;
    await decideCandidates(
      prisma,
      ctx.articleId,
      { action: "accept", ids: [troops!.id], eventId: ctx.event.id, aspectId: personnel.id },
      ctx.user,
    );
    await decideCandidates(prisma, ctx.articleId, { action: "reject", ids: [cargo!.id, denial!.id] }, ctx.user);
    const claim = await prisma.claim.findFirstOrThrow({ where: { articleId: ctx.articleId } });
    expect([
      claim.quote,
      claim.kind,
      claim.status,
      claim.low,
      claim.high,
      claim.counted,
      claim.approximate,
      claim.aspectId,
      claim.creatorId,
    ]).toEqual([
      "Близько 100 російських військових",
      "figure",
      "confirmed",
      90,
      110,
      "російських військових",
      true,
      personnel.id,
      ctx.user.id,
    ]);

    const { io: cliIo, lines } = io();
    expect(await runCandidatesCli(prisma, ["--all"], cliIo)).toBe(0);
    expect(lines.out).toEqual([
      `6 articles: ${await prisma.candidate.count({ where: { status: "pending" } })} pending candidates, 3 accepted or rejected kept.`,
    ]);
    const after = await listOf(ctx.articleId);
    expect(after.map((r) => [r.quote, r.status, r.claimId])).toEqual([
      [statement!.quote, "pending", null],
      [troops!.quote, "accepted", claim.id],
      [cargo!.quote, "rejected", null],
      [planes!.quote, "pending", null],
      [denial!.quote, "rejected", null],
    ]);
  });

  it("refuse a decision on a decided candidate or an unknown one, and change nothing", async () => {
    const [statement, troops] = await listOf(ctx.articleId);
    const before = await prisma.auditEntry.count();
    await expect(
      decideCandidates(prisma, ctx.articleId, { action: "reject", ids: [troops!.id] }, ctx.user),
    ).rejects.toMatchObject({ code: "alreadyDecided" });
    await expect(
      decideCandidates(prisma, ctx.articleId, { action: "reject", ids: [statement!.id, "no-such-id"] }, ctx.user),
    ).rejects.toMatchObject({ code: "invalid" });
    expect((await listOf(ctx.articleId))[0]!.status).toBe("pending");
    expect(await prisma.claim.count({ where: { articleId: ctx.articleId } })).toBe(1);
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("accept the sentence around an accepted figure: the figure's claim lies inside the sentence's", async () => {
    const [statement, troops] = await listOf(ctx.articleId);
    const aspect = ctx.event.aspects[0]!;
    await decideCandidates(
      prisma,
      ctx.articleId,
      { action: "accept", ids: [statement!.id], eventId: ctx.event.id, aspectId: aspect.id },
      ctx.user,
    );
    const claims = await prisma.claim.findMany({
      where: { articleId: ctx.articleId },
      orderBy: [{ start: "asc" }, { end: "desc" }],
    });
    const at = report.indexOf(troops!.quote);
    expect(claims.map((c) => [c.quote, c.start, c.end])).toEqual([
      [statement!.quote, 0, statement!.quote.length],
      [troops!.quote, at, at + troops!.quote.length],
    ]);
    expect((await listOf(ctx.articleId))[0]!.status).toBe("accepted");
  });

  it("can put a rejected candidate back in the queue", async () => {
    const [, , cargo] = await listOf(ctx.articleId);
    await decideCandidates(prisma, ctx.articleId, { action: "reopen", ids: [cargo!.id] }, ctx.user);
    expect((await listOf(ctx.articleId))[2]!.status).toBe("pending");
  });

  it("recompute from the command line by id, and say when an id is unknown or arguments are wrong", async () => {
    const run = io();
    expect(await runCandidatesCli(prisma, [ctx.articleId, "missing-id"], run.io)).toBe(1);
    expect(run.lines.err).toEqual([`[1/1] ${ctx.articleId}: 2 pending, 3 decided`, "missing-id: no such article"]);
    expect(await runCandidatesCli(prisma, [], io().io)).toBe(2);
    expect(await runCandidatesCli(prisma, ["--all", ctx.articleId], io().io)).toBe(2);
  });

  it("carry their speaker and relays into the claim: a name becomes an entity, a description stays words", async () => {
    const mayorca = await prisma.entity.create({
      data: {
        slug: "javier-mayorca",
        kind: "person",
        names: { create: { lang: "und", name: "Mayorca", isPrimary: true, normalized: "mayorca", skeleton: "maorka" } },
      },
    });
    const text =
      "Майорка розповів BBC, що до Каракаса прибули близько 100 військових.\n\nМісцеві журналісти бачили два літаки.";
    const [stored] = await storeItems(prisma, await prepareFile("relays.txt", Buffer.from(text, "utf8"), {}), {
      userId: null,
      event: ctx.event.slug,
    });
    const articleId = stored!.articleId!;
    await prisma.candidate.deleteMany({ where: { articleId } });
    const figure = await prisma.candidate.create({
      data: {
        articleId,
        quote: "близько 100 військових",
        start: text.indexOf("близько 100"),
        end: text.indexOf("близько 100") + "близько 100 військових".length,
        kind: "figure",
        stance: "reports",
        speakerText: "Майорка",
        low: 90,
        high: 110,
        statedLow: 100,
        statedHigh: 100,
        approximate: true,
        relays: { create: [{ position: 0, text: "BBC" }] },
      },
    });
    const planes = await prisma.candidate.create({
      data: {
        articleId,
        quote: "два літаки",
        start: text.indexOf("два літаки"),
        end: text.indexOf("два літаки") + "два літаки".length,
        kind: "figure",
        stance: "reports",
        speakerText: "Місцеві журналісти",
        low: 2,
        high: 2,
        statedLow: 2,
        statedHigh: 2,
      },
    });
    const entities = await prisma.entity.count();
    const aspect = ctx.event.aspects.find((a) => a.kind === "numeric")!;
    await decideCandidates(
      prisma,
      articleId,
      { action: "accept", ids: [figure.id, planes.id], eventId: ctx.event.id, aspectId: aspect.id },
      ctx.user,
    );
    const claims = await prisma.claim.findMany({
      where: { articleId },
      orderBy: { start: "asc" },
      include: { relays: { include: { entity: true } } },
    });
    const bbc = await prisma.entity.findFirstOrThrow({ where: { names: { some: { name: "BBC" } } } });
    expect(claims.map((c) => [c.quote, c.speakerId, c.speakerText, c.relays.map((r) => [r.text, r.entityId])])).toEqual(
      [
        ["близько 100 військових", mayorca.id, null, [["BBC", bbc.id]]],
        ["два літаки", null, "Місцеві журналісти", []],
      ],
    );
    // "Майорка" found "Mayorca"; only BBC was new, as an organisation, and the audit log says who made it
    expect([await prisma.entity.count(), bbc.kind]).toEqual([entities + 1, "organisation"]);
    expect(
      await prisma.auditEntry.count({ where: { entityType: "entity", entityId: bbc.id, userId: ctx.user.id } }),
    ).toBe(1);
  });

  it("propose a new aspect for tonnes, and accept into it, made in the same transaction", async () => {
    const pending = (await listCandidates(prisma, ctx.articleId, "uk", "pending"))!.candidates;
    const cargo = pending.find((c) => c.quote === "35 тонн вантажу")!;
    const planes = pending.find((c) => c.quote === "двома літаками")!;
    const question = "Скільки тонн «вантажу»?";
    expect(cargo.suggestedAspect).toEqual({
      newAspect: { question, kind: "numeric", unit: "tons" },
      confidence: "high",
    });
    // "літаками" meets no aspect's counted words, and "два літаки" accepted above is too small a figure to tell
    expect(planes.suggestedAspect).toEqual({
      newAspect: { question: "Скільки «літаками»?", kind: "numeric", unit: null },
      confidence: "low",
    });
    const newAspects = { [cargo.id]: { question, kind: "numeric" as const, unit: "tons", lang: "uk" as const } };
    const accept = { action: "accept" as const, ids: [cargo.id], eventId: ctx.event.id };

    // the decision takes nothing it does not know, and one aspect per candidate
    const extra = { [cargo.id]: { ...newAspects[cargo.id]!, position: 0 } };
    expect(candidateDecision.safeParse({ ...accept, newAspects: extra }).success).toBe(false);
    const aspects = await prisma.aspect.count();
    const both = { ...accept, newAspects, aspects: { [cargo.id]: ctx.event.aspects[0]!.id } };
    await expect(decideCandidates(prisma, ctx.articleId, both, ctx.user)).rejects.toMatchObject({ code: "invalid" });
    await expect(decideCandidates(prisma, ctx.articleId, accept, ctx.user)).rejects.toMatchObject({ code: "invalid" });
    expect(await prisma.aspect.count()).toBe(aspects);

    await decideCandidates(prisma, ctx.articleId, candidateDecision.parse({ ...accept, newAspects }), ctx.user);
    const claim = await prisma.claim.findFirstOrThrow({
      where: { articleId: ctx.articleId, quote: cargo.quote },
      include: { aspect: { include: { translations: true } } },
    });
    expect([claim.aspect!.eventId, claim.aspect!.kind, claim.aspect!.unit, claim.unit, claim.low]).toEqual([
      ctx.event.id,
      "numeric",
      "tons",
      "tons",
      35,
    ]);
    expect(claim.aspect!.translations.map((t) => [t.lang, t.question])).toEqual([["uk", question]]);
    expect(
      await prisma.auditEntry.count({ where: { entityType: "aspect", entityId: claim.aspectId!, action: "create" } }),
    ).toBe(1);
  });

  it("join the two figures of a change once both are accepted: the later updates the earlier", async () => {
    const text =
      "Rostec has cut its staff in Venezuela from about 1,000 to just a few dozen, the Wall Street Journal reported.";
    const [stored] = await storeItems(prisma, await prepareFile("change.txt", Buffer.from(text, "utf8"), {}), {
      userId: null,
      event: ctx.event.slug,
    });
    const articleId = stored!.articleId!;
    const figures = await prisma.candidate.findMany({
      where: { articleId, kind: "figure" },
      orderBy: { start: "asc" },
    });
    expect(figures.map((f) => [f.quote, f.statedLow])).toEqual([
      ["about 1,000", 1000],
      ["a few dozen", 12],
    ]);
    const aspect = ctx.event.aspects.find((a) => a.kind === "numeric")!;
    const accept = (id: string) =>
      decideCandidates(
        prisma,
        articleId,
        { action: "accept", ids: [id], eventId: ctx.event.id, aspectId: aspect.id },
        ctx.user,
      );
    // one alone is no change yet; the second joins them
    await accept(figures[0]!.id);
    const relationsOf = () =>
      prisma.claimRelation.findMany({
        where: { from: { articleId } },
        select: {
          kind: true,
          status: true,
          creatorId: true,
          from: { select: { quote: true } },
          to: { select: { quote: true } },
        },
      });
    expect(await relationsOf()).toEqual([]);
    await accept(figures[1]!.id);
    expect(await relationsOf()).toEqual([
      {
        kind: "updates",
        status: "confirmed",
        creatorId: ctx.user.id,
        from: { quote: "a few dozen" },
        to: { quote: "about 1,000" },
      },
    ]);
  });
});
