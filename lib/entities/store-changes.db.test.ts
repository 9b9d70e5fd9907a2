import { beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/auth/store";
import { Refusal } from "@/lib/refusal";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { createEntity, newEntity, searchEntities } from "./store";
import { entityChange, mergeEntity, updateEntity } from "./store-changes";

const { prisma } = withTempDatabase("entity-changes");
let user: AuthUser;

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  const row = await prisma.user.create({ data: { email: "merge@example.org", name: "M", role: "editor" } });
  user = { ...row, via: "session" };
}, 60_000);

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof Refusal ? [e.code, e.values.fields ?? null] : e),
  );

describe("merging two entities", () => {
  it("moves the claims and candidates to the one kept, keeps the other's names as aliases, and is found by them", async () => {
    const peskov = await prisma.entity.findUniqueOrThrow({
      where: { slug: "dmitry-peskov" },
      include: { claims: true },
    });
    const duplicate = await createEntity(
      prisma,
      newEntity.parse({ name: "Dmitri Peskoff", kind: "person", lang: "de" }),
      user,
    );
    const claim = peskov.claims[0];
    if (claim) await prisma.claim.update({ where: { id: claim.id }, data: { speakerId: duplicate.id } });
    const before = await prisma.claim.count({ where: { speakerId: peskov.id } });

    const merged = await mergeEntity(prisma, duplicate.id, peskov.id, user);
    expect(merged).toEqual({ into: peskov.id, claimsMoved: claim ? 1 : 0, candidatesMoved: 0, aliasesAdded: 1 });
    expect(await prisma.entity.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect(await prisma.claim.count({ where: { speakerId: peskov.id } })).toBe(before + (claim ? 1 : 0));
    expect((await searchEntities(prisma, "Peskoff", "en")).map((e) => e.id)).toEqual([peskov.id]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: duplicate.id, action: "merge" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ into: peskov.id, aliasesAdded: ["Dmitri Peskoff"] });
  });

  it("refuses merging into itself or into an entity that does not exist, and changes nothing", async () => {
    const lavrov = await createEntity(
      prisma,
      newEntity.parse({ name: "Sergey Lavrov", kind: "person", lang: "en" }),
      user,
    );
    const audits = await prisma.auditEntry.count();
    expect(await codeOf(mergeEntity(prisma, lavrov.id, lavrov.id, user))).toEqual(["mergeSelf", ["into"]]);
    expect(await codeOf(mergeEntity(prisma, lavrov.id, "no-such-entity", user))).toEqual(["invalid", ["into"]]);
    expect(await codeOf(mergeEntity(prisma, "no-such-entity", lavrov.id, user))).toEqual(["notFound", null]);
    expect(await prisma.entity.findUnique({ where: { id: lavrov.id } })).not.toBeNull();
    expect(await prisma.auditEntry.count()).toBe(audits);
  });
});

describe("correcting an entity", () => {
  it("replaces its names, keeps them findable in any script, and writes nothing for a change that changes nothing", async () => {
    const e = await createEntity(prisma, newEntity.parse({ name: "Almaz Antey", kind: "person", lang: "en" }), user);
    const change = entityChange.parse({
      kind: "organisation",
      names: [
        { lang: "en", name: "Almaz-Antey", primary: true },
        { lang: "ru", name: "Алмаз-Антей", primary: true },
        { lang: "uk", name: "Алмаз-Антей", primary: true },
      ],
    });
    expect(await updateEntity(prisma, e.id, change, user)).toEqual({
      kind: "organisation",
      names: [
        { lang: "en", name: "Almaz-Antey", primary: true },
        { lang: "ru", name: "Алмаз-Антей", primary: true },
        { lang: "uk", name: "Алмаз-Антей", primary: true },
      ],
    });
    expect((await searchEntities(prisma, "almaz-antei", "uk")).map((x) => x.name)).toEqual(["Алмаз-Антей"]);
    const audits = await prisma.auditEntry.count({ where: { entityId: e.id } });
    await updateEntity(prisma, e.id, change, user);
    expect(await prisma.auditEntry.count({ where: { entityId: e.id } })).toBe(audits);
  });

  it("refuses an empty name, a name twice in one language, two primary names in one language, and unknown fields", () => {
    const bad = [
      { names: [{ lang: "en", name: "  ", primary: true }] },
      {
        names: [
          { lang: "en", name: "Lavrov" },
          { lang: "en", name: "LAVROV" },
        ],
      },
      {
        names: [
          { lang: "ru", name: "Лавров", primary: true },
          { lang: "ru", name: "С. Лавров", primary: true },
        ],
      },
      { names: [] },
      { kind: "person", slug: "x" },
    ];
    expect(bad.map((b) => entityChange.safeParse(b).success)).toEqual([false, false, false, false, false]);
  });
});
