import { isEnglishPlural, startsCounted } from "./counted";
import * as L from "./lexicon";
import { is, isCapitalised, isSign, lookup, type Token } from "./tokens";

/** Numbers that are not figures: dates, years, times, references, identifiers, list markers, model names. */

/** A day of a month: "18 February", "March 24", "з 2 по 5 жовтня", "24-25 березня". */
export function isDateAt(ts: Token[], i: number): boolean {
  if (is(ts[i - 1], L.monthWords) || is(ts[i + 1], L.monthWords)) return true;
  if (/^(?:st|nd|rd|th|of)$/u.test(ts[i + 1]?.lower ?? "") && is(ts[i + 2], L.monthWords)) return true;
  // the first day of a range of days: "2 по 5 жовтня", "from 2 to 5 October"
  const connector = ts[i + 1];
  return (
    (isSign(connector, "-", "–", "—") || is(connector, /^(?:to|до|по|and|і|и|та)$/u)) &&
    ts[i + 2]?.type === "number" &&
    is(ts[i + 3], L.monthWords)
  );
}

/** Four digits read as a year: "in 2019", "2018 year", "2019 року", "May 2001". */
export function isYearAt(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  if (t.grouped || !Number.isInteger(t.value) || t.value! < 1800 || t.value! > 2100 || t.text.length !== 4)
    return false;
  const next = ts[i + 1];
  if (is(next, L.yearWords)) return true;
  if (isSign(ts[i - 1], "$", "€", "£", "₴", "₽")) return false;
  if (lookup(next, L.scaleWords) || lookup(next, L.currencies) || lookup(next, L.measures)) return false;
  if (is(ts[i - 1], L.yearPrepositions) || is(ts[i - 1], L.monthWords)) return true;
  const countsSomething = next?.type === "word" && !isCapitalised(next) && !is(next, L.stopWords);
  // "the 2014 annexation", "a 2022 report": a year before a singular English noun; "2000 troops" counts
  if (countsSomething && /^\p{Script=Latin}+$/u.test(next.lower) && !isEnglishPlural(next.lower)) return true;
  return !countsSomething;
}

/** A reason the number at `i` is not a figure: a time, a reference, an identifier, a list marker. */
export function isNotAFigure(ts: Token[], i: number, text: string): boolean {
  const t = ts[i]!;
  const before = text[t.start - 1] ?? " ";
  const after = text[t.end] ?? " ";
  if ("/=@_#+\\".includes(before) || "/=@_\\".includes(after)) return true; // URLs, e-mail, phone numbers
  if (isSign(ts[i + 1], ":") && ts[i + 2]?.type === "number" && ts[i + 2]!.start === ts[i + 1]!.end) return true; // 10:30, 2:1
  if (isSign(ts[i - 1], ":") && ts[i - 2]?.type === "number" && ts[i - 1]!.start === t.start - 1) return true;
  if (is(ts[i + 1], L.clockWords)) return true;
  if (is(ts[i - 1], L.referenceWords)) return true;
  if (i === 0 && (isSign(ts[1], ".", ")") || ts.length === 1)) return true; // "1." list marker
  if (t.type === "number" && !t.grouped && /^\d{7,}$/u.test(t.text)) return true; // identifiers
  // "+7 495 123 45 67": numbers in a row are a phone number or a code
  if (
    (ts[i - 1]?.type === "number" && ts[i - 1]!.end + 1 >= t.start) ||
    (ts[i + 1]?.type === "number" && t.end + 1 >= ts[i + 1]!.start)
  )
    return true;
  // "Boeing 737": a number right after a name, counting nothing
  const prev = ts[i - 1];
  const next = ts[i + 1];
  const countsNext = next && (startsCounted(next) || lookup(next, L.measures) || lookup(next, L.currencies));
  if (
    prev?.type === "word" &&
    isCapitalised(prev) &&
    i > 1 &&
    !countsNext &&
    !is(prev, L.aroundWords) &&
    !is(prev, L.boundWords)
  )
    return true;
  return false;
}
