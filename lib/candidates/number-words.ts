// Which words can begin a figure, and what number words are worth: looked up once per word.
import * as L from "./lexicon";
import { is, lookup, type Token } from "./tokens";

const numberWordValues = new Map<string, number | undefined>();

/** The value of a number word ("twenty", «шестеро»); each word is looked up in the fifty number words once. */
export function numberWordValue(word: string): number | undefined {
  if (!numberWordValues.has(word)) {
    if (numberWordValues.size > 100_000) numberWordValues.clear();
    numberWordValues.set(word, L.numberWords.find(([re]) => re.test(word))?.[1]);
  }
  return numberWordValues.get(word);
}

// first words of two-word markers: "more than", "as many as", "in excess of", «не менше», «вплоть до»
const PHRASE_STARTS = /^(?:more|less|fewer|up|at|as|in|не|как|вплоть|аж)$/u;
const starts = new Map<string, boolean>();

/**
 * Whether a token can begin a figure at all: digits, a currency sign, a marker or a number word.
 * Most words cannot, and are passed over without reading further (each word is decided once).
 */
export function mayStart(t: Token): boolean {
  if (t.type === "number" || t.type === "mixed") return true;
  if (t.type === "sign") return !!lookup(t, L.currencies);
  let may = starts.get(t.lower);
  if (may === undefined) {
    if (starts.size > 50_000) starts.clear();
    may =
      PHRASE_STARTS.test(t.lower) ||
      /^(?:a|one|half)$/u.test(t.lower) ||
      [L.aroundWords, L.nearlyWords, L.boundWords, L.fewWords].some((re) => is(t, re)) ||
      [L.currencies, L.pluralScales, L.scaleNouns].some(
        (table) => lookup(t, table as [RegExp, unknown][]) !== undefined,
      ) ||
      t.lower.split("-").every((part) => numberWordValue(part) !== undefined);
    starts.set(t.lower, may);
  }
  return may;
}
