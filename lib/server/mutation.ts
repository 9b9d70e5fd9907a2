import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { negotiateLng } from "@/i18n/negotiate";
import { isLng, LNG_COOKIE, type Lng } from "@/i18n/settings";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/store";
import { callerFrom, SESSION_COOKIE } from "./auth";
import { errorResponse, Refusal, type ErrorValues } from "./errors";

/** Largest request body a form or JSON write may send. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface Outcome {
  /** JSON answer for API callers; null for an empty response (204) */
  body: unknown;
  status?: number;
  /** extra response headers (ETag, Location, Link…); Content-Type too, to answer in another JSON type */
  headers?: Record<string, string>;
  /** message key under common:notices, shown after a form post */
  notice?: string;
  /** where a form post goes next (a local path); the form's returnTo otherwise */
  location?: string;
  /** sets or clears cookies on whichever response goes back */
  cookies?: (response: NextResponse) => void;
}

export interface MutationContext<I, P, U> {
  request: NextRequest;
  params: P;
  /** the caller; null only for "public" mutations */
  user: U;
  input: I;
  lng: Lng;
  /** the raw body, for mutations that take a file (`bytes`); empty otherwise */
  bytes: Uint8Array;
}

const isForm = (request: NextRequest) =>
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

const ownHost = (headers: Headers) => headers.get("x-forwarded-host") ?? headers.get("host");

/** A file sent as the whole body: refused past `max` bytes, whatever Content-Length claims. */
async function readBytes(request: NextRequest, max: number): Promise<Uint8Array> {
  const tooLarge = new Refusal("tooLarge", { max: Math.round(max / 1024) });
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > max) throw tooLarge;
  return bytes;
}

async function readBody(request: NextRequest): Promise<Record<string, unknown>> {
  const tooLarge = new Refusal("tooLarge", { max: MAX_BODY_BYTES / 1024 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw tooLarge;
  if (isForm(request)) return Object.fromEntries(new URLSearchParams(text));
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw new Refusal("malformed");
}

/**
 * The one way to write: every mutating route handler is made by this function. In
 * order, it refuses cross-site requests, finds the caller (Bearer token or session
 * cookie) and checks the role, and only then reads and validates the body with zod.
 * HTML forms get a 303 back to their page with a notice or an error code; API
 * callers get JSON, or `{ error, code }` with the matching status. Messages are in
 * the caller's language and never carry a stack trace.
 */
export function mutation<
  S extends z.ZodType,
  R extends Role | "public",
  PS extends z.ZodType = z.ZodObject<Record<string, never>>,
>(spec: {
  role: R;
  /** the route's dynamic segments, such as { id } */
  params?: PS;
  /** content types the body may have (415 otherwise); JSON and forms by default */
  accepts?: RegExp;
  /** the body is a file of at most this many bytes, passed as `bytes`; `input` then comes from the query string */
  bytes?: { max: number };
  input: S;
  handler: (
    ctx: MutationContext<z.output<S>, z.output<PS>, R extends "public" ? AuthUser | null : AuthUser>,
  ) => Promise<Outcome>;
}) {
  return async (request: NextRequest, context: { params: Promise<unknown> }): Promise<NextResponse> => {
    const queryLng = request.nextUrl.searchParams.get("lang");
    let lng: Lng = isLng(queryLng)
      ? queryLng
      : negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
    let returnTo: string | null = null;
    const form = isForm(request);
    try {
      if (isCrossSite(request.headers)) throw new Refusal("crossSite");
      const caller = await callerFrom(request.headers.get("authorization"), request.cookies.get(SESSION_COOKIE)?.value);
      if (spec.role !== "public") {
        if (!caller.user) throw new Refusal(caller.reason === "badToken" ? "badToken" : "unauthenticated");
        if (!hasRole(caller.user.role, spec.role)) throw new Refusal("forbidden");
      }
      if (spec.accepts && !spec.accepts.test(request.headers.get("content-type") ?? ""))
        throw new Refusal("unsupportedMediaType");
      const bytes = spec.bytes ? await readBytes(request, spec.bytes.max) : new Uint8Array();
      const body = spec.bytes ? Object.fromEntries(request.nextUrl.searchParams) : await readBody(request);
      if (isLng(body.lang)) lng = body.lang;
      returnTo = localPath(body.returnTo);
      const parsed = spec.input.safeParse(body);
      if (!parsed.success) {
        const { issues } = parsed.error;
        throw new Refusal("invalid", {
          fields: [...new Set(issues.map((i) => String(i.path[0] ?? "input")))],
          details: issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message })),
        });
      }
      const params = (spec.params ?? z.object({})).safeParse((await context?.params) ?? {});
      if (!params.success) throw new Refusal("notFound");
      const outcome = await spec.handler({
        request,
        params: params.data as z.output<PS>,
        user: caller.user as AuthUser,
        input: parsed.data,
        lng,
        bytes,
      });
      const response = form
        ? redirect(outcome.location ?? returnTo ?? `/${lng}`, { notice: outcome.notice })
        : outcome.body === null
          ? new NextResponse(null, { status: outcome.status ?? 204, headers: outcome.headers })
          : NextResponse.json(outcome.body, { status: outcome.status ?? 200, headers: outcome.headers });
      outcome.cookies?.(response);
      return response;
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal("internal");
      if (!(error instanceof Refusal)) console.error(`${request.method} ${request.nextUrl.pathname} failed`, error);
      if (form && returnTo) return redirect(returnTo, { error: refusal.code, ...formValues(refusal.values) });
      if (form && refusal.code === "unauthenticated") {
        // A form from a page whose session has ended: sign in, then come back to that page.
        const next = refererPath(request);
        return redirect(`/${lng}/sign-in`, { error: refusal.code, next: next ?? undefined });
      }
      return errorResponse(lng, refusal.code, refusal.values);
    }
  };
}

/** The client's address for rate limiting: the last hop the nearest proxy (or Next itself) recorded. */
export function clientAddress(request: NextRequest): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1) ?? "unknown";
}

const formValues = (values: ErrorValues): Record<string, string | undefined> => ({
  reason: values.reason,
  fields: values.fields?.join(","),
  retry: values.retryAfterSeconds?.toString(),
  max: values.max?.toString(),
});

/** The page a same-origin form was on (from Referer), as a local path. */
function refererPath(request: NextRequest): string | null {
  try {
    const url = new URL(request.headers.get("referer") ?? "");
    return url.host === ownHost(request.headers) ? localPath(url.pathname + url.search) : null;
  } catch {
    return null;
  }
}

/** 303 See Other to a local path, with a relative Location so that it works behind any proxy. */
function redirect(path: string, params: Record<string, string | undefined>): NextResponse {
  const url = new URL(path, "http://local");
  for (const key of ["notice", "error", "fields", "retry", "max", "reason"]) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return new NextResponse(null, { status: 303, headers: { Location: url.pathname + url.search } });
}
