// The generated corpus of npm run bench:search and bench:backup: sentences in English, Ukrainian and Russian made of
// a small vocabulary in several grammatical forms, names in each script, and a rarely named general.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { contentHash } from "@/lib/text/hash";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { indexed, type SearchLanguage } from "@/lib/text/words";

/** Words each language's sentences are made of, in several grammatical forms, and the names in each script. */
const VOCABULARY: Record<SearchLanguage, { subjects: string[]; verbs: string[]; objects: string[]; places: string[] }> =
  {
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
export const LANGS: SearchLanguage[] = ["en", "uk", "ru"];
export const RARE: Record<SearchLanguage, string> = {
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

export function sentence(r: () => number, lang: SearchLanguage) {
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
