// npm run bench:scale [-- --articles 100000 --claims 1000000 --outlets 2000 --events 1000 --big-outlets 400
//                        --big-articles 4000 --big-claims 40000 --entities 5000 --names 28385 --notes 50000
//                        --runs 20 --database FILE]
// Builds a newsroom-scale database (scripts/bench/scale-corpus.ts; --database keeps it in FILE and reuses it on the
// next run), computes its relation proposals, serves the built app on it, and prints median, p95 and size for the
// pages and APIs that list or aggregate (an editor's too, and right after an editor's writes), the server's resident
// memory, and the floor: the big and the typical event's claims read with
// plain better-sqlite3 queries in the same run, with each comparison's ratio to it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { pageToken } from "@/lib/annotations/load";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { enableWal, migrate, refreshStatistics } from "@/lib/db/prepare";
import { refreshProposals } from "@/lib/relations/store-proposals";
import { LIST_PAGE } from "@/lib/server/paging";
import { seedScaleCorpus } from "./scale-corpus";
import {
  editorCookie,
  ensureBuild,
  firstLoadJs,
  kib,
  percentiles,
  residentBytes,
  startServer,
  timeRequests,
  watchMemory,
} from "./server";

const { values } = readFlags(
  `Usage: npm run bench:scale [-- --articles 100000 --claims 1000000 --outlets 2000 --events 1000
         --big-outlets 400 --big-articles 4000 --big-claims 40000 --entities 5000 --names 28385 --notes 50000
         --runs 20 --database FILE --port 3191]`,
  {
    options: {
      articles: { type: "string", default: "100000" },
      claims: { type: "string", default: "1000000" },
      outlets: { type: "string", default: "2000" },
      events: { type: "string", default: "1000" },
      "big-outlets": { type: "string", default: "400" },
      "big-articles": { type: "string", default: "4000" },
      "big-claims": { type: "string", default: "40000" },
      entities: { type: "string", default: "5000" },
      names: { type: "string", default: "28385" },
      notes: { type: "string", default: "50000" },
      runs: { type: "string", default: "20" },
      database: { type: "string" },
      port: { type: "string", default: "3191" },
    },
  },
);
const sizes = {
  articles: Number(values.articles),
  claims: Number(values.claims),
  outlets: Number(values.outlets),
  events: Number(values.events),
  bigOutlets: Number(values["big-outlets"]),
  bigArticles: Number(values["big-articles"]),
  bigClaims: Number(values["big-claims"]),
  entities: Number(values.entities),
  names: Number(values.names),
  notes: Number(values.notes),
};
const RUNS = Number(values.runs);
const ids = { bigEvent: "e0", typicalEvent: "e1", article: `art${sizes.bigArticles + 1}` };

/** The floor: every claim of an event with what the comparison shows of it, read with plain SQL. */
function floor(file: string, eventId: string) {
  const sqlite = new Database(file, { readonly: true });
  const read = sqlite.prepare(
    `SELECT c.id, c.aspectId, c.quote, c.start, c."end", c.kind, c.stance, c.low, c.high, c.unit, c.speakerId,
            a.outletId, a.lang, a.publishedAt
       FROM Claim c JOIN Article a ON a.id = c.articleId
      WHERE c.eventId = ? AND c.aspectId IS NOT NULL AND c.deletedAt IS NULL AND c.status = 'confirmed'`,
  );
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    const rows = read.all(eventId);
    bytes = Buffer.byteLength(JSON.stringify(rows));
    if (i >= 2) samples.push(performance.now() - start);
  }
  sqlite.close();
  return { samples, bytes };
}

/** The token of the container's page `n` (from 0): the cursor of the claim just before it, and its index. */
function containerPage(file: string, n: number) {
  const sqlite = new Database(file, { readonly: true });
  const row = sqlite
    .prepare("SELECT id FROM Claim WHERE deletedAt IS NULL ORDER BY createdAt, id LIMIT 1 OFFSET ?")
    .get(n * LIST_PAGE - 1) as { id: string };
  sqlite.close();
  return pageToken({ at: "after", kind: "claim", id: row.id, index: n * LIST_PAGE });
}

/** How many writes the measures after a write make. */
const WRITES = 5;

/**
 * Times `runs` writes as an editor (each as `write(i)` describes it: path, method, body) and the
 * big event's page as that editor right after each, when what the write made stale is computed.
 */
async function afterWrites(
  base: string,
  editor: { headers: Record<string, string> },
  runs: number,
  write: (i: number) => Promise<[string, string, object]>,
) {
  const writes: number[] = [];
  const pages: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [url, method, body] = await write(i);
    let start = performance.now();
    const answer = await fetch(`${base}${url}`, {
      method,
      headers: { ...editor.headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${url}: ${answer.status} ${await answer.text()}`);
    writes.push(performance.now() - start);
    start = performance.now();
    const page = await fetch(`${base}/en/events/${ids.bigEvent}`, editor);
    await page.arrayBuffer();
    pages.push(performance.now() - start);
  }
  return { writes, pages };
}

async function main() {
  ensureBuild();
  const keep = values.database !== undefined;
  const dir = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-scale-"));
  const file = path.resolve(values.database ?? path.join(dir!, "scale.db"));
  const databaseUrl = `file:${file}`;
  process.env.DATABASE_URL = databaseUrl;
  if (!fs.existsSync(file)) {
    await migrate();
    enableWal();
    const seeded = seedScaleCorpus(file, sizes, (line) => process.stdout.write(`\r${line}`));
    console.log(
      `\rSeeded ${sizes.articles.toLocaleString("en")} articles, ${seeded.claims.toLocaleString("en")} claims, ${sizes.outlets.toLocaleString("en")} outlets, ${sizes.events.toLocaleString("en")} events, ${sizes.entities.toLocaleString("en")} entities with ${sizes.names.toLocaleString("en")} names, ${seeded.notes.toLocaleString("en")} notes in ${seeded.seconds.toFixed(0)} s.`,
    );
  } else {
    await migrate();
    console.log(`Reusing ${file}.`);
  }
  // as `npm start` does before it serves
  await refreshStatistics();
  // the relation proposals a database written in bulk lacks, as `npm run proposals` computes them
  const prisma = createPrismaClient(databaseUrl);
  const computing = performance.now();
  const computed = await refreshProposals(prisma, {
    progress: (done, total) => process.stdout.write(`\rComputing the proposals of ${done} of ${total} aspects…`),
  });
  if (computed > 0)
    console.log(
      `\rComputed the relation proposals of ${computed.toLocaleString("en")} aspects in ${((performance.now() - computing) / 1000).toFixed(0)} s: ${(await prisma.relationProposal.count()).toLocaleString("en")} stored.`,
    );
  console.log(`Database ${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MiB.`);

  const { server, base } = await startServer(databaseUrl, Number(values.port));
  const memory = watchMemory(server);
  const rows: string[][] = [["request", "median", "p95", "size", "server RSS after"]];
  const rss = () => `${(residentBytes(server.pid!) / 1024 / 1024).toFixed(0)} MiB`;
  const medians = new Map<string, number>();
  const measure = async (label: string, url: string, init?: RequestInit) => {
    const { samples, bytes } = await timeRequests(`${base}${url}`, RUNS, init);
    const { median, p95 } = percentiles(samples);
    medians.set(label, median);
    rows.push([label, `${median.toFixed(0)} ms`, `${p95.toFixed(0)} ms`, kib(bytes), rss()]);
    process.stdout.write(".");
  };
  try {
    // the 10,000th page of the container, as following `next` 9,999 times reaches it
    const deepPage = Math.min(10_000, Math.floor((sizes.claims - 1) / LIST_PAGE));
    const deepToken = containerPage(file, deepPage);
    await measure("big event, comparison API", `/api/events/${ids.bigEvent}/comparison`);
    await measure("big event, page", `/en/events/${ids.bigEvent}`);
    const editor = { headers: { cookie: await editorCookie(databaseUrl) } };
    await measure("big event, page as an editor", `/en/events/${ids.bigEvent}`, editor);
    // an editor's decision removes a proposal and computes nothing; a claim's new stance computes its aspects again
    const decided = await afterWrites(base, editor, WRITES, async () => {
      const p = await prisma.relationProposal.findFirstOrThrow({
        where: { eventId: ids.bigEvent },
        orderBy: [{ aspectId: "asc" }, { seq: "asc" }],
      });
      return [`/api/claims/${p.fromId}/relations`, "POST", { kind: p.kind, to: p.toId, status: "rejected" }];
    });
    const edited = await afterWrites(base, editor, WRITES, async (i) => {
      const c = await prisma.claim.findUniqueOrThrow({ where: { id: `c${i * 20}-0` } });
      const stance = c.stance === "reports" ? "asserts" : "reports";
      return [`/api/claims/${c.id}`, "PATCH", { version: c.version, stance }];
    });
    for (const [label, samples] of [
      ["a proposal rejected (POST)", decided.writes],
      ["big event, page as an editor after it", decided.pages],
      ["a claim's stance changed (PATCH)", edited.writes],
      ["big event, page as an editor after it", edited.pages],
    ] as const) {
      const { median, p95 } = percentiles(samples);
      rows.push([label, `${median.toFixed(0)} ms`, `${p95.toFixed(0)} ms`, "", rss()]);
    }
    await measure("big event, CSV", `/api/events/${ids.bigEvent}/comparison?format=csv`);
    await measure("typical event, comparison API", `/api/events/${ids.typicalEvent}/comparison`);
    await measure("typical event, page", `/en/events/${ids.typicalEvent}`);
    await measure("typical event, page as an editor", `/en/events/${ids.typicalEvent}`, editor);
    await measure("events, /en", `/en`);
    await measure("outlets, /en/outlets", `/en/outlets`);
    await measure("article page", `/en/articles/${ids.article}`);
    await measure("article page as an editor", `/en/articles/${ids.article}`, editor);
    await measure("entity search, /api/entities?q=", `/api/entities?q=${encodeURIComponent("Песков")}`);
    await measure("annotations, first page", `/api/annotations/`);
    await measure(`annotations, page ${(deepPage + 1).toLocaleString("en")}`, `/api/annotations/?page=${deepToken}`);
    for (const [label, url] of [
      ["first-load JS, comparison page", `/en/events/${ids.typicalEvent}`],
      ["first-load JS, article page", `/en/articles/${ids.article}`],
    ] as const) {
      const { bytes, files } = await firstLoadJs(base, url);
      rows.push([label, "", "", `${kib(bytes)} gzip, ${files} files`, ""]);
    }
    const big = floor(file, ids.bigEvent);
    const typical = floor(file, ids.typicalEvent);
    for (const [label, { samples, bytes }] of [
      ["floor: big event's claims, plain SQL", big],
      ["floor: typical event's claims, plain SQL", typical],
    ] as const) {
      const { median, p95 } = percentiles(samples);
      medians.set(label, median);
      rows.push([label, `${median.toFixed(1)} ms`, `${p95.toFixed(1)} ms`, kib(bytes), ""]);
    }
  } finally {
    const { first, peak, last } = memory.stop();
    server.kill("SIGTERM");
    await prisma.$disconnect();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    console.log(`\n${RUNS} sequential requests each, after two warm-ups:`);
    for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")}`);
    const ratio = (api: string, plain: string) =>
      medians.has(api) && medians.has(plain) ? (medians.get(api)! / medians.get(plain)!).toFixed(1) : "n/a";
    console.log(
      `Comparison API over the floor (medians): big event ×${ratio("big event, comparison API", "floor: big event's claims, plain SQL")}, typical event ×${ratio("typical event, comparison API", "floor: typical event's claims, plain SQL")}.`,
    );
    const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
    console.log(`Server resident memory: ${mib(first)} at start, ${mib(peak)} at peak, ${mib(last)} at the end.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
