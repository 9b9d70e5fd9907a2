import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import type { Lng } from "@/i18n/settings";
import { hasRole, type Role } from "@/lib/auth/roles";
import { errorResponse, Refusal } from "./errors";
import { apiLanguage, callerOf, readingIsPublic, unauthenticated } from "./request";

/**
 * Wraps a read handler: refuses an unsupported `?lang=` (400), asks for a signed-in
 * caller when PARALLAX_PRIVATE=1 or when the read needs a `role` (403 when the caller's
 * is lower), and turns any failure into a translated answer without a stack trace.
 */
export function apiRoute<P>(
  handler: (request: NextRequest, params: P, lng: Lng) => Promise<NextResponse>,
  options: { role?: Role } = {},
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const { lng, refusal } = apiLanguage(request);
    try {
      if (refusal) throw refusal;
      if (options.role || !readingIsPublic()) {
        const caller = await callerOf(request);
        if (!caller.user) throw unauthenticated(caller);
        if (options.role && !hasRole(caller.user.role, options.role)) throw new Refusal("forbidden");
      }
      return await handler(request, await context.params, lng);
    } catch (error) {
      if (error instanceof Refusal) return errorResponse(lng, error.code, error.values);
      console.error(`${request.method} ${request.nextUrl.pathname} failed`, error);
      return errorResponse(lng, "internal");
    }
  };
}
