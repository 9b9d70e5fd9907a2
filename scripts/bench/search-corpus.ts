// The generated corpus of npm run bench:search and bench:backup: sentences in English, Ukrainian and Russian made of
// a small vocabulary in several grammatical forms, names in each script, and a rarely named general.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { contentLanguages, type ContentLanguage } from "@/lib/domain/vocabulary";
import { contentHash } from "@/lib/text/hash";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { indexed } from "@/lib/text/words";
import { openCorpus } from "./corpus-writer";

/** Words each language's sentences are made of, in several grammatical forms, and the names in each script. */
const VOCABULARY: Record<
  ContentLanguage,
  { subjects: string[]; verbs: string[]; objects: string[]; places: string[] }
> = {
  en: {
    subjects: [
      "Russian troops",
      "the contractors",
      "a Russian troop",
      "Cuban advisers",
      "the ministry",
      "Guaidó",
      "Peskov",
      "Rostec",
      "the Kremlin",
      "Venezuelan officers",
    ],
    verbs: [
      "arrived in",
      "left",
      "were seen near",
      "denied reports about",
      "confirmed a deal with",
      "flew to",
      "trained soldiers in",
      "guarded",
    ],
    objects: [
      "100 specialists",
      "the air base",
      "20,000 doctors",
      "two bombers",
      "a few dozen instructors",
      "the oil company",
      "S-300 systems",
      "the presidential palace",
    ],
    places: ["Caracas", "Havana", "Moscow", "Maracay", "the border", "Washington", "the capital", "the coast"],
  },
  uk: {
    subjects: [
      "Російські військові",
      "найманці",
      "російський військовий",
      "кубинські радники",
      "міністерство",
      "Гуайдо",
      "Пєсков",
      "Ростех",
      "Кремль",
      "венесуельські офіцери",
    ],
    verbs: [
      "прибули до",
      "залишили",
      "помічені біля",
      "заперечили повідомлення про",
      "уклали угоду з",
      "прилетіли в",
      "навчали солдатів у",
      "охороняли",
    ],
    objects: [
      "100 фахівців",
      "авіабазу",
      "20 тисяч лікарів",
      "два бомбардувальники",
      "кілька десятків інструкторів",
      "нафтову компанію",
      "системи С-300",
      "президентський палац",
    ],
    places: ["Каракаса", "Гавани", "Москви", "Маракая", "кордону", "Вашингтона", "столиці", "узбережжя"],
  },
  ru: {
    subjects: [
      "Российские военные",
      "наёмники",
      "российский военный",
      "кубинские советники",
      "министерство",
      "Гуайдо",
      "Песков",
      "Ростех",
      "Кремль",
      "венесуэльские офицеры",
    ],
    verbs: [
      "прибыли в",
      "покинули",
      "замечены у",
      "опровергли сообщения о",
      "заключили сделку с",
      "прилетели в",
      "обучали солдат в",
      "охраняли",
    ],
    objects: [
      "100 специалистов",
      "авиабазу",
      "20 тысяч врачей",
      "два бомбардировщика",
      "несколько десятков инструкторов",
      "нефтяную компанию",
      "системы С-300",
      "президентский дворец",
    ],
    places: ["Каракасе", "Гаване", "Москве", "Маракае", "границе", "Вашингтоне", "столице", "побережье"],
  },
};
export const LANGS: readonly ContentLanguage[] = contentLanguages;
export const RARE: Record<ContentLanguage, string> = {
  en: "General Tonkoshkurov said:",
  uk: "Генерал Тонкошкуров сказав:",
  ru: "Генерал Тонкошкуров сказал:",
};

/** A small deterministic generator, so every run builds the same corpus. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const pick = <T>(r: () => number, list: T[]) => list[Math.floor(r() * list.length)]!;

export function sentence(r: () => number, lang: ContentLanguage) {
  const v = VOCABULARY[lang];
  return `${pick(r, v.subjects)} ${pick(r, v.verbs)} ${pick(r, v.places)}: ${pick(r, v.objects)}.`;
}

/**
 * Writes the generated corpus straight into a migrated database file (better-sqlite3, batches of
 * 5,000 articles): 200 outlets, 50 events with an aspect each, two entities named in three scripts,
 * and `articles` articles in the three languages of `claimsPerArticle` claims each, indexed for search.
 */
export function seedCorpus(
  file: string,
  { articles: ARTICLES, claimsPerArticle: CLAIMS }: { articles: number; claimsPerArticle: number },
) {
  const { sqlite, insert } = openCorpus(file);
  const r = random(42);
  const now = new Date().toISOString();
  const started = performance.now();
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
    for (let o = 0; o < 200; o++)
      insert.outlet({ id: `o${o}`, slug: `outlet-${o}`, name: `Outlet ${o}`, lang: LANGS[o % 3]! });
    for (let e = 0; e < 50; e++) {
      insert.event({ id: `e${e}`, slug: `event-${e}`, createdAt: now, updatedAt: now });
      insert.eventTitle({ eventId: `e${e}`, lang: "en", title: `Event ${e}` });
      insert.aspect({ id: `a${e}`, eventId: `e${e}`, slug: "a", kind: "numeric", position: 0 });
    }
    for (const [slug, names] of entities) {
      insert.entity({ id: slug, slug });
      for (const [lang, name] of names)
        insert.name({
          id: `${slug}-${lang}`,
          entityId: slug,
          lang,
          name,
          normalized: normalizeName(name),
          skeleton: nameSkeleton(name),
        });
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
        insert.article({
          id,
          outletId: `o${a % 200}`,
          title,
          lang,
          publishedAt: new Date(Date.UTC(2019, 0, 1 + (a % 365))).toISOString(),
          text,
          contentHash: contentHash(text),
          importedAt: now,
        });
        insert.link({ eventId: event, articleId: id });
        insert.searchDoc({ id: ++docId, kind: "article", itemId: id, articleId: id });
        insert.searchIndex({ rowid: docId, title: indexed(title, lang), body: indexed(text, lang) });
        let at = 0;
        for (const [i, s] of sentences.entries()) {
          const claimId = `c${a}-${i}`;
          insert.claim({
            id: claimId,
            articleId: id,
            eventId: event,
            aspectId: `a${a % 50}`,
            quote: s,
            start: at,
            end: at + s.length,
            prefix: "",
            suffix: "",
            kind: i % 3 ? "statement" : "figure",
            stance: "asserts",
            speakerId: i % 5 ? null : entities[a % 2]![0],
            createdAt: now,
            updatedAt: now,
          });
          insert.searchDoc({ id: ++docId, kind: "claim", itemId: claimId, articleId: id });
          insert.searchIndex({ rowid: docId, title: "", body: indexed(s, lang) });
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
