import type { Lng } from "@/i18n/settings";

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;
const RUSSIAN_ONLY = /[ыэёъЫЭЁЪ]/u;

/**
 * The language of a few words someone typed beside a text (what a figure counts, a tag),
 * for its `lang` attribute: such words need not be in the text's language. Among the
 * three languages Parallax reads, Latin letters are English; Cyrillic is Ukrainian or
 * Russian by the letters only one of them has, else the text's language when that is
 * one of the two. An empty string ("unknown") when the words do not tell.
 */
export function shortTextLang(words: string, textLang: string): Lng | "" {
  const latin = LATIN.test(words);
  const cyrillic = CYRILLIC.test(words);
  if (latin && !cyrillic) return "en";
  if (!cyrillic || latin) return "";
  if (UKRAINIAN_ONLY.test(words) && !RUSSIAN_ONLY.test(words)) return "uk";
  if (RUSSIAN_ONLY.test(words) && !UKRAINIAN_ONLY.test(words)) return "ru";
  return textLang === "uk" || textLang === "ru" ? textLang : "";
}
