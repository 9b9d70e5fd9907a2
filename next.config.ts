import type { NextConfig } from "next";
import { baseSecurityHeaders, strictContentSecurityPolicy } from "./lib/security/headers";
import { MAX_ANNOTATION_FILE_BYTES } from "./lib/uploads";

const nextConfig: NextConfig = {
  // Native addons and database drivers: load them from node_modules at run time, never bundle them.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
  ],
  poweredByHeader: false,
  // The W3C annotation container lives at /api/annotations/ with its trailing slash.
  skipTrailingSlashRedirect: true,
  experimental: {
    // forbidden() and forbidden.tsx: a 403 page for signed-in users whose role is too low.
    authInterrupts: true,
    // The proxy buffers request bodies, by default up to 10 MB and silently cut there: let the
    // largest upload through whole (an annotation file), so that its route judges its size.
    proxyClientMaxBodySize: MAX_ANNOTATION_FILE_BYTES + 1024,
  },
  // proxy.ts secures everything else; Next's build output skips the proxy.
  async headers() {
    const headers = Object.entries({ ...baseSecurityHeaders, "Content-Security-Policy": strictContentSecurityPolicy });
    return [{ source: "/_next/:path*", headers: headers.map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
