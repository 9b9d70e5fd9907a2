// npm run eval:search: precision and recall of search, per language, on a labelled set: the demo
// corpus plus generated articles in English, Ukrainian and Russian whose words come in other
// grammatical forms than the query, beside distractors that look alike and must not match.
// An article counts as found when the search (articles only) returns it; what is relevant is
// decided by the labels below, never by the search itself.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { enableWal, migrate } from "@/lib/db/prepare";
import type { PreparedItem } from "@/lib/import/pipeline";
import { storeItems } from "@/lib/import/store";
import { search, searchFilters } from "@/lib/search/load";
import { rebuildIndex } from "@/lib/search/reindex";
import { seedDemoCorpus } from "@/lib/seed/seed";

type Lang = "en" | "uk" | "ru";

/** Generated articles: a topic (what a query is about) or a distractor (null), in its language. */
const ARTICLES: { key: string; lang: Lang; topic: string | null; text: string }[] = [
  {
    key: "en-troop-1",
    lang: "en",
    topic: "troop",
    text: "A Russian troop carrier landed at dawn. Officials said little.",
  },
  {
    key: "en-troop-2",
    lang: "en",
    topic: "troop",
    text: "More troops arrived on Saturday, according to witnesses at the airport.",
  },
  {
    key: "en-troop-3",
    lang: "en",
    topic: "troop",
    text: "The troops' equipment was unloaded overnight near the base.",
  },
  {
    key: "en-trooper",
    lang: "en",
    topic: null,
    text: "A state trooper stopped the convoy on the highway for an hour.",
  },
  {
    key: "en-contract-1",
    lang: "en",
    topic: "contract",
    text: "The contracts were signed in Moscow last week, the ministry said.",
  },
  {
    key: "en-contract-2",
    lang: "en",
    topic: "contract",
    text: "The company contracted to deliver spare parts for the jets.",
  },
  { key: "en-contractor", lang: "en", topic: null, text: "A private contractor runs the canteen at the embassy." },
  {
    key: "uk-rostec-1",
    lang: "uk",
    topic: "rostec",
    text: "Ростеху доручили обслуговувати літаки венесуельських повітряних сил.",
  },
  {
    key: "uk-rostec-2",
    lang: "uk",
    topic: "rostec",
    text: "Представник Ростеха підтвердив поставку запчастин до Каракаса.",
  },
  { key: "uk-rostec-3", lang: "uk", topic: "rostec", text: "Угоду з Ростехом уклали ще 2017 року." },
  { key: "uk-rostov", lang: "uk", topic: null, text: "Літак вилетів з Ростова-на-Дону вночі." },
  { key: "uk-thousand-1", lang: "uk", topic: "тисяча", text: "До країни прибули тисячі кубинських лікарів." },
  { key: "uk-thousand-2", lang: "uk", topic: "тисяча", text: "Понад двадцять тисяч осіб вийшли на протест." },
  { key: "uk-thousand-3", lang: "uk", topic: "тисяча", text: "Мітинг зібрав тисячу людей біля палацу." },
  { key: "uk-millennium", lang: "uk", topic: null, text: "Це тисячоліття почалося з кризи." },
  { key: "ru-rostec-1", lang: "ru", topic: "rostec", text: "Ростеху поручили ремонт венесуэльских истребителей." },
  { key: "ru-rostec-2", lang: "ru", topic: "rostec", text: "Глава Ростеха встретился с министром обороны Венесуэлы." },
  { key: "ru-rostov", lang: "ru", topic: null, text: "Самолёт вылетел из Ростова вечером." },
  { key: "ru-military-1", lang: "ru", topic: "военные", text: "Российских военных заметили в аэропорту Майкетия." },
  { key: "ru-military-2", lang: "ru", topic: "военные", text: "Военным выдали новое снаряжение перед вылетом." },
  {
    key: "ru-military-3",
    lang: "ru",
    topic: "военные",
    text: "Представитель военного ведомства отказался от комментариев.",
  },
  { key: "ru-recruit", lang: "ru", topic: null, text: "Военкомат объявил о новом призыве." },
  { key: "uk-guaido", lang: "uk", topic: "guaido", text: "Хуан Гуайдо закликав армію перейти на бік опозиції." },
  { key: "ru-guaido", lang: "ru", topic: "guaido", text: "Гуайдо провозгласил себя временным президентом." },
  { key: "ru-peskov", lang: "ru", topic: "peskov", text: "Песков заявил, что Москва не вмешивается." },
];

/** Queries, each typed in another form than (some of) the texts say it; `topic` names what is relevant. */
const QUERIES: { q: string; topic: string; demo?: RegExp }[] = [
  { q: "troop", topic: "troop", demo: /\btroops?\b/i },
  { q: "contract", topic: "contract", demo: /\bcontract(s|ed|ing)?\b/i },
  { q: "Ростех", topic: "rostec", demo: /Ростех|Rostec/ },
  { q: "тисяча", topic: "тисяча", demo: /тисяч[аіуею]?\b/ },
  { q: "военные", topic: "военные", demo: /военн/ },
  // across scripts, through the entity: every spelling of the name is relevant
  { q: "Guaidó", topic: "guaido", demo: /Guaid|Guayd|Гуайдо/ },
  { q: "Peskov", topic: "peskov", demo: /Peskov|Пєсков|Песков/ },
];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-eval-search-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "eval.db")}`;
  const prisma = createPrismaClient();
  try {
    await migrate();
    enableWal();
    await seedDemoCorpus(prisma);
    await rebuildIndex(prisma);
    const items: PreparedItem[] = ARTICLES.map((a) => ({
      source: a.key,
      row: null,
      article: {
        title: a.key,
        text: a.text,
        lang: a.lang,
        detectedLang: a.lang,
        outlet: null,
        url: null,
        publishedAt: null,
        byline: null,
        encoding: "UTF-8",
      },
    }));
    await storeItems(prisma, items, { userId: null });
    const articles = await prisma.article.findMany({ select: { id: true, title: true, text: true, lang: true } });

    const totals = new Map<Lang, { tp: number; fp: number; fn: number }>();
    const add = (lang: Lang, key: "tp" | "fp" | "fn") => {
      const t = totals.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
      t[key]++;
      totals.set(lang, t);
    };
    for (const query of QUERIES) {
      const relevant = new Set(
        articles
          .filter((a) => {
            const generated = ARTICLES.find((g) => g.key === a.title);
            return generated ? generated.topic === query.topic : !!query.demo?.test(a.text);
          })
          .map((a) => a.id),
      );
      const found = new Set<string>();
      let cursor: number | null = 0;
      while (cursor !== null) {
        const page: Awaited<ReturnType<typeof search>> = await search(
          prisma,
          searchFilters.parse({ q: query.q, type: "article", cursor: String(cursor) }),
          "en",
        );
        for (const r of page.results) found.add(r.articleId);
        cursor = page.nextCursor;
      }
      for (const a of articles) {
        const lang = a.lang as Lang;
        if (found.has(a.id) && relevant.has(a.id)) add(lang, "tp");
        else if (found.has(a.id)) add(lang, "fp");
        else if (relevant.has(a.id)) add(lang, "fn");
      }
      const missed = articles.filter((a) => relevant.has(a.id) && !found.has(a.id)).map((a) => a.title.slice(0, 30));
      const wrong = articles.filter((a) => found.has(a.id) && !relevant.has(a.id)).map((a) => a.title.slice(0, 30));
      console.log(
        `${query.q.padEnd(10)} found ${found.size}, relevant ${relevant.size}` +
          (missed.length ? `; missed: ${missed.join(" | ")}` : "") +
          (wrong.length ? `; wrongly found: ${wrong.join(" | ")}` : ""),
      );
    }
    console.log("\nlanguage  precision  recall  (articles found/relevant over all queries)");
    for (const lang of ["en", "uk", "ru"] as const) {
      const t = totals.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
      const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      console.log(
        `${lang.padEnd(9)} ${precision.toFixed(2).padStart(9)}  ${recall.toFixed(2).padStart(6)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      );
    }
  } finally {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
