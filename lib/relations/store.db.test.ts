import { beforeAll, describe, expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/load";
import type { AuthUser } from "@/lib/auth/store";
import { createClaim, deleteClaim, newClaim, restoreClaim } from "@/lib/claims/store";
import { parseFilters } from "@/lib/comparison/filters";
import { getComparison } from "@/lib/comparison/load";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { contentHash } from "@/lib/text/hash";
import { refusal } from "@/test/refusal";
import { withTempDatabase } from "@/test/temp-database";
import { addVerdict } from "@/test/verdict";
import {
  createRelation,
  deleteRelation,
  eventRelations,
  newRelation,
  PROPOSALS_PER_PAGE,
  proposedRelations,
} from "./store";

const { prisma } = withTempDatabase("relations");

let user: AuthUser;
let eventId: string;
const claimId = async (quoteStart: string) =>
  (await prisma.claim.findFirstOrThrow({ where: { quote: { startsWith: quoteStart } } })).id;

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } })).id;
  const row = await prisma.user.create({ data: { email: "relations@example.org", name: "Relations", role: "editor" } });
  user = { ...row, via: "session" };
}, 60_000);

describe("relations between claims", () => {
  it("are seeded as a journalist drew them, and listed with the proposals not yet decided", async () => {
    const relations = await eventRelations(prisma, eventId);
    const [rodriguez, bolton, mfa, trump] = await Promise.all(
      ["those few ten thousand Cubans", "some 20,000 Cubans", "Russia stands ready", "Trump claimed"].map(claimId),
    );
    expect(relations.filter((r) => r.status === "confirmed")).toHaveLength(6);
    expect(relations).toContainEqual(
      expect.objectContaining({ kind: "contradicts", from: rodriguez, to: bolton, status: "confirmed" }),
    );
    expect(relations).toContainEqual(
      expect.objectContaining({ kind: "contradicts", from: mfa, to: trump, status: "confirmed" }),
    );
    // the proposals leave out what is already related: 9 proposed on the bare corpus, 4 of them now confirmed
    const proposed = relations.filter((r) => r.status === "proposed");
    expect(proposed.map((r) => r.kind)).toEqual(["contradicts", "contradicts", "contradicts", "contradicts"]);
    expect(proposed.every((r) => r.id === null)).toBe(true);
    // without the proposals (a reader's list), the same confirmed relations in the same order
    expect(await eventRelations(prisma, eventId, { proposals: false })).toEqual(
      relations.filter((r) => r.status === "confirmed"),
    );
  });

  it("are made from one claim to another, audited, and flag the claim they contradict in the comparison", async () => {
    const [from, to] = await Promise.all([
      claimId("But beyond that Moscow will not go."),
      claimId("Russia has to get out."),
    ]);
    const before = await getComparison(prisma, eventId, "en", parseFilters({}));
    expect(before!.claims.find((c) => c.id === to)!.disputedBy).toEqual([]);

    const relation = await createRelation(prisma, from, newRelation.parse({ kind: "contradicts", to }), user);
    expect(relation).toMatchObject({ fromId: from, toId: to, kind: "contradicts", status: "confirmed", eventId });
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { entityType: "relation", entityId: relation.id },
    });
    expect(JSON.parse(audit.after!)).toEqual({ from, to, kind: "contradicts", status: "confirmed", eventId });

    const after = await getComparison(prisma, eventId, "en", parseFilters({}));
    expect(after!.claims.find((c) => c.id === to)!.disputedBy).toEqual([from]);
    expect(after!.relations).toContainEqual({ id: relation.id, kind: "contradicts", from, to, status: "confirmed" });
  });

  it("refuse a relation to itself, to another event, a duplicate, an unknown kind, or on a deleted claim, changing nothing", async () => {
    const [a, b] = await Promise.all([claimId("called Bolton"), claimId("Trump threatened")]);
    const count = await prisma.claimRelation.count();
    expect(
      await refusal(createRelation(prisma, a, newRelation.parse({ kind: "supports", to: a }), user)),
    ).toMatchObject({
      code: "relationSelf",
    });
    // a claim of another event
    const other = await prisma.event.create({ data: { slug: "other-event" } });
    const foreign = await prisma.claim.update({
      where: { id: await claimId("Каракас придбав") },
      data: { eventId: other.id },
    });
    expect(
      await refusal(createRelation(prisma, a, newRelation.parse({ kind: "supports", to: foreign.id }), user)),
    ).toMatchObject({ code: "relationOtherEvent" });
    await prisma.claim.update({ where: { id: foreign.id }, data: { eventId } });

    await createRelation(prisma, a, newRelation.parse({ kind: "repeats", to: b }), user);
    // a repeat reads the same both ways: the other direction is the same relation
    expect(await refusal(createRelation(prisma, b, newRelation.parse({ kind: "repeats", to: a }), user))).toMatchObject(
      {
        code: "relationExists",
      },
    );
    expect(newRelation.safeParse({ kind: "denies", to: b }).success).toBe(false);
    expect(newRelation.safeParse({ kind: "supports", to: b, note: "x" }).success).toBe(false);
    expect(await refusal(createRelation(prisma, a, newRelation.parse({ kind: "supports", to: "nope" }), user))).toEqual(
      {
        code: "invalid",
        values: { fields: ["to"] },
      },
    );
    await deleteClaim(prisma, b, user);
    expect(
      await refusal(createRelation(prisma, a, newRelation.parse({ kind: "supports", to: b }), user)),
    ).toMatchObject({
      code: "claimDeleted",
    });
    expect(await prisma.claimRelation.count()).toBe(count + 1);
  });

  it("leave every view with a deleted claim and come back when it is restored", async () => {
    const [a, b] = await Promise.all([claimId("called Bolton"), claimId("Trump threatened")]);
    const repeat = (list: { kind: string; from: string; to: string }[]) =>
      list.some((r) => r.kind === "repeats" && r.from === a && r.to === b);
    // b was deleted above
    expect(repeat(await eventRelations(prisma, eventId))).toBe(false);
    await restoreClaim(prisma, b, user);
    expect(repeat(await eventRelations(prisma, eventId))).toBe(true);
  });

  it("turn a proposal down for good, and may still be drawn by hand afterwards", async () => {
    const proposal = (await eventRelations(prisma, eventId)).find((r) => r.status === "proposed")!;
    await createRelation(
      prisma,
      proposal.from,
      newRelation.parse({ kind: proposal.kind, to: proposal.to, status: "rejected" }),
      user,
    );
    const again = await eventRelations(prisma, eventId);
    expect(again.some((r) => r.from === proposal.from && r.to === proposal.to)).toBe(false);

    const drawn = await createRelation(
      prisma,
      proposal.from,
      newRelation.parse({ kind: proposal.kind, to: proposal.to }),
      user,
    );
    expect(drawn.status).toBe("confirmed");
    await deleteRelation(prisma, drawn.id, user);
    expect(await prisma.claimRelation.findUnique({ where: { id: drawn.id } })).toBeNull();
    expect(await refusal(deleteRelation(prisma, drawn.id, user))).toMatchObject({ code: "notFound" });
  });

  it("leave a note's verdict on its claim in the comparison", async () => {
    const claim = await addVerdict(prisma, "those few ten thousand", "misleading");
    // the claims view reads each aspect's first claims across every source, this one among them
    const comparison = await getComparison(prisma, eventId, "en", parseFilters({ view: "claims" }));
    expect(comparison!.claims.find((c) => c.id === claim.id)!.verdict).toBe("misleading");
    expect(comparison!.claims.filter((c) => c.verdict !== null).map((c) => c.id)).toEqual([claim.id]);
  });

  it("read as W3C annotations that link their two claims", async () => {
    const { items, total } = await listAnnotations(prisma, "http://parallax.test", { at: "first" }, {});
    const claims = await prisma.claim.count({ where: { deletedAt: null } });
    const notes = await prisma.annotation.count({ where: { deletedAt: null } });
    const relations = await prisma.claimRelation.count({ where: { status: "confirmed" } });
    expect(total).toBe(claims + notes + relations);
    const { items: last } = await listAnnotations(prisma, "http://parallax.test", { at: "last" }, {});
    const link = last.at(-1)!;
    expect(link).toMatchObject({ type: "Annotation", motivation: "linking" });
    expect(link.target).toHaveLength(2);
    expect(items.length).toBe(Math.min(50, total));
  });
});

describe("proposed relations on the event page", () => {
  it("come a page at a time, each proposal once, in the order they are found", async () => {
    // 23 outlets each stating 777 troops: every later one repeats the first
    const aspect = await prisma.aspect.findFirstOrThrow({ where: { eventId }, orderBy: { position: "asc" } });
    for (let n = 0; n < 23; n++) {
      const text = `Officials counted 777 troops, outlet ${n} reports.`;
      const article = await prisma.article.create({
        data: {
          title: `Report ${n}`,
          lang: "en",
          text,
          contentHash: contentHash(text),
          publishedAt: new Date(Date.UTC(2019, 3, 1 + n)),
          outlet: { create: { slug: `paging-${n}`, name: `Paging outlet ${n}` } },
          events: { create: { eventId } },
        },
      });
      await prisma.claim.create({
        data: {
          articleId: article.id,
          eventId,
          aspectId: aspect.id,
          quote: "Officials counted 777 troops",
          start: 0,
          end: 28,
          prefix: "",
          suffix: "",
          kind: "figure",
          stance: "reports",
          status: "confirmed",
          low: 777,
          high: 777,
          statedLow: 777,
          statedHigh: 777,
          unit: "personnel",
        },
      });
    }
    const proposed = (await eventRelations(prisma, eventId)).filter((r) => r.status === "proposed");
    expect(proposed.filter((r) => r.kind === "repeats")).toHaveLength(22);
    const pages = await Promise.all([1, 2, 9].map((n) => proposedRelations(prisma, eventId, "en", n)));
    expect(pages.map((p) => [p.page, p.pages, p.total, p.items.length])).toEqual([
      [1, 2, proposed.length, PROPOSALS_PER_PAGE],
      [2, 2, proposed.length, proposed.length - PROPOSALS_PER_PAGE],
      // past the end: the last page
      [2, 2, proposed.length, proposed.length - PROPOSALS_PER_PAGE],
    ]);
    const pick = (p: { from: string; to: string; kind: string }) => `${p.from} ${p.kind} ${p.to}`;
    expect([...pages[0]!.items, ...pages[1]!.items].map(pick)).toEqual(proposed.map(pick));
    // each end described: the repeat's quote, in the language of the page
    const repeat = pages.flatMap((p) => p.items).find((p) => p.kind === "repeats")!;
    expect([repeat.fromClaim.quote, repeat.toClaim.quote]).toEqual([
      "Officials counted 777 troops",
      "Officials counted 777 troops",
    ]);
  });
});

describe("a denial holding the claim it denies", () => {
  it("is proposed to contradict that claim, and may only contradict or support it", async () => {
    const figure = await prisma.claim.findFirstOrThrow({ where: { quote: { startsWith: "some 20,000 Cubans" } } });
    const liar = await prisma.claim.findFirstOrThrow({ where: { quote: { startsWith: "called Bolton" } } });
    const rodriguez = await prisma.entity.findUniqueOrThrow({ where: { slug: "bruno-rodriguez" } });
    // the whole denial: "called Bolton a 'pathological liar' for his claims that some 20,000 Cubans ..."
    const denial = await createClaim(
      prisma,
      newClaim.parse({
        articleId: figure.articleId,
        eventId,
        aspectId: figure.aspectId,
        start: liar.start,
        end: figure.end,
        kind: "denial",
        stance: "denies",
        speakerId: rodriguez.id,
      }),
      user,
    );
    const proposedFor = async () =>
      (await eventRelations(prisma, eventId))
        .filter((r) => r.status === "proposed" && r.from === denial.id)
        .map((r) => [r.kind, r.to]);
    expect(await proposedFor()).toEqual([["contradicts", figure.id]]);
    for (const kind of ["repeats", "updates", "refines"] as const)
      expect(
        await refusal(createRelation(prisma, denial.id, newRelation.parse({ kind, to: figure.id }), user)),
      ).toMatchObject({ code: "relationNested" });
    expect(
      await refusal(createRelation(prisma, figure.id, newRelation.parse({ kind: "translates", to: denial.id }), user)),
    ).toMatchObject({ code: "relationNested" });
    await createRelation(prisma, denial.id, newRelation.parse({ kind: "contradicts", to: figure.id }), user);
    expect(await proposedFor()).toEqual([]);
    const article = await prisma.article.findUniqueOrThrow({ where: { id: figure.articleId } });
    const comparison = await getComparison(
      prisma,
      eventId,
      "en",
      parseFilters({ source: article.outletId ?? `article-${article.id}`, view: "claims" }),
    );
    expect(comparison!.claims.find((c) => c.id === figure.id)!.disputedBy).toContain(denial.id);
  });
});
