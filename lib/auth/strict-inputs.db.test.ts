import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { mutatingRoutes } from "./mutating-routes";
import { createApiToken } from "./store";
import { createUser } from "./store-users";

// Route modules open the app's database client: give them a throw-away one.
const { prisma } = withTempDatabase("strict-inputs");

let adminToken: string;
beforeAll(async () => {
  await seedDemoCorpus(prisma);
  const admin = await createUser(prisma, { email: "admin@strict.test", password: "a long password 1", role: "admin" });
  adminToken = (await createApiToken(prisma, admin.id, "strict inputs")).token;
}, 60_000);

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Every object inside a schema refuses unknown keys (zod's strictObject): the paths of those that do not. */
function looseObjects(schema: Schema, at = "(body)"): string[] {
  const def = schema._zod.def;
  const inner = (key: string) => def[key] as Schema | undefined;
  switch (def.type) {
    case "object": {
      const catchall = def.catchall as Schema | undefined;
      const own = catchall?._zod.def.type === "never" ? [] : [at];
      const shape = def.shape as Record<string, Schema>;
      return [...own, ...Object.entries(shape).flatMap(([key, value]) => looseObjects(value, `${at}.${key}`))];
    }
    case "union":
      return (def.options as Schema[]).flatMap((option) => looseObjects(option, at));
    case "array":
      return looseObjects(def.element as Schema, `${at}[]`);
    case "pipe":
      return [...looseObjects(inner("in")!, at), ...looseObjects(inner("out")!, at)];
    case "optional":
    case "nullable":
    case "default":
    case "catch":
    case "readonly":
    case "nonoptional":
      return looseObjects(inner("innerType")!, at);
    default:
      return [];
  }
}

/** The schemas of every field named `lang` inside a schema, however deep. */
function langFields(schema: Schema, at = "(body)"): [string, Schema][] {
  const def = schema._zod.def;
  const inner = (key: string) => def[key] as Schema;
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, value]) => [
        ...(key === "lang" ? ([[`${at}.lang`, value]] as [string, Schema][]) : []),
        ...langFields(value, `${at}.${key}`),
      ]);
    case "union":
      return (def.options as Schema[]).flatMap((option) => langFields(option, at));
    case "array":
      return langFields(inner("element"), `${at}[]`);
    case "pipe":
      return [...langFields(inner("in"), at), ...langFields(inner("out"), at)];
    case "optional":
    case "nullable":
    case "default":
    case "catch":
    case "readonly":
    case "nonoptional":
      return langFields(inner("innerType"), at);
    default:
      return [];
  }
}

const moduleOf = (route: string) =>
  import(/* @vite-ignore */ path.join(__dirname, "..", "..", "app", ...route.split("/").slice(1), "route.ts"));

describe("the strictness check", () => {
  it("finds every object that lets unknown keys through, however deep", () => {
    const loose = z.strictObject({
      outer: z.object({ name: z.string() }),
      list: z.array(z.object({ id: z.string() })).optional(),
      either: z.union([z.strictObject({ a: z.string() }), z.object({ b: z.string() })]),
      text: z.preprocess((v) => v, z.object({ c: z.string() })),
    });
    expect(looseObjects(loose as unknown as Schema)).toEqual([
      "(body).outer",
      "(body).list[]",
      "(body).either",
      "(body).text",
    ]);
    expect(looseObjects(z.strictObject({ name: z.string() }) as unknown as Schema)).toEqual([]);
  });
});

describe("every write's input", () => {
  it.each(mutatingRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s refuses unknown fields",
    async (_label, route) => {
      const handler = (await moduleOf(route.path))[route.method] as { spec?: { input: Schema } };
      expect(handler.spec, "made by mutation()").toBeDefined();
      expect(looseObjects(handler.spec!.input)).toEqual([]);
    },
    30_000,
  );
});

type Handler = ((request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>) & {
  spec: { input: Schema; bytes?: unknown };
};

/** Sends `body` to a write as an administrator, whose role every write allows. */
async function sendAsAdmin(route: { method: string; path: string }, body: Uint8Array, id = "x") {
  const handler = (await moduleOf(route.path))[route.method] as Handler;
  const request = new NextRequest(`http://parallax.test${route.path.replace(/\[(\w+)\]/g, "x")}`, {
    method: route.method,
    body: Buffer.from(body),
    headers: { host: "parallax.test", "content-type": "application/json", authorization: `Bearer ${adminToken}` },
  });
  const segments = [...route.path.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, m[1] === "id" ? id : "x"]);
  const response = await handler(request, { params: Promise.resolve(Object.fromEntries(segments)) });
  const answer = (await response.json()) as { code?: string; error?: string };
  return { status: response.status, code: answer.code, error: answer.error };
}

// "bad ", three bytes that are no UTF-8 (a lone continuation byte, and 0xFF and 0xFE, which never occur), " bytes"
const notUtf8 = new Uint8Array([...Buffer.from('{"name":"bad '), 0x80, 0xff, 0xfe, ...Buffer.from(' bytes"}')]);

describe("every write that reads a JSON body", () => {
  const jsonWrites = mutatingRoutes.filter((r) => r.path !== "/api/import" && r.path !== "/api/exchange/annotations");
  it.each(jsonWrites.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s refuses bytes that are not UTF-8 as malformed",
    async (_label, route) => {
      expect(await sendAsAdmin(route, notUtf8)).toMatchObject({ status: 400, code: "malformed" });
    },
    30_000,
  );
});

describe("every language a write takes", () => {
  const fields = mutatingRoutes.map((r) => [`${r.method} ${r.path}`, r] as const);
  it.each(fields)(
    "%s checks its languages against the ones the field allows",
    async (_label, route) => {
      const handler = (await moduleOf(route.path))[route.method] as Handler;
      for (const [path, schema] of langFields(handler.spec.input)) {
        // a word, a made-up code, and a BCP 47 tag that no language has
        for (const wrong of ["english", "zz", "xx-YY"])
          expect(schema.safeParse(wrong).success, `${path}: ${wrong}`).toBe(false);
        expect(schema.safeParse("uk").success, `${path}: uk`).toBe(true);
      }
    },
    30_000,
  );
});

describe("a wrong language beside valid fields", () => {
  const json = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

  it("is refused for an outlet, naming the field, and changes nothing", async () => {
    const outlet = await prisma.outlet.findFirstOrThrow({ where: { lang: "en" } });
    const route = { method: "PATCH", path: "/api/outlets/[id]" };
    expect(await sendAsAdmin(route, json({ lang: "english", notes: "checked" }), outlet.id)).toEqual({
      status: 400,
      code: "invalid",
      error: "Some fields are missing or not valid: language.",
    });
    expect(await prisma.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toEqual(outlet);
    expect(await sendAsAdmin(route, json({ lang: "de" }), outlet.id)).toMatchObject({ status: 200 });
    expect((await prisma.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).lang).toBe("de");
  });

  it("is refused for a new entity's name", async () => {
    const before = await prisma.entity.count();
    const route = { method: "POST", path: "/api/entities" };
    expect(await sendAsAdmin(route, json({ kind: "person", name: "Хуан Гуайдо", lang: "ukrainian" }))).toMatchObject({
      status: 400,
      code: "invalid",
    });
    expect(await prisma.entity.count()).toBe(before);
  });

  it("is refused for an article in a language Parallax does not read", async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { lang: "uk" } });
    const route = { method: "PATCH", path: "/api/articles/[id]" };
    expect(await sendAsAdmin(route, json({ lang: "de" }), article.id)).toMatchObject({ status: 400, code: "invalid" });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).lang).toBe("uk");
  });
});
