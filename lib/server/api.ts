import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { negotiateLng } from "@/i18n/negotiate";
import { LNG_COOKIE, languages, type Lng } from "@/i18n/settings";
import { callerFrom, readingIsPublic, SESSION_COOKIE } from "./auth";
import { errorResponse } from "./errors";

const langParam = z.enum(languages).default("en");

/**
 * Wraps a read handler: parses `?lang=` (400 when it is not en/uk/ru), asks for a
 * signed-in caller when PARALLAX_PRIVATE=1, and turns any failure into a
 * translated 500 without a stack trace.
 */
export function apiRoute<P>(handler: (request: NextRequest, params: P, lng: Lng) => Promise<NextResponse>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const requested = langParam.safeParse(request.nextUrl.searchParams.get("lang") ?? undefined);
    const fallback = negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
    if (!requested.success) return errorResponse(fallback, "badLang");
    const lng = requested.data;
    try {
      if (!readingIsPublic()) {
        const caller = await callerFrom(
          request.headers.get("authorization"),
          request.cookies.get(SESSION_COOKIE)?.value,
        );
        if (!caller.user) return errorResponse(lng, caller.reason === "badToken" ? "badToken" : "unauthenticated");
      }
      return await handler(request, await context.params, lng);
    } catch (error) {
      console.error(`${request.method} ${request.nextUrl.pathname} failed`, error);
      return errorResponse(lng, "internal");
    }
  };
}

/** The origin the caller used (behind a proxy, from X-Forwarded-Host and -Proto), for absolute IRIs. */
export function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return `${protocol}://${host}`;
}
