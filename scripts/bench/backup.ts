// npm run bench:backup [-- --articles 20000 --claims-per-article 10 --runs 3]
// Seeds a throw-away database with the generated corpus of bench:search (articles in English,
// Ukrainian and Russian, 10 claims each), then measures an online backup, the JSON export, checking
// and restoring it into an empty database (search index rebuilt), restoring from the backup file, and
// proves the round trip: the second export equals the first apart from exportedAt.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { exportDatabase } from "@/lib/backup/export";
import { fromExport, readExport, restoreFile, restoreRows } from "@/lib/backup/restore";
import { backupDatabase } from "@/lib/backup/sqlite";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { enableWal, migrate } from "@/lib/db/prepare";
import { seedCorpus } from "./search-corpus";

const { values } = readFlags("Usage: npm run bench:backup [-- --articles 20000 --claims-per-article 10 --runs 3]", {
  options: {
    articles: { type: "string", default: "20000" },
    "claims-per-article": { type: "string", default: "10" },
    runs: { type: "string", default: "3" },
  },
});
const RUNS = Number(values.runs);
const mb = (bytes: number) => bytes / 1024 / 1024;

/** Median and worst of `runs` timings of `work`, in seconds. */
async function time(runs: number, work: (run: number) => Promise<unknown>) {
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work(run);
    seconds.push((performance.now() - started) / 1000);
  }
  const sorted = seconds.sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, worst: sorted.at(-1)! };
}

async function exportText(db: PrismaClient) {
  let text = "";
  for await (const chunk of exportDatabase(db, { now: new Date(0) })) text += chunk;
  return text;
}

async function migrated(file: string) {
  await migrate({ DATABASE_URL: `file:${file}` });
  return createPrismaClient(`file:${file}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-backup-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    await migrate();
    enableWal();
    const { totalBytes } = seedCorpus(file, {
      articles: Number(values.articles),
      claimsPerArticle: Number(values["claims-per-article"]),
    });
    const source = createPrismaClient();
    const rows = (await source.article.count()) + (await source.claim.count());
    console.log(`Database ${mb(totalBytes).toFixed(0)} MiB, ${rows.toLocaleString("en")} articles and claims.`);

    const backup = await time(RUNS, (run) => backupDatabase(file, path.join(dir, `backup-${run}.db`)));
    console.log(
      `backup (online, with integrity check)  median ${backup.median.toFixed(2)} s, worst ${backup.worst.toFixed(2)} s, ${(mb(totalBytes) / backup.median).toFixed(0)} MiB/s`,
    );

    let text = "";
    const exported = await time(RUNS, async () => (text = await exportText(source)));
    console.log(
      `export (JSON)                          median ${exported.median.toFixed(2)} s, worst ${exported.worst.toFixed(2)} s, ${mb(Buffer.byteLength(text)).toFixed(0)} MiB, ${Math.round(rows / exported.median).toLocaleString("en")} articles and claims/s`,
    );

    const check = await time(1, async () => readExport(text));
    console.log(`restore: read and check the JSON       ${check.median.toFixed(2)} s`);
    const target = await migrated(path.join(dir, "restored.db"));
    const data = readExport(text);
    let loaded = 0;
    const restore = await time(1, () =>
      restoreRows(target, fromExport(data), { progress: (step) => step !== "index" && (loaded = performance.now()) }),
    );
    const indexing = (performance.now() - loaded) / 1000;
    console.log(
      `restore: one transaction, then the search index  ${restore.median.toFixed(2)} s (the index ${indexing.toFixed(2)} s), ${Math.round(rows / restore.median).toLocaleString("en")} articles and claims/s`,
    );
    const again = await exportText(target);
    console.log(`round trip: the second export ${again === text ? "equals" : "DIFFERS FROM"} the first`);

    const fromBackup = await migrated(path.join(dir, "from-backup.db"));
    const viaBackup = await time(1, () => restoreFile(fromBackup, path.join(dir, "backup-0.db")));
    console.log(`restore from the SQLite backup         ${viaBackup.median.toFixed(2)} s`);
    await Promise.all([source, target, fromBackup].map((db) => db.$disconnect()));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
