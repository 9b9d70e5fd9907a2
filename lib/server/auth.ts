import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextRequest, NextResponse } from "next/server";
import { cache } from "react";
import { lngOrNotFound } from "@/i18n/server";
import { PATH_HEADER, type Lng } from "@/i18n/settings";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { hasRole, type Role } from "@/lib/auth/roles";
import { findSessionUser, findTokenUser, SESSION_LIFETIME_MS, type AuthUser } from "@/lib/auth/store";
import { db } from "./db";

export { SESSION_COOKIE };

export type Caller = { user: AuthUser } | { user: null; reason: "anonymous" | "badToken" | "badSession" };

/** Who is calling: a Bearer token wins over the session cookie. */
export async function callerFrom(authorization: string | null, sessionToken: string | undefined): Promise<Caller> {
  if (authorization) {
    const [scheme, token] = authorization.trim().split(/\s+/, 2);
    const user = scheme?.toLowerCase() === "bearer" && token ? await findTokenUser(db, token) : null;
    return user ? { user } : { user: null, reason: "badToken" };
  }
  if (sessionToken) {
    const user = await findSessionUser(db, sessionToken);
    return user ? { user } : { user: null, reason: "badSession" };
  }
  return { user: null, reason: "anonymous" };
}

/** The signed-in user of the page being rendered, if any (looked up once per request). */
export const currentUser = cache(async (): Promise<AuthUser | null> => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return (await callerFrom(h.get("authorization"), c.get(SESSION_COOKIE)?.value)).user;
});

/** The session token of the page being rendered, to tell "this browser" among a user's sessions. */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Whether anyone may read without signing in (the demo is public unless PARALLAX_PRIVATE=1). */
export function readingIsPublic(): boolean {
  return process.env.PARALLAX_PRIVATE !== "1";
}

export function can(user: AuthUser | null, role: Role): boolean {
  return !!user && hasRole(user.role, role);
}

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

const isHttps = (request: NextRequest) =>
  request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

/** Puts a new session's token in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS). */
export function setSessionCookie(request: NextRequest, response: NextResponse, token: string): void {
  response.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    path: "/",
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

export function clearSessionCookie(request: NextRequest, response: NextResponse): void {
  response.cookies.set(SESSION_COOKIE, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    path: "/",
    maxAge: 0,
  });
}
