// The newsroom-scale corpus of npm run bench:scale: outlets, events with six aspects each, and articles in
// English, Ukrainian and Russian whose claims are exact slices of their text (figures with their quantities,
// statements with speakers), one big event covered by many outlets, and contradictions between its claims.
// Written straight into a migrated database file with better-sqlite3, in batches, as an import would leave it.
import { performance } from "node:perf_hooks";
import type { ContentLanguage } from "@/lib/domain/vocabulary";
import { fingerprint } from "@/lib/import/similarity";
import { contentHash } from "@/lib/text/hash";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { writeCatalogue } from "./catalogue";
import { openCorpus } from "./corpus-writer";
import { LANGS, random, sentence } from "./search-corpus";

export interface ScaleSizes {
  articles: number;
  claims: number;
  outlets: number;
  events: number;
  /** the big event: how many outlets, articles and claims */
  bigOutlets: number;
  bigArticles: number;
  bigClaims: number;
  /** the catalogue beside the speakers: entities, and their names in all */
  entities: number;
  names: number;
  /** editors' notes on claims */
  notes: number;
}

const ASPECTS = 6;
const STANCES = ["asserts", "reports", "asserts", "denies", "reports", "disputes"] as const;
/** a figure sentence per language: who counted how many of whom, and where */
const FIGURE: Record<ContentLanguage, (n: string, place: string) => string> = {
  en: (n, place) => `Officials counted ${n} Russian troops near ${place}.`,
  uk: (n, place) => `Посадовці нарахували ${n} російських військових біля ${place}.`,
  ru: (n, place) => `Чиновники насчитали ${n} российских военных у ${place}.`,
};
const COUNTED: Record<ContentLanguage, string> = { en: "troops", uk: "військових", ru: "военных" };
const NOTE: Record<ContentLanguage, string> = {
  en: "Checked against the ministry's statement of the same day.",
  uk: "Звірено із заявою міністерства того ж дня.",
  ru: "Сверено с заявлением министерства того же дня.",
};
const PLACES: Record<ContentLanguage, string[]> = {
  en: ["Caracas", "Maracay", "the border", "the capital"],
  uk: ["Каракаса", "Маракая", "кордону", "столиці"],
  ru: ["Каракаса", "Маракая", "границы", "столицы"],
};
const PEOPLE: [string, string, string][] = [
  ["Juan Guaidó", "Хуан Гуайдо", "Хуан Гуайдо"],
  ["Dmitry Peskov", "Дмитро Пєсков", "Дмитрий Песков"],
  ["Nicolás Maduro", "Ніколас Мадуро", "Николас Мадуро"],
  ["Mike Pompeo", "Майк Помпео", "Майк Помпео"],
  ["Maria Zakharova", "Марія Захарова", "Мария Захарова"],
];

/** Which event an article belongs to, and from which outlet: the big event first, the rest spread evenly. */
function placement(a: number, s: ScaleSizes) {
  if (a < s.bigArticles) return { event: 0, outlet: a % s.bigOutlets };
  const rest = a - s.bigArticles;
  return { event: 1 + (rest % Math.max(1, s.events - 1)), outlet: (rest * 7919) % s.outlets };
}

/**
 * Builds the corpus into `file` (migrated, empty) and returns the ids the benchmark asks for.
 * Claims per article: the big event's share for its articles, the rest spread over the others.
 */
export function seedScaleCorpus(file: string, s: ScaleSizes, log: (line: string) => void = console.log) {
  const { sqlite, insert } = openCorpus(file);
  const r = random(7);
  const now = new Date().toISOString();
  const started = performance.now();
  const questions = (e: number, k: number) => ({
    en: `Question ${k + 1} of event ${e}: how many troops arrived?`,
    uk: `Питання ${k + 1} події ${e}: скільки військових прибуло?`,
    ru: `Вопрос ${k + 1} события ${e}: сколько военных прибыло?`,
  });
  sqlite.transaction(() => {
    for (let o = 0; o < s.outlets; o++)
      insert.outlet({ id: `o${o}`, slug: `outlet-${o}`, name: `Outlet ${o}`, lang: LANGS[o % 3]! });
    for (let e = 0; e < s.events; e++) {
      insert.event({ id: `e${e}`, slug: `event-${e}`, createdAt: now, updatedAt: now });
      insert.eventTitle({ eventId: `e${e}`, lang: "en", title: e === 0 ? "The big event" : `Event ${e}` });
      insert.eventTitle({ eventId: `e${e}`, lang: "uk", title: e === 0 ? "Велика подія" : `Подія ${e}` });
      for (let k = 0; k < ASPECTS; k++) {
        const kind = k < 3 ? "numeric" : "categorical";
        insert.aspect({ id: `a${e}-${k}`, eventId: `e${e}`, slug: `aspect-${k}`, kind, position: k });
        for (const [lang, question] of Object.entries(questions(e, k)))
          insert.aspectQuestion({ aspectId: `a${e}-${k}`, lang, question });
      }
    }
    writeCatalogue(insert, s.entities, s.names);
    PEOPLE.forEach((names, p) => {
      insert.entity({ id: `p${p}`, slug: `person-${p}` });
      LANGS.forEach((lang, l) => {
        const name = names[l]!;
        insert.name({
          id: `p${p}-${lang}`,
          entityId: `p${p}`,
          lang,
          name,
          normalized: normalizeName(name),
          skeleton: nameSkeleton(name),
        });
      });
    });
  })();

  const bigPerArticle = s.bigClaims / s.bigArticles;
  const restPerArticle = (s.claims - s.bigClaims) / Math.max(1, s.articles - s.bigArticles);
  let claims = 0;
  let notes = 0;
  // every so many claims has an editor's note
  const noteEvery = s.notes > 0 ? Math.max(1, Math.floor(s.claims / s.notes)) : Infinity;
  const batch = 2_000;
  for (let from = 0; from < s.articles; from += batch) {
    sqlite.transaction(() => {
      for (let a = from; a < Math.min(s.articles, from + batch); a++) {
        const { event, outlet } = placement(a, s);
        const lang = LANGS[outlet % 3]!;
        const perArticle = event === 0 ? bigPerArticle : restPerArticle;
        // the claims this article carries, so that the totals come out exact
        const count = Math.floor((a + 1) * perArticle) - Math.floor(a * perArticle);
        const place = PLACES[lang][a % 4]!;
        const spans: { text: string; figure: number | null; claim: number | null }[] = [];
        for (let i = 0; i < count; i++) {
          // outlets differ by up to 17 times on the same count, as real coverage does
          const figure = i % 2 === 0 ? Math.round(50 + r() * 50) * (1 + (outlet % 5) * (outlet % 5)) : null;
          const text = figure === null ? sentence(r, lang) : FIGURE[lang](String(figure), place);
          spans.push({ text, figure, claim: i });
          spans.push({ text: sentence(r, lang), figure: null, claim: null }); // a sentence no claim marks
        }
        const text = spans.map((x) => x.text).join(" ");
        const id = `art${a}`;
        insert.article({
          id,
          outletId: `o${outlet}`,
          title: sentence(r, lang).slice(0, -1),
          lang,
          publishedAt: new Date(Date.UTC(2019, 0, 1 + (a % 365))).toISOString(),
          text,
          contentHash: contentHash(text),
          fingerprint: fingerprint(text),
          importedAt: now,
        });
        insert.link({ eventId: `e${event}`, articleId: id });
        let at = 0;
        for (const { text: quote, figure, claim: i } of spans) {
          const start = at;
          at += quote.length + 1;
          if (i === null) continue;
          const prefix = text.slice(Math.max(0, start - 32), start);
          const suffix = text.slice(start + quote.length, start + quote.length + 32);
          insert.claim({
            id: `c${a}-${i}`,
            articleId: id,
            eventId: `e${event}`,
            aspectId: `a${event}-${figure === null ? 3 + (i % 3) : (i / 2) % 3}`,
            quote,
            start,
            end: start + quote.length,
            prefix,
            suffix,
            kind: figure === null ? "statement" : "figure",
            stance: STANCES[(a + i) % STANCES.length]!,
            speakerId: figure === null && i % 3 === 1 ? `p${a % PEOPLE.length}` : null,
            low: figure,
            high: figure,
            unit: figure === null ? null : "personnel",
            counted: figure === null ? null : COUNTED[lang],
            createdAt: now,
            updatedAt: now,
          });
          if ((claims + i) % noteEvery === 0 && notes < s.notes) {
            const body = [{ type: "TextualBody", value: NOTE[lang], purpose: "commenting", language: lang }];
            insert.note({
              id: `note${notes++}`,
              articleId: id,
              claimId: `c${a}-${i}`,
              body: JSON.stringify(body),
              exact: quote,
              prefix,
              suffix,
              start,
              end: start + quote.length,
              created: now,
              modified: now,
            });
          }
        }
        claims += count;
        // the big event's denials answer the claim before them, as an editor would link them
        if (event === 0 && a > 0 && a % 20 === 0)
          insert.relation({ id: `r${a}`, eventId: "e0", fromId: `c${a}-1`, toId: `c${a - 1}-1`, createdAt: now });
      }
    })();
    log(
      `Seeded ${Math.min(s.articles, from + batch).toLocaleString("en")} articles, ${claims.toLocaleString("en")} claims…`,
    );
  }
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return {
    claims,
    notes,
    seconds: (performance.now() - started) / 1000,
    bigEvent: "e0",
    typicalEvent: "e1",
    article: `art${s.bigArticles + 1}`,
  };
}
