import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { negotiateLng } from "@/i18n/negotiate";
import { lngOrNotFound } from "@/i18n/server";
import { isLng, LNG_COOKIE, PATH_HEADER, type Lng } from "@/i18n/settings";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/store";
import { serverEnv } from "@/lib/env";
import { callerFrom, currentUser, SESSION_COOKIE, type Caller } from "./auth";
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

/** The sign-in page, with the page to come back to. */
export function signInPath(lng: Lng, next?: string | null): string {
  return `/${lng}/sign-in${next ? `?${new URLSearchParams({ next })}` : ""}`;
}

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
