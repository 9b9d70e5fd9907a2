import type { NextConfig } from "next";
import { baseSecurityHeaders, strictContentSecurityPolicy } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native addons: load them from node_modules at run time, never bundle them.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // The W3C annotation container lives at /api/annotations/ with its trailing slash.
  skipTrailingSlashRedirect: true,
  // forbidden() and forbidden.tsx: a 403 page for signed-in users whose role is too low.
  experimental: { authInterrupts: true },
  // proxy.ts secures everything else; Next's build output skips the proxy.
  async headers() {
    const headers = Object.entries({ ...baseSecurityHeaders, "Content-Security-Policy": strictContentSecurityPolicy });
    return [{ source: "/_next/:path*", headers: headers.map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
