// How the production server is built beside the app and started, by `npm start` and the benchmarks alike.
import { spawn, type StdioOptions } from "node:child_process";
import path from "node:path";
import { buildSync } from "esbuild";

/**
 * The server's JavaScript heap, in MiB. Left alone, V8 lets a server that has just rendered the
 * big event's page or streamed its CSV keep hundreds of megabytes of garbage (715 MiB resident on
 * bench:scale's database); with this cap it collects sooner. The whole-corpus exports stream and
 * run inside it (measured at 1,000,000 claims).
 */
export const HEAP_MIB = 300;

/**
 * `server/serve.ts` bundled with the few modules of ours it imports (packages stay in
 * node_modules), so that the server runs as plain JavaScript: served through tsx's loader, the
 * same server took 110 MiB more memory from the start.
 */
export const SERVER_BUNDLE = path.join(".next", "parallax-serve.mjs");

export function bundleServer(): void {
  buildSync({
    entryPoints: [path.join("server", "serve.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

/**
 * Starts the production server: the bundle, its heap capped unless NODE_OPTIONS already sets a cap,
 * NODE_ENV set before Next loads (it chooses React's production build by it).
 */
export function spawnServer(env: NodeJS.ProcessEnv, stdio: StdioOptions) {
  const ownCap = /--max-old-space-size/.test(env.NODE_OPTIONS ?? "");
  return spawn(process.execPath, [...(ownCap ? [] : [`--max-old-space-size=${HEAP_MIB}`]), SERVER_BUNDLE], {
    env: { ...env, NODE_ENV: "production" },
    stdio,
  });
}
