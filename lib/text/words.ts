import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import type { ContentLanguage } from "@/lib/domain/vocabulary";

/**
 * Words as search compares them. A text is cut into words, each folded (lower case,
 * accents off Latin letters, ё as е, apostrophes gone) and stemmed by the Snowball
 * stemmer of the text's language (@orama/stemmers: one maintained package with all
 * three, and no native code), so "Ростеху" and "Ростеха" meet "Ростех", "тисячі" meets
 * "тисяча" and "troops" meets "troop". No framework: the index, the query and the
 * snippets all use these.
 */

export interface Word {
  /** the folded word */
  word: string;
  /** where it stands in the text (UTF-16 offsets) */
  start: number;
  end: number;
}

/** Letters and digits, with the apostrophes inside Ukrainian and English words ("п’ять", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/['’ʼ`]/g, "");
}

/** The words of a text as written, neither folded nor placed: for a caller that folds each distinct word once. */
export const writtenWords = (text: string): string[] => text.match(WORD) ?? [];

/** The words of a text with their places. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

const stemmers = { en: english, uk: ukrainian, ru: russian } as const;

/**
 * The stem of a folded word in `lang`. A Latin word is stemmed as English whatever the
 * text's language (a name in a Russian article), a Cyrillic one by the text's language
 * (Russian for an English text). Snowball's Ukrainian and Russian stemmers leave the
 * possessive -ов/-ев on some forms and not others ("військових" → "військов", "військові"
 * → "військ"; "Лаврову" → "лавров", "Лавров" → "лавр"): it is folded off, here as everywhere.
 */
export function stem(word: string, lang: ContentLanguage): string {
  if (/^\p{N}+$/u.test(word)) return word;
  if (!CYRILLIC.test(word)) return english(word);
  const stemmed = stemmers[lang === "en" ? "ru" : lang](word);
  return stemmed.length > 4 ? stemmed.replace(/(ов|ев|єв)$/, "") : stemmed;
}

/** A text as the index holds it: the stems of its words, space-separated. */
export function indexed(text: string, lang: ContentLanguage): string {
  return words(text)
    .map((w) => stem(w.word, lang))
    .join(" ");
}

/** The stems a query word may have: one per language it could be in. */
export function queryStems(word: string): string[] {
  const folded = fold(word);
  return [
    ...new Set((CYRILLIC.test(folded) ? (["uk", "ru"] as const) : (["en"] as const)).map((l) => stem(folded, l))),
  ];
}

export const asContentLanguage = (lang: string): ContentLanguage => (lang === "uk" || lang === "ru" ? lang : "en");
