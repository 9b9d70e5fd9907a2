import { beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/auth/store";
import { withTempDatabase } from "@/test/temp-database";
import { createEntity, newEntity, searchEntities } from "./store";

const { prisma } = withTempDatabase("entities");
let user: AuthUser;

beforeAll(async () => {
  const row = await prisma.user.create({ data: { email: "entities@example.org", name: "E", role: "editor" } });
  user = { ...row, via: "session" };
  for (const [name, lang, kind] of [
    ["Sergey Lavrov", "en", "person"],
    ["Дмитро Пєсков", "uk", "person"],
    ["Juan Guaidó", "es", "person"],
    ["Rostec", "en", "organisation"],
  ] as const)
    await createEntity(prisma, newEntity.parse({ name, lang, kind }), user);
}, 60_000);

const found = async (query: string) => (await searchEntities(prisma, query, "en")).map((e) => e.name);

describe("finding an entity by name", () => {
  it("crosses between Latin and Cyrillic, and between Ukrainian and Russian spellings", async () => {
    expect(await found("Лавров")).toEqual(["Sergey Lavrov"]);
    expect(await found("Peskov")).toEqual(["Дмитро Пєсков"]);
    expect(await found("Песков")).toEqual(["Дмитро Пєсков"]);
    expect(await found("Гуайдо")).toEqual(["Juan Guaidó"]);
    expect(await found("guaydo")).toEqual(["Juan Guaidó"]);
    expect(await found("Ростек")).toEqual(["Rostec"]);
  });

  it("still finds by a plain part of the name, and nothing for a name it does not know", async () => {
    expect(await found("lav")).toEqual(["Sergey Lavrov"]);
    expect(await found("Shoigu")).toEqual([]);
    expect(await found("   ")).toEqual([]);
  });
});
