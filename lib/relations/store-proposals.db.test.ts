import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/auth/store";
import { claimChange, createClaim, deleteClaim, newClaim, restoreClaim, updateClaim } from "@/lib/claims/store";
import type { Stance } from "@/lib/domain/vocabulary";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { Refusal } from "@/lib/server/errors";
import { withTempDatabase } from "@/test/temp-database";
import { createRelation, deleteRelation, newRelation } from "./store";
import { aspectProposals, forgetProposals, refreshProposals, staleAspects, storedProposals } from "./store-proposals";

const { prisma } = withTempDatabase("proposals");

let user: AuthUser;
let eventId: string;
let aspects: { id: string; unit: string | null }[];
let articles: { id: string; spans: { start: number; end: number }[] }[];
let speakers: string[];

/** Spans of an article a journalist might mark: each sentence, and the first and second half of each (held by it). */
function spansOf(text: string) {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.!?\n]{12,}[.!?]/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const middle = start + Math.floor(m[0].length / 2);
    spans.push({ start, end }, { start, end: middle }, { start: middle, end });
  }
  return spans;
}

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } })).id;
  const row = await prisma.user.create({ data: { email: "proposals@example.org", name: "Proposals", role: "editor" } });
  user = { ...row, via: "session" };
  aspects = await prisma.aspect.findMany({
    where: { eventId },
    orderBy: { position: "asc" },
    select: { id: true, unit: true },
  });
  const rows = await prisma.article.findMany({
    where: { events: { some: { eventId } } },
    orderBy: { id: "asc" },
    select: { id: true, text: true },
  });
  articles = rows.map((a) => ({ id: a.id, spans: spansOf(a.text) }));
  speakers = (
    await prisma.claim.findMany({
      where: { eventId, speakerId: { not: null } },
      distinct: ["speakerId"],
      select: { speakerId: true },
    })
  ).map((c) => c.speakerId!);
}, 60_000);

/** The event's proposals computed from scratch, aspect by aspect, from nothing stored. */
const fromScratch = async () => (await Promise.all(aspects.map((a) => aspectProposals(prisma, eventId, a.id)))).flat();

const stored = async () => (await storedProposals(prisma, eventId)).items;

/** One write an editor (or an import, or an admin) may make, as fast-check draws it. */
type Step =
  | { op: "add"; article: number; span: number; aspect: number; stance: Stance; speaker: number; figure: number }
  | { op: "edit"; claim: number; stance: Stance; aspect: number; speaker: number; figure: number }
  | { op: "delete" | "restore" | "undraw"; claim: number }
  | { op: "decide"; proposal: number; status: "confirmed" | "rejected" }
  | { op: "rename"; speaker: number }
  | { op: "redate"; article: number; days: number }
  | { op: "check" };

const stance = fc.constantFrom<Stance>("asserts", "reports", "denies", "disputes");
const index = fc.nat({ max: 1_000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant("add" as const),
    article: index,
    span: index,
    aspect: index,
    stance,
    speaker: index,
    figure: index,
  }),
  fc.record({ op: fc.constant("edit" as const), claim: index, stance, aspect: index, speaker: index, figure: index }),
  fc.record({ op: fc.constantFrom("delete" as const, "restore" as const, "undraw" as const), claim: index }),
  fc.record({
    op: fc.constant("decide" as const),
    proposal: index,
    status: fc.constantFrom("confirmed" as const, "rejected" as const),
  }),
  fc.record({ op: fc.constant("rename" as const), speaker: index }),
  fc.record({ op: fc.constant("redate" as const), article: index, days: fc.integer({ min: -400, max: 400 }) }),
  fc.constant({ op: "check" as const }),
);

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
/** Figures that meet each other: the same stated in two languages' words, and a change of it. */
const FIGURES = [null, 100, 100, 1_000, 20_000, 35];
const COUNTED = ["troops", "військових", "военных", null];
const SURNAMES = ["Maduro", "Мадуро", "Trump", "Pompeo", "Bolton"];

function quantity(n: number, unit: string | null) {
  const value = pick(FIGURES, n);
  return value ? { low: value, high: value, unit: unit ?? "personnel", counted: pick(COUNTED, n) ?? null } : null;
}

/** A confirmed claim on a span, as an editor marks it: a denial, or a figure (with its quantity) or a statement. */
const writeClaim = (
  articleId: string,
  aspect: { id: string },
  span: { start: number; end: number },
  stance: Stance,
  speakerId: string | null,
  figure: ReturnType<typeof quantity>,
) =>
  createClaim(
    prisma,
    newClaim.parse({
      articleId,
      eventId,
      aspectId: aspect.id,
      ...span,
      kind: stance === "denies" || stance === "disputes" ? "denial" : "figure",
      stance,
      speakerId,
      quantity: figure,
    }),
    user,
  );

async function apply(s: Step) {
  const claims = await prisma.claim.findMany({
    where: { eventId, status: "confirmed" },
    orderBy: { id: "asc" },
    select: { id: true, version: true, deletedAt: true },
  });
  const live = claims.filter((c) => !c.deletedAt);
  switch (s.op) {
    case "add": {
      const article = pick(articles, s.article)!;
      const span = pick(article.spans, s.span);
      const aspect = pick(aspects, s.aspect)!;
      if (!span) return;
      const speakerId = s.speaker % 4 === 0 ? null : (pick(speakers, s.speaker) ?? null);
      await writeClaim(article.id, aspect, span, s.stance, speakerId, quantity(s.figure, aspect.unit));
      return;
    }
    case "edit": {
      const claim = pick(live, s.claim);
      const aspect = pick(aspects, s.aspect)!;
      if (!claim) return;
      const change = [
        { stance: s.stance },
        { aspectId: aspect.id },
        { speakerId: pick(speakers, s.speaker) ?? null },
        { quantity: quantity(s.figure, aspect.unit) },
      ][s.figure % 4]!;
      await updateClaim(prisma, claim.id, claimChange.parse({ version: claim.version, ...change }), user);
      return;
    }
    case "delete":
      if (live.length) await deleteClaim(prisma, pick(live, s.claim)!.id, user);
      return;
    case "restore": {
      const deleted = claims.filter((c) => c.deletedAt);
      if (deleted.length) await restoreClaim(prisma, pick(deleted, s.claim)!.id, user);
      return;
    }
    case "undraw": {
      const drawn = await prisma.claimRelation.findMany({
        where: { eventId, status: "confirmed" },
        orderBy: { id: "asc" },
      });
      if (drawn.length) await deleteRelation(prisma, pick(drawn, s.claim)!.id, user);
      return;
    }
    case "decide": {
      // a proposal as the page lists it, stored before this step's refresh
      const proposals = await prisma.relationProposal.findMany({
        where: { eventId },
        orderBy: [{ aspectId: "asc" }, { seq: "asc" }],
      });
      const p = pick(proposals, s.proposal);
      if (p)
        await createRelation(prisma, p.fromId, newRelation.parse({ kind: p.kind, to: p.toId, status: s.status }), user);
      return;
    }
    case "rename": {
      // another name for a speaker, one the articles use: denials that use it now name the speaker
      const entityId = pick(speakers, s.speaker);
      const name = pick(SURNAMES, s.speaker)!;
      if (entityId && !(await prisma.entityName.findFirst({ where: { entityId, name } })))
        await prisma.entityName.create({ data: { entityId, lang: "und", name, normalized: name.toLowerCase() } });
      return;
    }
    case "redate": {
      const article = pick(articles, s.article)!;
      const { publishedAt } = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
      const date = new Date(publishedAt ?? "2019-03-25T00:00:00Z");
      date.setUTCDate(date.getUTCDate() + s.days);
      // a date moved, or forgotten: the claims' order changes, and with it what updates what
      await prisma.article.update({ where: { id: article.id }, data: { publishedAt: s.days % 7 === 0 ? null : date } });
      return;
    }
    case "check":
      expect(await stored()).toEqual(await fromScratch());
  }
}

describe("stored relation proposals", () => {
  it("are computed on first read, and equal those computed from scratch", async () => {
    expect((await staleAspects(prisma, eventId)).length).toBe(aspects.length);
    const first = await stored();
    expect(first).toEqual(await fromScratch());
    expect(first.length).toBeGreaterThan(0);
    expect(await staleAspects(prisma, eventId)).toEqual([]);
  });

  it("after any sequence of claim writes, deletes, restores and decisions equal those computed from scratch", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          try {
            await apply(s);
          } catch (error) {
            // a write the store refuses (crossing spans, a relation that exists) changes nothing
            if (!(error instanceof Refusal)) throw error;
          }
        }
        expect(await stored()).toEqual(await fromScratch());
      }),
      { numRuns: 25, seed: 20261206 },
    );
  }, 240_000);

  it("are removed by a decision without computing the aspect again", async () => {
    const [first] = await stored();
    await createRelation(
      prisma,
      first!.from,
      newRelation.parse({ kind: first!.kind, to: first!.to, status: "rejected" }),
      user,
    );
    expect(await staleAspects(prisma, eventId)).toEqual([]);
    expect(await stored()).toEqual(await fromScratch());
    expect(await stored()).not.toContainEqual(first);
  });

  it("are stale in every aspect where a speaker renamed speaks, or an article redated is quoted", async () => {
    await stored();
    const claim = await prisma.claim.findFirstOrThrow({
      where: { eventId, status: "confirmed", deletedAt: null, speakerId: { not: null } },
      select: { speakerId: true, articleId: true },
    });
    const aspectsOf = async (where: object) =>
      (
        await prisma.claim.findMany({
          where: { ...where, aspectId: { not: null } },
          distinct: ["aspectId"],
          select: { aspectId: true },
        })
      )
        .map((c) => c.aspectId)
        .sort();
    const staleIds = async () => (await staleAspects(prisma, eventId)).map((a) => a.id).sort();
    await prisma.entityName.create({
      data: { entityId: claim.speakerId!, lang: "ru", name: "Иванов", normalized: "иванов" },
    });
    expect(await staleIds()).toEqual(await aspectsOf({ speakerId: claim.speakerId }));
    await stored();
    await prisma.article.update({
      where: { id: claim.articleId },
      data: { publishedAt: new Date("2019-04-01T00:00:00Z") },
    });
    expect(await staleIds()).toEqual(await aspectsOf({ articleId: claim.articleId }));
    expect(await stored()).toEqual(await fromScratch());
  });

  it("follow a claim written inside a denial of another aspect: the denial now answers it", async () => {
    const article = articles.at(-1)!;
    const [sentence, firstHalf] = article.spans.slice(-3);
    const claim = (aspect: { id: string; unit: string | null }, span: typeof sentence, stance: Stance) =>
      writeClaim(article.id, aspect, span!, stance, null, stance === "denies" ? null : quantity(1, aspect.unit));
    const denial = await claim(aspects[0]!, sentence!, "denies");
    await stored();
    const held = await claim(aspects[1]!, firstHalf!, "reports");
    expect(await stored()).toContainEqual({ from: denial.id, to: held.id, kind: "contradicts" });
    expect(await stored()).toEqual(await fromScratch());
    await deleteClaim(prisma, held.id, user);
    expect(await stored()).toEqual(await fromScratch());
  });

  it("are computed again when a write they depend on comes while they are computed", async () => {
    const claim = await prisma.claim.findFirstOrThrow({
      where: { eventId, status: "confirmed", deletedAt: null, aspectId: { not: null } },
    });
    await prisma.claim.update({ where: { id: claim.id }, data: { stance: "disputes" } });
    // the first read of the aspect's claims lets another editor delete that claim first
    let reads = 0;
    const busy = prisma.$extends({
      query: {
        claim: {
          async findMany({ args, query }) {
            if ((args.where as { aspectId?: string } | undefined)?.aspectId === claim.aspectId && reads++ === 0)
              await deleteClaim(prisma, claim.id, user);
            return query(args);
          },
        },
      },
    }) as unknown as typeof prisma;
    await refreshProposals(busy, { eventId });
    // read, refused for the write in between, read again
    expect(reads).toBe(2);
    expect(await staleAspects(prisma, eventId)).toEqual([]);
    expect(await stored()).toEqual(await fromScratch());
    await restoreClaim(prisma, claim.id, user);
  });

  it("are computed again for every event after they are forgotten, as after a restore", async () => {
    const before = await stored();
    await forgetProposals(prisma);
    expect(await prisma.relationProposal.count()).toBe(0);
    const progress: number[] = [];
    // what only writes made stale is all a write computes after its answer: here nothing
    expect(await refreshProposals(prisma, { written: true })).toBe(0);
    const computed = await refreshProposals(prisma, { progress: (done) => progress.push(done) });
    expect(computed).toBe(await prisma.aspect.count());
    expect(progress).toEqual(Array.from({ length: computed }, (_, i) => i + 1));
    expect(await storedProposals(prisma, eventId)).toEqual({ items: before, total: before.length });
    const claim = await prisma.claim.findFirstOrThrow({ where: { eventId, status: "confirmed", deletedAt: null } });
    await deleteClaim(prisma, claim.id, user);
    const staled = await staleAspects(prisma, eventId, { written: true });
    expect(staled.map((a) => a.id)).toContain(claim.aspectId);
    expect(await refreshProposals(prisma, { written: true })).toBe(staled.length);
    expect(await staleAspects(prisma, eventId)).toEqual([]);
    await restoreClaim(prisma, claim.id, user);
  });
});
