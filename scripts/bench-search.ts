// npm run bench:search [-- --articles 100000 --claims-per-article 10 --runs 30]
// Seeds a throw-away database with generated articles in English, Ukrainian and Russian (10 claims
// each: 100,000 articles and 1,000,000 claims by default), indexes them as the app does, and prints
// the median and p95 of one-word, phrase, filtered and entity-expanded searches (the whole answer:
// hits, total, facets and snippets), the index's size on disk, and what keeping the index current
// costs per imported article.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/db/client";
import { enableWal, migrate } from "@/lib/db/prepare";
import { reindex } from "@/lib/search/index";
import { indexed } from "@/lib/search/words";
import { search, searchFilters } from "@/lib/server/search";
import { contentHash } from "@/lib/text/hash";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { LANGS, RARE, random, sentence } from "./search-corpus";

const { values } = parseArgs({
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

function seed(file: string) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const r = random(42);
  const now = new Date().toISOString();
  const started = performance.now();
  const insert = {
    outlet: sqlite.prepare("INSERT INTO Outlet (id, slug, name, lang) VALUES (?, ?, ?, ?)"),
    event: sqlite.prepare("INSERT INTO Event (id, slug, createdAt, updatedAt) VALUES (?, ?, ?, ?)"),
    eventTitle: sqlite.prepare("INSERT INTO EventTranslation (eventId, lang, title) VALUES (?, 'en', ?)"),
    aspect: sqlite.prepare("INSERT INTO Aspect (id, eventId, slug, kind, position) VALUES (?, ?, 'a', 'numeric', 0)"),
    entity: sqlite.prepare("INSERT INTO Entity (id, slug, kind) VALUES (?, ?, 'person')"),
    name: sqlite.prepare(
      "INSERT INTO EntityName (id, entityId, lang, name, isPrimary, normalized, skeleton) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    article: sqlite.prepare(
      "INSERT INTO Article (id, outletId, title, lang, publishedAt, datePrecision, text, contentHash, importedAt) VALUES (?, ?, ?, ?, ?, 'day', ?, ?, ?)",
    ),
    link: sqlite.prepare("INSERT INTO EventArticle (eventId, articleId) VALUES (?, ?)"),
    claim: sqlite.prepare(
      "INSERT INTO Claim (id, articleId, eventId, aspectId, quote, start, \"end\", prefix, suffix, kind, stance, speakerId, status, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, 'asserts', ?, 'confirmed', 1, ?, ?)",
    ),
    doc: sqlite.prepare("INSERT INTO SearchDoc (id, kind, itemId, articleId) VALUES (?, ?, ?, ?)"),
    fts: sqlite.prepare("INSERT INTO SearchIndex (rowid, title, body) VALUES (?, ?, ?)"),
  };
  const entities = [
    [
      "guaido",
      [
        ["en", "Juan Guaidó"],
        ["uk", "Хуан Гуайдо"],
        ["ru", "Хуан Гуайдо"],
      ],
    ],
    [
      "peskov",
      [
        ["en", "Dmitry Peskov"],
        ["uk", "Дмитро Пєсков"],
        ["ru", "Дмитрий Песков"],
      ],
    ],
  ] as const;
  let docId = 0;
  sqlite.transaction(() => {
    for (let o = 0; o < 200; o++) insert.outlet.run(`o${o}`, `outlet-${o}`, `Outlet ${o}`, LANGS[o % 3]);
    for (let e = 0; e < 50; e++) {
      insert.event.run(`e${e}`, `event-${e}`, now, now);
      insert.eventTitle.run(`e${e}`, `Event ${e}`);
      insert.aspect.run(`a${e}`, `e${e}`);
    }
    for (const [slug, names] of entities) {
      insert.entity.run(slug, slug);
      for (const [lang, name] of names)
        insert.name.run(`${slug}-${lang}`, slug, lang, name, 1, normalizeName(name), nameSkeleton(name));
    }
  })();
  const batch = 5_000;
  for (let from = 0; from < ARTICLES; from += batch) {
    sqlite.transaction(() => {
      for (let a = from; a < Math.min(ARTICLES, from + batch); a++) {
        const lang = LANGS[a % 3]!;
        const sentences = Array.from({ length: CLAIMS }, () => sentence(r, lang));
        // one article in a thousand names someone rarely named
        if (a % 1000 === 7) sentences[0] = `${RARE[lang]} ${sentences[0]}`;
        const title = sentence(r, lang).slice(0, -1);
        const text = sentences.join(" ");
        const id = `art${a}`;
        const event = `e${a % 50}`;
        insert.article.run(
          id,
          `o${a % 200}`,
          title,
          lang,
          new Date(Date.UTC(2019, 0, 1 + (a % 365))).toISOString(),
          text,
          contentHash(text),
          now,
        );
        insert.link.run(event, id);
        insert.doc.run(++docId, "article", id, id);
        insert.fts.run(docId, indexed(title, lang), indexed(text, lang));
        let at = 0;
        for (const [i, s] of sentences.entries()) {
          const claimId = `c${a}-${i}`;
          insert.claim.run(
            claimId,
            id,
            event,
            `a${a % 50}`,
            s,
            at,
            at + s.length,
            i % 3 ? "statement" : "figure",
            i % 5 ? null : entities[a % 2]![0],
            now,
            now,
          );
          insert.doc.run(++docId, "claim", claimId, id);
          insert.fts.run(docId, "", indexed(s, lang));
          at += s.length + 1;
        }
      }
    })();
    process.stdout.write(`\rSeeded ${Math.min(ARTICLES, from + batch).toLocaleString("en")} articles…`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\rSeeded ${ARTICLES.toLocaleString("en")} articles and ${(ARTICLES * CLAIMS).toLocaleString("en")} claims in ${seconds.toFixed(0)} s.`,
  );
  // the index's pages, from SQLite's own accounting
  const size = sqlite
    .prepare(
      "SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 'SearchIndex%' OR name LIKE 'SearchDoc%' OR name LIKE 'sqlite_autoindex_SearchDoc%'",
    )
    .get() as { bytes: number } | undefined;
  const total = fs.statSync(file).size;
  sqlite.close();
  return { indexBytes: size?.bytes ?? null, totalBytes: total };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-search-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    migrate();
    enableWal();
    const { indexBytes, totalBytes } = seed(file);
    const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
    console.log(
      `Database ${mib(totalBytes)}; the search index (FTS5 tables and SearchDoc) ${indexBytes === null ? "n/a" : mib(indexBytes)}.`,
    );

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
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
