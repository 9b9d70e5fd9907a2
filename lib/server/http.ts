import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { Refusal } from "./errors";

/** Reading a request and answering a form: the small utilities every route shares. */

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
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw tooLarge;
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

/** The client's address for rate limiting, as scripts/serve.ts set it from the connection and TRUSTED_PROXIES. */
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
