// How the production server is started, by `npm start` and by the benchmarks alike.
import path from "node:path";

/**
 * The server's JavaScript heap, in MiB. Left alone, V8 lets a server that has just rendered the
 * big event's page or streamed its CSV keep hundreds of megabytes of garbage (715 MiB resident on
 * bench:scale's database); with this cap it collects sooner and stays near 400 MiB. The whole-corpus
 * exports stream and run inside it (measured at 1,000,000 claims).
 */
export const HEAP_MIB = 300;

/** Node's arguments for `scripts/serve.ts`: the heap capped, unless NODE_OPTIONS already sets a cap. */
export function serverArguments(): string[] {
  const ownCap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "");
  return [...(ownCap ? [] : [`--max-old-space-size=${HEAP_MIB}`]), "--import", "tsx", path.join("scripts", "serve.ts")];
}
