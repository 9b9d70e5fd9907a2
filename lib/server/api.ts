import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { negotiateLng } from "@/i18n/negotiate";
import { getT } from "@/i18n/server";
import { LNG_COOKIE, languages, type Lng } from "@/i18n/settings";

const langParam = z.enum(languages).default("en");

type ApiErrorCode = "notFound" | "badLang" | "internal";
const statusOf: Record<ApiErrorCode, number> = { notFound: 404, badLang: 400, internal: 500 };

/** A JSON error `{ error, code }` in the caller's language. */
export function apiError(code: ApiErrorCode, lng: Lng): NextResponse {
  return NextResponse.json({ error: getT(lng, "common")(`api.${code}`), code }, { status: statusOf[code] });
}

/**
 * Wraps a read handler: parses `?lang=` (400 when it is not en/uk/ru), and turns
 * any failure into a translated 500 without a stack trace.
 */
export function apiRoute<P>(handler: (request: NextRequest, params: P, lng: Lng) => Promise<NextResponse>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const requested = langParam.safeParse(request.nextUrl.searchParams.get("lang") ?? undefined);
    const fallback = negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
    if (!requested.success) return apiError("badLang", fallback);
    try {
      return await handler(request, await context.params, requested.data);
    } catch (error) {
      console.error(`${request.method} ${request.nextUrl.pathname} failed`, error);
      return apiError("internal", requested.data);
    }
  };
}
