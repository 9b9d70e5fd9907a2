import "server-only";
import { cookies, headers } from "next/headers";
import type { NextRequest, NextResponse } from "next/server";
import { cache } from "react";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
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
