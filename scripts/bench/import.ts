// npm run bench:import [-- articles] [-- --database FILE] [-- --workers N]
// Generates articles of realistic length (3–7 thousand characters) in English,
// Ukrainian and Russian, as text, HTML and windows-1251 files, imports them through
// the real pipeline (decode, extract, normalise, detect language, find duplicates,
// store, propose candidates; IMPORT_BATCH articles to a transaction, as `npm run import` does) in one run into a throw-away database (or a copy of FILE,
// e.g. bench:scale's 100,000 articles), and prints throughput and per-article times.
// DATABASE_URL=postgresql://… names an empty PostgreSQL database to import into instead.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import iconv from "iconv-lite";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { refreshStatistics } from "@/lib/db/prepare";
import { importFiles } from "@/lib/import/store-files";
import { defaultWorkers } from "@/lib/import/workers";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { benchDatabase } from "./database";

const { values, positionals } = readFlags("Usage: npm run bench:import [-- articles] [--database FILE] [--workers N]", {
  options: { database: { type: "string" }, workers: { type: "string" } },
  allowPositionals: true,
});
const COUNT = Number(positionals[0] ?? 1_000);
/** as `npm run import` decides, unless --workers says */
const workersFor = (files: number) => (values.workers === undefined ? defaultWorkers(files) : Number(values.workers));

const russian = [
  "МИД России категорически отверг обвинения Вашингтона во вмешательстве в венесуэльский кризис.",
  "Официальный представитель министерства Мария Захарова назвала эти заявления ложью.",
  "По её словам, в Венесуэле находятся российские специалисты, которые обслуживают технику, поставленную по контрактам.",
  "Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва не собирается выводить своих специалистов.",
  "Около ста военнослужащих прибыли в Каракас двумя самолётами вместе с 35 тоннами груза.",
  "Советник президента США по национальной безопасности Джон Болтон заявил, что в стране находятся около 20 тысяч кубинских силовиков.",
  "Гавана ответила, что речь идёт в основном о врачах и медицинских работниках.",
  "Эксперты считают, что присутствие нескольких десятков военных не меняет баланса сил в регионе.",
  "Переговоры о дальнейшем сотрудничестве продолжатся в Москве в ближайшие недели.",
  "Источники в правительстве сообщили, что количество специалистов сократилось с тысячи до нескольких десятков.",
];

function sentencePools() {
  const { demo, texts } = loadDemoCorpus();
  const pools: Record<"en" | "uk" | "ru", string[]> = { en: [], uk: [], ru: russian };
  for (const a of demo.articles) {
    const sentences = texts
      .get(a.file)!
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.length > 30 && s.length < 400);
    pools[a.lang as "en" | "uk"].push(...sentences);
  }
  return pools;
}

function generate(count: number) {
  const pools = sentencePools();
  const vocabulary = Object.fromEntries(
    Object.entries(pools).map(([lang, sentences]) => [lang, [...new Set(sentences.join(" ").match(/\p{L}{4,}/gu))]]),
  ) as Record<keyof typeof pools, string[]>;
  // mulberry32: a small seeded generator, so every run imports the same articles.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, (_, i) => {
    const lang = (["en", "uk", "ru"] as const)[i % 3]!;
    const pool = pools[lang];
    const paragraphs: string[] = [];
    let length = 0;
    const target = 3_000 + Math.floor(random() * 4_000);
    while (length < target) {
      // Sentences of the corpus with a third of their words swapped for others of the same language:
      // every article reads as its language but is its own text, not a reposted copy.
      const words = vocabulary[lang];
      const sentence = () =>
        pool[Math.floor(random() * pool.length)]!.split(" ")
          .map((w) => (random() < 0.3 ? words[Math.floor(random() * words.length)]! : w))
          .join(" ")
          .replace(/\d+/, String(Math.floor(random() * 10_000)));
      const paragraph = Array.from({ length: 3 }, sentence).join(" ");
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const title = `${pool[i % pool.length]!.slice(0, 60)} (${i})`;
    const text = `${title}\n\n${paragraphs.join("\n\n")}`;
    if (i % 5 === 0)
      return {
        name: `article-${i}.html`,
        bytes: Buffer.from(
          `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Home · World · Sport</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article><footer>© Outlet</footer></body></html>`,
        ),
      };
    if (lang !== "en" && i % 5 === 1) return { name: `article-${i}.txt`, bytes: iconv.encode(text, "windows-1251") };
    return { name: `article-${i}.txt`, bytes: Buffer.from(text) };
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  const bench = await benchDatabase("bench-import");
  // the corpus to import beside: a copy of FILE (into PostgreSQL through db:copy)
  if (values.database) {
    // in a process of its own: the copy needs a larger heap than the import is given
    const copy = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/db-copy.ts",
        "--from",
        `file:${path.resolve(values.database)}`,
        "--to",
        bench.url,
        "--replace",
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    if (copy.status !== 0) throw new Error(`the copy of ${values.database} failed`);
    // as every start of the app does: the planner's statistics for what the copy holds
    await refreshStatistics();
  }
  const prisma = createPrismaClient(bench.url);
  const stored = await prisma.article.count();
  const files = generate(COUNT);
  const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1024 / 1024;
  const times: number[] = [];
  const candidates: number[] = [];
  const statuses = new Map<string, number>();
  const rss: number[] = [];
  // as `npm run import` runs: prepared in worker threads, stored IMPORT_BATCH to a transaction
  const importAll = async (list: typeof files, record: boolean) => {
    let last = performance.now();
    let since = 0;
    await importFiles(
      prisma,
      list.map((f) => ({ name: f.name, read: () => f.bytes })),
      {
        userId: null,
        workers: workersFor(list.length),
        stored: (_, results) => {
          // a batch's time, shared among its articles, when its last file is reported
          since += results.length;
          const now = performance.now();
          if (now - last > 0.5 && record) {
            times.push(...Array<number>(since).fill((now - last) / since));
            last = now;
            since = 0;
            rss.push(process.memoryUsage().rss);
          }
          for (const r of record ? results : []) {
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            if (r.candidates !== null) candidates.push(r.candidates);
          }
        },
      },
    );
  };
  const started = performance.now();
  await importAll(files, true);
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const repeated = files.slice(0, 60);
  await importAll(repeated, false);
  const rerun = performance.now() - again;
  times.sort((a, b) => a - b);
  console.log(
    `${stored.toLocaleString("en")} articles stored before; ${workersFor(COUNT)} worker threads beside the one that stores.`,
  );
  console.log(
    `${COUNT} articles (${megabytes.toFixed(1)} MB; en/uk/ru; txt, windows-1251 txt, html): ${[...statuses].map(([s, n]) => `${n} ${s}`).join(", ")}`,
  );
  console.log(`throughput: ${(COUNT / seconds).toFixed(1)} articles/s (${seconds.toFixed(1)} s)`);
  console.log(
    `per article: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
  );
  candidates.sort((a, b) => a - b);
  console.log(
    `candidate claims proposed per article: median ${quantile(candidates, 0.5)}, p95 ${quantile(candidates, 0.95)}`,
  );
  console.log(
    `the first ${repeated.length} files again (all stored; recognised, nothing written): ${(rerun / 1000).toFixed(2)} s, ${(rerun / repeated.length).toFixed(1)} ms a file`,
  );
  console.log(`memory (this thread's process, resident): peak ${(Math.max(...rss) / 1024 / 1024).toFixed(0)} MiB`);
  await prisma.$disconnect();
  bench.remove();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
