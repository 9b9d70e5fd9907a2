import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextResponse, type NextRequest } from "next/server";
import { negotiateLng } from "@/i18n/negotiate";
import { signInPath } from "@/i18n/paths";
import { lngOrNotFound } from "@/i18n/server";
import { isLng, LNG_COOKIE, PATH_HEADER, type Lng } from "@/i18n/settings";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/store";
import { serverEnv } from "@/lib/env";
import { callerFrom, currentUser, SESSION_COOKIE, type Caller } from "./caller";
import { Refusal } from "./errors";

/**
 * The request context: one place decides the language of an answer and whether
 * reading needs a signed-in user, for pages, API reads and writes alike.
 */

/** Whether anyone may read without signing in (the demo is public unless PARALLAX_PRIVATE=1). */
export function readingIsPublic(): boolean {
  return !serverEnv().PARALLAX_PRIVATE;
}

/**
 * The language of an API answer: `?lang=` when given, else the language cookie, else
 * Accept-Language. A `?lang=` that is not en, uk or ru is refused (400 `badLang`) on
 * reads and writes alike, with the message in the negotiated language.
 */
export function apiLanguage(request: NextRequest): { lng: Lng; refusal: Refusal | null } {
  const negotiated = negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
  const asked = request.nextUrl.searchParams.get("lang");
  if (asked === null) return { lng: negotiated, refusal: null };
  return isLng(asked) ? { lng: asked, refusal: null } : { lng: negotiated, refusal: new Refusal("badLang") };
}

/** Who is calling an API route: a Bearer token wins over the session cookie. */
export function callerOf(request: NextRequest): Promise<Caller> {
  return callerFrom(request.headers.get("authorization"), request.cookies.get(SESSION_COOKIE)?.value);
}

/** The refusal for a caller without a user: a bad token says so. */
export const unauthenticated = (caller: Caller & { user: null }) =>
  new Refusal(caller.reason === "badToken" ? "badToken" : "unauthenticated");

async function sendToSignIn(lng: Lng): Promise<never> {
  redirect(signInPath(lng, (await headers()).get(PATH_HEADER)));
}

/**
 * The language of a reading page, once the visitor may read it: with
 * PARALLAX_PRIVATE=1, anonymous visitors are sent to sign in. Every reading
 * page and its metadata start with this.
 */
export async function readerLng(raw: string): Promise<Lng> {
  const lng = lngOrNotFound(raw);
  if (!readingIsPublic() && !(await currentUser())) await sendToSignIn(lng);
  return lng;
}

/** The language and user of a page that needs at least `role`: sign in first, 403 when the role is too low. */
export async function userPage(raw: string, role: Role): Promise<{ lng: Lng; user: AuthUser }> {
  const lng = lngOrNotFound(raw);
  const user = await currentUser();
  if (!user) return sendToSignIn(lng);
  if (!hasRole(user.role, role)) forbidden();
  return { lng, user };
}

// Reading a request and answering a form: the small utilities every route shares.

/** Largest request body a form or JSON write may send. */
export const MAX_BODY_BYTES = 64 * 1024;

export const isForm = (request: NextRequest) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(request.headers.get("content-type") ?? "");

/** A local path to come back to after a form post; anything else is ignored. */
export function localPath(value: unknown): string | null {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : null;
}

/** A request another site made the browser send: refused before anything else is looked at. */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== ownHost(headers);
  } catch {
    return true;
  }
}

/** Whether the request authenticates with `Authorization: Bearer …` (an API token), not a cookie. */
export const hasBearer = (headers: Headers) => /^Bearer\s+\S/i.test(headers.get("authorization") ?? "");

export const ownHost = (headers: Headers) => headers.get("x-forwarded-host") ?? headers.get("host");

/** A file sent as the whole body: refused past `max` bytes, whatever Content-Length claims. */
export async function readBytes(request: NextRequest, max: number): Promise<Uint8Array> {
  const tooLarge = new Refusal("tooLarge", { max: Math.round(max / 1024) });
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > max) throw tooLarge;
  return bytes;
}

export async function readBody(request: NextRequest): Promise<Record<string, unknown>> {
  const tooLarge = new Refusal("tooLarge", { max: MAX_BODY_BYTES / 1024 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge;
  const text = utf8(bytes);
  if (isForm(request)) return Object.fromEntries(new URLSearchParams(text));
  if (!text.trim()) return {};
  // JSON only as JSON: a body sent as text/plain is how another site's form would try to post it
  if (!/^application\/([\w.+-]*\+)?json\b/.test(request.headers.get("content-type") ?? ""))
    throw new Refusal("unsupportedMediaType");
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw new Refusal("malformed");
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A body's text: JSON and forms are UTF-8 (RFC 8259, WHATWG URL), and bytes that are not are refused, not replaced. */
function utf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new Refusal("malformed");
  }
}

/** The client's address for rate limiting, as server/serve.ts set it from the connection and TRUSTED_PROXIES. */
export function clientAddress(request: NextRequest): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1) ?? "unknown";
}

/** The page a same-origin form was on (from Referer), as a local path. */
export function refererPath(request: NextRequest): string | null {
  try {
    const url = new URL(request.headers.get("referer") ?? "");
    return url.host === ownHost(request.headers) ? localPath(url.pathname + url.search) : null;
  } catch {
    return null;
  }
}

/** 303 See Other to a local path, with a relative Location so that it works behind any proxy. */
export function seeOther(path: string, params: Record<string, string | undefined>): NextResponse {
  const url = new URL(path, "http://local");
  for (const key of ["notice", "error", "fields", "retry", "max", "reason"]) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return new NextResponse(null, { status: 303, headers: { Location: url.pathname + url.search } });
}

/** The origin the caller used (behind a proxy, from X-Forwarded-Host and -Proto), for absolute IRIs. */
export function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return `${protocol}://${host}`;
}

/** A response body that pulls text from a generator as the client reads it, and stops it when the client leaves. */
export function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
