// npm run bench:sign-in [-- rounds]
// Measures how long a refused sign-in takes for an unknown email and for a known
// email with a wrong password, interleaved, on a throw-away database. The two must
// not differ measurably, or response times would tell which emails have accounts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { signIn } from "@/lib/auth/store";
import { createUser } from "@/lib/auth/store-users";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { enableWal, migrate } from "@/lib/db/prepare";

const { positionals } = readFlags("Usage: npm run bench:sign-in [-- rounds]", { allowPositionals: true });
const rounds = Number(positionals[0] ?? 200);

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  await migrate();
  enableWal();
  const prisma = createPrismaClient();
  try {
    await createUser(prisma, { email: "known@bench.test", role: "viewer", password: "the right password" });
    const times = { unknown: [] as number[], wrong: [] as number[], right: [] as number[] };
    const attempt = async (kind: keyof typeof times, email: string, password: string) => {
      const start = performance.now();
      await signIn(prisma, { email, password, address: "192.0.2.1" });
      times[kind].push(performance.now() - start);
      // Not timed: forget the failure so that the rate limit never cuts an attempt short.
      await prisma.signInFailure.deleteMany();
    };
    for (let i = 0; i < 10; i++) await attempt("right", "known@bench.test", "the right password"); // warm-up
    times.right.length = 0;
    for (let i = 0; i < rounds; i++) {
      const order: (() => Promise<void>)[] = [
        () => attempt("unknown", `nobody${i}@bench.test`, "a wrong password"),
        () => attempt("wrong", "known@bench.test", "a wrong password"),
        () => attempt("right", "known@bench.test", "the right password"),
      ];
      if (i % 2) order.reverse();
      for (const run of order) await run();
    }
    const rows = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summary(v)]));
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`Sign-in timing, ${rounds} rounds each (argon2id, Node ${process.version}):`);
    for (const [kind, s] of Object.entries(rows)) {
      console.log(
        `  ${kind.padEnd(8)} median ${fmt(s.median)}  p95 ${fmt(s.p95)}  min ${fmt(s.min)}  max ${fmt(s.max)}`,
      );
    }
    const gap = rows.wrong!.median - rows.unknown!.median;
    console.log(
      `  wrong password − unknown email, medians: ${gap >= 0 ? "+" : ""}${fmt(gap)} (${((gap / rows.unknown!.median) * 100).toFixed(1)}%)`,
    );
  } finally {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
