import * as L from "./lexicon";
import { is, isCapitalised, lookup, type Token } from "./tokens";

/*
 * The counted noun phrase after a figure: "1,000 security contractors", "20 000
 * кубинських військових", "200 мирных жителей". English ends it at a plural noun;
 * Ukrainian and Russian at the noun after its adjectives. Function words, verbs,
 * months and model numbers end it in every language.
 */

// English plurals without an -s: a counted phrase ends with them as with any plural
const IRREGULAR_PLURALS = /^(?:people|men|women|children|personnel|staff|police|militia|aircraft|equipment|troops)$/u;
export const isEnglishPlural = (word: string) =>
  (/[^s]s$/u.test(word) && word.length > 3) || IRREGULAR_PLURALS.test(word);
// Adjective endings (and nouns made of adjectives: "військових", "военных")
const CYRILLIC_ADJECTIVE = /(?:их|ых|іх|ий|ый|ій|ой|ая|яя|ое|ее|ые|ие|і|ого|его|ому|ему|ими|ыми|іми)$/u;
// Past tense, reflexive forms and impersonal participles end a Ukrainian or Russian
// phrase: "людей втекли", "кубинцев находятся", "танків втрачено"
const CYRILLIC_VERB = /(?:ться|тся|ся|сь|ють|ять|уть|ать|ить|ли|[еая]но|[иія]то)$/u;
const ENGLISH_VERB = /^\p{Ll}+(?:ed|ing)$/u;

/** Whether a word can begin a counted noun phrase: not a function word, a verb, a month, a number word or a model number. */
export const startsCounted = (t: Token) =>
  t.type === "word" &&
  !is(t, L.stopWords) &&
  !is(t, L.monthWords) &&
  !is(t, L.timeUnits) &&
  !lookup(t, L.numberWords) &&
  !CYRILLIC_VERB.test(t.lower) &&
  !ENGLISH_VERB.test(t.text);

/** The counted noun after a figure: up to three words, ending at a plural, a function word or a verb. */
export function countedAt(ts: Token[], i: number): { text: string | null; next: number; start: number; end: number } {
  const taken: Token[] = [];
  for (let j = i; j < ts.length && taken.length < 3; j++) {
    const t = ts[j]!;
    // a model number ends the phrase: "two Russian Tu-160 bombers" counts "Russian", never "Tu-160"
    if (!startsCounted(t)) break;
    const previous = taken[taken.length - 1];
    if (previous && isCapitalised(t) && !isCapitalised(previous)) break;
    taken.push(t);
    // "Russian troops and…", "contractors remain": an English plural noun ends the phrase
    if (/^\p{Script=Latin}+$/u.test(t.lower) && isEnglishPlural(t.lower)) break;
    // "мирных жителей", "військових баз": adjectives come first, and the noun ends the phrase
    if (/^\p{Script=Cyrillic}+$/u.test(t.lower) && !CYRILLIC_ADJECTIVE.test(t.lower)) break;
  }
  if (taken.length === 0) return { text: null, next: i, start: -1, end: -1 };
  return {
    text: taken.map((t) => t.text).join(" "),
    next: i + taken.length,
    start: taken[0]!.start,
    end: taken[taken.length - 1]!.end,
  };
}
