import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withTempDatabase } from "@/test/temp-database";
import { mutatingRoutes } from "./mutating-routes";

// Route modules open the app's database client: give them a throw-away one.
withTempDatabase("strict-inputs");

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
