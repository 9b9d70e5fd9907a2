import type { Lng } from "@/i18n/settings";
import { shortTextLang } from "@/lib/text/short-lang";
import { wordKeys } from "@/lib/text/word-keys";

// What a figure counts, as the reader reads it: one language per line. "кілька десятків Russian
// security contractors" mixes two; the comparison writes either the thing the aspect counts in the
// reader's words ("кілька десятків російських військових"), when the claim counts that thing, or
// the words as the article has them, as a quotation in their own language: “Russian security
// contractors”.

/** What a figure's counted words become: the words, their language, and whether they are quoted. */
export interface CountedWords {
  text: string;
  lang: string;
  quoted: boolean;
}

/** An aspect's question in one language. */
export interface Question {
  lang: string;
  question: string;
}

const EN_STOP =
  /^(?:are|is|was|were|be|been|did|do|does|has|have|had|will|would|can|could|should|may|might|remain(?:s|ed)?|stay(?:s|ed)?|there|in|on|at|to|from|by|for|with|into|inside|near|of|that|which|who|according)$/i;
const EN_HEAD = /^(?:people|personnel|staff|police|military|cattle|.*s)$/i;
const UK_STOP = /^(?:в|у|до|на|з|із|зі|від|для|після|за|по|під|над|біля|серед|що|які|який|яких|є)$/i;
const RU_STOP = /^(?:в|во|на|до|из|с|со|от|для|после|за|по|под|над|у|к|среди|что|которые|который|которых|есть)$/i;
// a verb in the past (прибуло, прибыли), the present (перебуває, находится, остаётся) or reflexive
const UK_VERB = /(?:(?<![іїи])в|ла|ло|ли|ть|є|ють|ять|ся|сь)$/i;
const RU_VERB = /(?:л|ла|ло|ли|ет|ёт|ит|ют|ят|ут|ся|сь)$/i;

/**
 * The thing a question counts, in its own words: "How many Russian troops arrived?" → "Russian
 * troops"; «Скільки російських військових прибуло…?» → «російських військових» (the genitive a
 * figure takes); null when the question is not a "how many" question or names nothing.
 */
export function countedPhrase(question: string, lang: string): string | null {
  const opening =
    lang === "en"
      ? /^\s*how\s+(?:many|much)\s+(.+)$/i
      : lang === "uk"
        ? /^\s*скільки\s+(.+)$/i
        : lang === "ru"
          ? /^\s*сколько\s+(.+)$/i
          : null;
  const rest = opening && question.replace(/[?？!.]+\s*$/u, "").match(opening)?.[1];
  if (!rest) return null;
  const words = rest.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/^[«"„“(]+|[»"”),;:]+$/gu, "");
    if (lang === "en") {
      // "tons of cargo": "of" goes on after the head noun
      if (bare.toLowerCase() === "of" && taken.length > 0) {
        taken.push(word);
        continue;
      }
      if (EN_STOP.test(bare) || (taken.length > 0 && /ed$/i.test(bare))) break;
      taken.push(word);
      // a head noun ends the phrase unless a noun of it goes on: "military personnel", "tons of cargo",
      // but not "troops Moscow sent"
      const next = words[i + 1] ?? "";
      const goesOn =
        next.toLowerCase() === "of" || (/^\p{Ll}/u.test(next) && !EN_STOP.test(next) && !/ed$/i.test(next));
      if (EN_HEAD.test(bare) && !goesOn) break;
    } else {
      const stop = lang === "uk" ? UK_STOP : RU_STOP;
      const verb = lang === "uk" ? UK_VERB : RU_VERB;
      // a verb ends the phrase, and so does a name right before one, its subject: «грошей Росія вклала»
      const subject = /^\p{Lu}/u.test(word) && verb.test(words[i + 1] ?? "");
      if (stop.test(bare) || (taken.length > 0 && (verb.test(bare) || subject))) break;
      taken.push(word);
    }
  }
  const phrase = taken.join(" ").replace(/[,;:]+$/u, "");
  return phrase.length > 0 && phrase.length <= 80 ? phrase : null;
}

/**
 * A figure's counted words for a reader of `lng`, for one aspect: as they stand when they are in
 * the reader's language; the aspect's own words in the reader's language when the claim counts
 * what the aspect counts (every word of them meets a word of its questions); otherwise the words
 * as quoted, in their own language. The questions' keys and phrase are read once per aspect.
 */
export function countedReader(lng: Lng, questions: Question[]) {
  const keys = new Set(questions.flatMap((q) => wordKeys(q.question, q.lang).flat()));
  const own = questions.find((q) => q.lang === lng);
  const phrase = own ? countedPhrase(own.question, lng) : null;
  return (counted: string, quoteLang: string): CountedWords => {
    const lang = shortTextLang(counted, quoteLang) || quoteLang;
    if (lang === lng) return { text: counted, lang, quoted: false };
    const words = wordKeys(counted, lang);
    const same = words.length > 0 && words.every((w) => w.some((k) => keys.has(k)));
    return phrase && same ? { text: phrase, lang: lng, quoted: false } : { text: counted, lang, quoted: true };
  };
}

const MARKS: Record<string, [string, string]> = { en: ["“", "”"], uk: ["«", "»"], ru: ["«", "»"] };

/** Words marked as a quotation the way their own language marks one: “troops”, «військових». */
export const asQuotation = (text: string, lang: string) => {
  const [open, close] = MARKS[lang] ?? MARKS.en!;
  return `${open}${text}${close}`;
};
