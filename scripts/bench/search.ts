// npm run bench:search [-- --articles 100000 --claims-per-article 10 --runs 30]
// Seeds a throw-away database with generated articles in English, Ukrainian and Russian (10 claims
// each: 100,000 articles and 1,000,000 claims by default), indexes them as the app does, and prints
// the median and p95 of one-word, phrase, filtered and entity-expanded searches (the whole answer:
// hits, total, facets and snippets), the index's size on disk, and what keeping the index current
// costs per imported article. DATABASE_URL=postgresql://… names an empty PostgreSQL database to
// measure instead: the corpus is made in SQLite and copied into it (npm run db:copy's way).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { copyDatabase } from "@/lib/backup/snapshot";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { withPostgres } from "@/lib/db/postgres";
import { migrateSqlite } from "@/lib/db/prepare";
import { databaseFile } from "@/lib/db/url";
import { search, searchFilters } from "@/lib/search/load";
import { reindex } from "@/lib/search/reindex";
import { benchDatabase } from "./database";
import { seedCorpus } from "./search-corpus";

const { values } = readFlags("Usage: npm run bench:search [-- --articles 100000 --claims-per-article 10 --runs 30]", {
  options: {
    articles: { type: "string", default: "100000" },
    "claims-per-article": { type: "string", default: "10" },
    runs: { type: "string", default: "30" },
  },
});
const ARTICLES = Number(values.articles);
const CLAIMS = Number(values["claims-per-article"]);
const RUNS = Number(values.runs);

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
};

async function main() {
  const bench = await benchDatabase("bench-search");
  try {
    // the corpus is written straight into SQLite, and copied into PostgreSQL through db:copy
    const file = bench.kind === "sqlite" ? databaseFile() : path.join(bench.dir, "corpus.db");
    if (bench.kind !== "sqlite") migrateSqlite({ DATABASE_URL: `file:${file}` });
    const { indexBytes, totalBytes } = seedCorpus(file, { articles: ARTICLES, claimsPerArticle: CLAIMS });
    const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
    console.log(
      `SQLite database ${mib(totalBytes)}; the search index (FTS5 tables and SearchDoc) ${indexBytes === null ? "n/a" : mib(indexBytes)}.`,
    );
    if (bench.kind !== "sqlite") {
      const copying = performance.now();
      await copyDatabase(`file:${file}`, bench.url, { replace: true });
      const sizes = await withPostgres(bench.url, async (c) => {
        const size = (sql: string) => c.query(sql).then((r) => Number(r.rows[0].n));
        return [
          await size(`SELECT pg_database_size(current_database()) AS n`),
          await size(`SELECT pg_total_relation_size('"SearchIndex"') + pg_total_relation_size('"SearchDoc"') AS n`),
        ];
      });
      console.log(
        `Copied into PostgreSQL in ${((performance.now() - copying) / 1000).toFixed(0)} s: database ${mib(sizes[0]!)}; the search index (tsvector, GIN and SearchDoc) ${mib(sizes[1]!)}.`,
      );
    }

    const prisma = createPrismaClient();
    const queries: [string, Record<string, string>][] = [
      ["one word (en)", { q: "contractors" }],
      ["one word (uk, another form)", { q: "найманців" }],
      ["one word (ru)", { q: "бомбардировщики" }],
      ["rare word", { q: "Тонкошкурова" }],
      ["phrase", { q: '"20 тисяч лікарів"' }],
      [
        "filtered (type, language, outlet, dates)",
        { q: "Caracas bombers", type: "claim", language: "en", outlet: "o3", from: "2019-02-01", to: "2019-06-30" },
      ],
      ["filtered by event", { q: "Кремль", event: "e7" }],
      ["entity-expanded (Guaidó in three scripts)", { q: "Guaidó" }],
      ["entity-expanded (Песков)", { q: "Песков" }],
    ];
    for (const [label, params] of queries) {
      const filters = searchFilters.parse(params);
      const first = await search(prisma, filters, "en");
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await search(prisma, filters, "en");
        times.push(performance.now() - t);
      }
      console.log(`${label.padEnd(44)} ${String(first.total).padStart(9)} hits  ${stats(times)}`);
    }

    // keeping the index current: what reindexing one new article and its claims adds to its import
    const article = await prisma.article.findFirstOrThrow({ where: { id: "art0" }, select: { id: true } });
    const claims = (await prisma.claim.findMany({ where: { articleId: article.id }, select: { id: true } })).map(
      (c) => c.id,
    );
    const costs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await prisma.$transaction((tx) => reindex(tx, { articles: [article.id], claims }));
      costs.push(performance.now() - t);
    }
    console.log(`Index upkeep per imported article with ${CLAIMS} claims: ${stats(costs)}`);
    await prisma.$disconnect();
  } finally {
    bench.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
