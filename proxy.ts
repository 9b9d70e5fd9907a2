import { NextResponse, type NextRequest } from "next/server";
import { negotiateLng } from "@/i18n/negotiate";
import { isLng, LNG_COOKIE, LNG_HEADER } from "@/i18n/settings";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Every page lives under its language (/en, /uk, /ru). A path without one is
 * redirected to the language of the cookie, else of Accept-Language, else English;
 * a path with one remembers it in the cookie and passes it on in a request header.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1];

  if (isLng(first)) {
    const headers = new Headers(request.headers);
    headers.set(LNG_HEADER, first);
    const response = NextResponse.next({ request: { headers } });
    if (request.cookies.get(LNG_COOKIE)?.value !== first) {
      response.cookies.set(LNG_COOKIE, first, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    }
    return response;
  }

  const lng = negotiateLng(request.cookies.get(LNG_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url);
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  // Pages only: not the JSON API, Next's own files, or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};
