import { NextResponse, type NextRequest } from "next/server";
import { negotiateLng } from "@/i18n/negotiate";
import { isLng, LNG_COOKIE, LNG_HEADER, PATH_HEADER } from "@/i18n/settings";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { serverEnv } from "@/lib/env";
import { corsHeaders, isOpenPath, isPreflight, preflightHeaders } from "@/lib/security/cors";
import {
  baseSecurityHeaders,
  newNonce,
  pageContentSecurityPolicy,
  strictContentSecurityPolicy,
} from "@/lib/security/headers";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Runs before every response except Next's static files:
 * - puts the security headers on it, with a fresh CSP nonce for pages;
 * - opens the annotation container and the exchange feeds to other origins (lib/security/cors.ts),
 *   answering their preflights itself;
 * - keeps every page under its language (/en, /uk, /ru): a path without one is
 *   redirected to the language of the cookie, else of Accept-Language, else English;
 *   a path with one remembers it in the cookie and passes it on in a request header;
 * - when PARALLAX_PRIVATE=1, sends visitors without a session cookie to sign in
 *   (the pages and the API check the session itself; this only saves a round trip).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  const isPage = !pathname.startsWith("/api/") && !/\.\w+$/.test(pathname);

  if (!isPage && isOpenPath(pathname)) {
    if (isPreflight(request.method, request.headers)) {
      return secure(new NextResponse(null, { status: 200, headers: preflightHeaders }), strictContentSecurityPolicy);
    }
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
    return secure(response, strictContentSecurityPolicy);
  }
  if (!isPage) return secure(NextResponse.next(), strictContentSecurityPolicy);

  if (!isLng(first)) {
    const lng = negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
    const response = NextResponse.redirect(url);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return secure(response, strictContentSecurityPolicy);
  }

  const signInPath = `/${first}/sign-in`;
  if (serverEnv().PARALLAX_PRIVATE && !request.cookies.has(SESSION_COOKIE) && pathname !== signInPath) {
    const url = request.nextUrl.clone();
    url.pathname = signInPath;
    url.search = new URLSearchParams({ next: pathname + search }).toString();
    return secure(NextResponse.redirect(url), strictContentSecurityPolicy);
  }

  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(LNG_HEADER, first);
  headers.set(PATH_HEADER, pathname + search);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  if (request.cookies.get(LNG_COOKIE)?.value !== first) {
    response.cookies.set(LNG_COOKIE, first, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  return secure(response, csp);
}

function secure(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(baseSecurityHeaders)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but Next's own build output, which next.config.ts gives the same base headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
