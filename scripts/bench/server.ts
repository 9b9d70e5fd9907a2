// What the benchmarks that serve the built app share: building it when the sources changed, starting it on a
// database, timing requests (median, p95, size) and reading the server's resident memory.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { startSession } from "@/lib/auth/store";
import { createUser, findUserByEmail } from "@/lib/auth/store-users";
import { createPrismaClient } from "@/lib/db/client";
import { buildIfChanged } from "@/server/build-fingerprint";
import { spawnServer } from "@/server/process";

/**
 * A session cookie of an editor of the database at `databaseUrl` (the account made once and kept), to
 * read the pages and the API as an editor does.
 */
export async function editorCookie(databaseUrl: string): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  try {
    const email = "bench-editor@example.org";
    const editor =
      (await findUserByEmail(db, email)) ??
      (await createUser(db, { email, role: "editor", password: "a long bench editor password" }));
    return `${SESSION_COOKIE}=${await startSession(db, editor.id, "benchmark")}`;
  } finally {
    await db.$disconnect();
  }
}

/** Median, p95 and minimum of some samples, in ms. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]! };
}

export const formatStats = (samples: number[]) => {
  const { median, p95, min } = percentiles(samples);
  return `median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, min ${min.toFixed(0)} ms`;
};

/**
 * Builds the app when its sources changed since the last build (as `npm start` does), so that a
 * benchmark measures the code as it stands.
 */
export const ensureBuild = buildIfChanged;

/** Starts the built app on a database, as `npm start` serves it, and waits until it answers. */
export async function startServer(databaseUrl: string, port: number) {
  const server = spawnServer(
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // what the server says on stderr (a failure) shows in the benchmark's output
    ["ignore", "ignore", "inherit"],
  );
  const base = `http://127.0.0.1:${port}`;
  for (
    let waited = 0;
    !(await fetch(`${base}/api/events`).then(
      (r) => r.ok,
      () => false,
    ));
    waited += 200
  ) {
    if (waited > 120_000) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { server, base };
}

/** The resident memory of a process and its children, in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  const status = (p: number) => {
    try {
      return fs.readFileSync(`/proc/${p}/status`, "utf8");
    } catch {
      return "";
    }
  };
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(status(pid))?.[1] ?? 0) * 1024;
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // not Linux, or the process is gone
  }
  return own + children.reduce((sum, child) => sum + residentBytes(child), 0);
}

/** Samples the resident memory of a server every 100 ms, keeping the peak. */
export function watchMemory(server: ChildProcess) {
  const first = residentBytes(server.pid!);
  let peak = first;
  const timer = setInterval(() => (peak = Math.max(peak, residentBytes(server.pid!))), 100);
  return {
    first,
    stop: () => {
      clearInterval(timer);
      return { first, peak, last: residentBytes(server.pid!) };
    },
  };
}

/** Times `runs` sequential GETs of a URL after two warm-ups; throws on an answer that is not 2xx. */
export async function timeRequests(url: string, runs: number, init?: RequestInit) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    if (i >= 2) samples.push(performance.now() - start);
    bytes = body.byteLength;
  }
  return { samples, bytes };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * The JavaScript a page loads first: every script its HTML names, gzipped as a server would send
 * it (bytes), and how many files; not the polyfills marked noModule, which a current browser skips.
 */
export async function firstLoadJs(base: string, path: string) {
  const html = await (await fetch(`${base}${path}`)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return { bytes, files: sources.length };
}
