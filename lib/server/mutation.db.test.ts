import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiToken, startSession } from "@/lib/auth/store";
import { createUser } from "@/lib/auth/store-users";
import { withTempDatabase } from "@/test/temp-database";

const { prisma } = withTempDatabase("guard");
// Imported once the temporary database is set: lib/server/db opens DATABASE_URL.
let mutation: typeof import("./mutation").mutation;
let Refusal: typeof import("./errors").Refusal;

const calls: unknown[] = [];
let guarded: ReturnType<typeof makeGuarded>;

function makeGuarded() {
  return mutation({
    role: "editor",
    input: z.strictObject({ name: z.string().min(1).max(20), count: z.number().int().optional() }),
    handler: async ({ input, user }) => {
      calls.push(input);
      if (input.name === "refuse") throw new Refusal("emailTaken");
      if (input.name === "crash") throw new Error("secret detail at /srv/parallax/lib/x.ts:12");
      return { body: { ok: true, by: user.email, input }, notice: "outletSaved" };
    },
  });
}

const sessions: Record<"viewer" | "editor", string> = { viewer: "", editor: "" };
let editorToken = "";

beforeAll(async () => {
  ({ mutation } = await import("./mutation"));
  ({ Refusal } = await import("./errors"));
  guarded = makeGuarded();
  for (const role of ["viewer", "editor"] as const) {
    const user = await createUser(prisma, { email: `${role}@guard.test`, role, password: "long enough password" });
    sessions[role] = await startSession(prisma, user.id, "vitest");
  }
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: "editor@guard.test" } });
  editorToken = (await createApiToken(prisma, editor.id, "test")).token;
}, 60_000);

type Options = {
  session?: string;
  token?: string;
  body?: string;
  headers?: Record<string, string>;
  form?: boolean;
  query?: string;
};

async function send({ session, token, body = '{"name":"ok"}', headers = {}, form = false, query = "" }: Options) {
  calls.length = 0;
  const request = new NextRequest(`http://parallax.test/api/thing${query}`, {
    method: "POST",
    body,
    headers: {
      host: "parallax.test",
      "content-type": form ? "application/x-www-form-urlencoded" : "application/json",
      ...(session ? { cookie: `parallax-session=${session}` } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  });
  const response = await guarded(request, { params: Promise.resolve({}) });
  const text = await response.text();
  return {
    status: response.status,
    location: response.headers.get("location"),
    json: text ? JSON.parse(text) : null,
    handled: calls.length,
  };
}

describe("the write guard", () => {
  it("refuses unknown fields by name, and JSON sent as text/plain, changing nothing", async () => {
    expect(await send({ token: editorToken, body: '{"name":"ok","isAdmin":true}' })).toEqual({
      status: 400,
      location: null,
      json: {
        error: "Some fields are missing or not valid: isAdmin.",
        code: "invalid",
        details: [{ path: "(body)", message: expect.any(String) }],
      },
      handled: 0,
    });
    const plain = await send({ token: editorToken, headers: { "content-type": "text/plain" } });
    expect([plain.status, plain.json.code, plain.handled]).toEqual([415, "unsupportedMediaType", 0]);
  });

  it("refuses an unsupported ?lang= as the reads do, in the negotiated language, before anything else", async () => {
    expect(await send({ token: editorToken, query: "?lang=de", headers: { "accept-language": "uk" } })).toEqual({
      status: 400,
      location: null,
      json: { error: "Параметр lang має бути одним із: en, uk, ru.", code: "badLang" },
      handled: 0,
    });
    expect((await send({ token: editorToken, query: "?lang=ru" })).json).toEqual({
      ok: true,
      by: "editor@guard.test",
      input: { name: "ok" },
    });
  });

  it("refuses anonymous callers with 401 before reading the body", async () => {
    expect(await send({ body: "{not json" })).toEqual({
      status: 401,
      location: null,
      json: { error: "Sign in to do this.", code: "unauthenticated" },
      handled: 0,
    });
  });

  it("refuses a viewer with 403, whatever the body", async () => {
    const result = await send({ session: sessions.viewer, body: "{not json" });
    expect(result).toMatchObject({
      status: 403,
      json: { code: "forbidden", error: "Your role does not allow this." },
      handled: 0,
    });
  });

  it("refuses unknown sessions and tokens", async () => {
    expect(await send({ session: "made-up" })).toMatchObject({
      status: 401,
      json: { code: "unauthenticated" },
      handled: 0,
    });
    expect(await send({ token: "plx_made-up" })).toMatchObject({ status: 401, json: { code: "badToken" }, handled: 0 });
    // A bad token is refused even when a good session cookie comes with it.
    expect(await send({ token: "plx_made-up", session: sessions.editor })).toMatchObject({ status: 401, handled: 0 });
  });

  it("refuses cross-site requests, even from an editor", async () => {
    const fromElsewhere = await send({ session: sessions.editor, headers: { origin: "https://evil.example" } });
    expect(fromElsewhere).toMatchObject({ status: 403, json: { code: "crossSite" }, handled: 0 });
    const fetchMetadata = await send({ session: sessions.editor, headers: { "sec-fetch-site": "cross-site" } });
    expect(fetchMetadata).toMatchObject({ status: 403, json: { code: "crossSite" }, handled: 0 });
    const sameOrigin = await send({
      session: sessions.editor,
      headers: { origin: "http://parallax.test", "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin).toMatchObject({ status: 200, handled: 1 });
  });

  it("lets an editor through with a session or a Bearer token", async () => {
    expect(await send({ session: sessions.editor, body: '{"name":"Daily Mail","count":3}' })).toEqual({
      status: 200,
      location: null,
      json: { ok: true, by: "editor@guard.test", input: { name: "Daily Mail", count: 3 } },
      handled: 1,
    });
    expect(await send({ token: editorToken })).toMatchObject({
      status: 200,
      json: { by: "editor@guard.test" },
      handled: 1,
    });
  });

  it("answers malformed, invalid and oversized bodies with 400/413 in the caller's language", async () => {
    expect(await send({ token: editorToken, body: "{not json" })).toMatchObject({
      status: 400,
      json: { code: "malformed" },
      handled: 0,
    });
    expect(await send({ token: editorToken, body: "[1,2]" })).toMatchObject({
      status: 400,
      json: { code: "malformed" },
      handled: 0,
    });
    expect(await send({ token: editorToken, body: '{"name":"","count":1.5,"lang":"uk"}' })).toEqual({
      status: 400,
      location: null,
      json: {
        code: "invalid",
        error: "Деякі поля відсутні або некоректні: ім’я, count.",
        details: [
          { path: "name", message: "Too small: expected string to have >=1 characters" },
          { path: "count", message: "Invalid input: expected int, received number" },
        ],
      },
      handled: 0,
    });
    const huge = JSON.stringify({ name: "x".repeat(70 * 1024) });
    expect(await send({ token: editorToken, body: huge, headers: { "accept-language": "ru" } })).toEqual({
      status: 413,
      location: null,
      json: { code: "tooLarge", error: "Запрос слишком большой: не более 64 КиБ." },
      handled: 0,
    });
  });

  it("turns a handler's refusal into its status and hides unexpected errors", async () => {
    expect(await send({ token: editorToken, body: '{"name":"refuse"}' })).toMatchObject({
      status: 409,
      json: { code: "emailTaken" },
    });
    const crash = await send({ token: editorToken, body: '{"name":"crash"}' });
    expect(crash.status).toBe(500);
    expect(crash.json).toEqual({
      code: "internal",
      error: "The server could not complete the request. Nothing was changed; try again later.",
    });
  });

  it("sends forms back to their page with a notice or an error", async () => {
    const ok = await send({
      session: sessions.editor,
      form: true,
      body: "name=Guardian&lang=uk&returnTo=%2Fuk%2Foutlets",
    });
    expect(ok).toEqual({ status: 303, location: "/uk/outlets?notice=outletSaved", json: null, handled: 1 });
    const bad = await send({
      session: sessions.editor,
      form: true,
      body: "name=&returnTo=%2Fen%2Foutlets%3Fnotice%3Dold",
    });
    expect(bad).toEqual({ status: 303, location: "/en/outlets?error=invalid&fields=name", json: null, handled: 0 });
    // Somewhere else is not a place to return to.
    const elsewhere = await send({
      session: sessions.editor,
      form: true,
      body: "name=x&returnTo=%2F%2Fevil.example%2F&lang=ru",
    });
    expect(elsewhere.location).toBe("/ru?notice=outletSaved");
  });

  it("sends an anonymous form to sign in, then back to the page it came from", async () => {
    const result = await send({
      form: true,
      body: "name=x",
      headers: { referer: "http://parallax.test/uk/outlets/1/edit", "accept-language": "uk" },
    });
    expect(result).toEqual({
      status: 303,
      location: "/uk/sign-in?error=unauthenticated&next=%2Fuk%2Foutlets%2F1%2Fedit",
      json: null,
      handled: 0,
    });
  });
});
