/**
 * Cross-origin reading and writing for open-data routes: the W3C annotation container and
 * its annotations, and the exchange feeds. Any origin may read them; a browser client on
 * another origin writes with an API token (Authorization: Bearer), never with the session
 * cookie: credentials are not allowed, so a cookie never rides along.
 */
const OPEN_PATHS = /^\/api\/(?:annotations(?:\/.*)?|claim-reviews|exchange\/annotations|events\/[^/]+\/claim-reviews)$/;

export const isOpenPath = (pathname: string) => OPEN_PATHS.test(pathname);

/** On every answer of an open path. */
export const corsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Location, Content-Location, Link, Allow, Accept-Post, Preference-Applied, Vary, Retry-After",
};

/** The answer to a preflight (OPTIONS with Access-Control-Request-Method). */
export const preflightHeaders: Record<string, string> = {
  ...corsHeaders,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS, POST, PUT, DELETE",
  "Access-Control-Allow-Headers":
    "Authorization, Content-Type, If-Match, If-None-Match, Prefer, Accept, Accept-Language",
  "Access-Control-Max-Age": "600",
};

export const isPreflight = (method: string, headers: Headers) =>
  method === "OPTIONS" && headers.has("access-control-request-method");
