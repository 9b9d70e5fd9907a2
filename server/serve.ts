// The production server: Next's request handler behind a plain Node HTTP server, so that
// the client's address is decided where the connection is known. Next itself keeps a
// client's own X-Forwarded-For (and -Host, -Proto); here they are settled from the connection
// and TRUSTED_PROXIES (lib/security/client-address.ts), before Next or the app reads them.
import http from "node:http";
import next from "next";
import { readEnv } from "@/lib/env";
import { settleForwardedHeaders, trustedProxies } from "@/lib/security/client-address";

async function main() {
  const env = readEnv();
  const trust = trustedProxies(env.TRUSTED_PROXIES);
  const hostname = env.HOSTNAME;
  const app = next({ dev: false, dir: process.cwd(), hostname, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    settleForwardedHeaders(request, trust);
    void handle(request, response);
  });
  server.listen(env.PORT, hostname, () =>
    console.log(`Parallax is serving http://${hostname ?? "localhost"}:${env.PORT}`),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
