import { isEnglishPlural, startsCounted } from "./counted";
import * as L from "./lexicon";
import { is, isCapitalised, isSign, lookup, type Token } from "./tokens";

/** Numbers that are not figures: dates, years, times, ages, references, identifiers, list markers, model names. */

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

const isYearValue = (digits: string | undefined) =>
  !!digits && /^\d{4}$/u.test(digits) && +digits >= 1800 && +digits <= 2100;
const isDash = (t: Token | undefined) => isSign(t, "-", "‐", "‑", "–", "—");

/**
 * Four digits read as a year, or two years joined by a dash: "in 2019", "2018 year", "2019 року",
 * "May 2001", "the 2019 elections", "the 1941-1945 war", "в 1941 – 1945 годах" (both ends), "1941–45".
 * "2000–3000 troops" and "1900-2000 troops" are figures.
 */
export function isYearAt(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  // the second year of a range written with a dash between: "1941 – 1945", "1941–45"
  const first = ts[i - 2];
  if (isDash(ts[i - 1]) && first?.type === "number" && isYearValue(first.text) && isYearAt(ts, i - 2))
    return /^\d{2}$/u.test(t.text) || (isYearValue(t.text) && +t.text > +first.text);
  const years = /^(\d{4})(?:[-‐‑–](\d{4}))?$/u.exec(t.text);
  if (t.grouped || !years || !isYearValue(years[1])) return false;
  let last = years[2] ?? years[1]!;
  let after = i + 1;
  if (years[2] === undefined && isDash(ts[i + 1]) && ts[i + 2]?.type === "number") {
    last = /^\d{2}$/u.test(ts[i + 2]!.text) ? years[1]!.slice(0, 2) + ts[i + 2]!.text : ts[i + 2]!.text;
    after = i + 3;
  }
  if (!isYearValue(last) || +last < +years[1]!) return false;
  // "2018–2019", "1941-45": a range of years, unless counts in round hundreds ("1900–2000 troops")
  if (last !== years[1] && !(+last % 100 === 0 && +years[1]! % 100 === 0)) return true;
  const next = ts[after];
  if (is(next, L.yearWords) || is(ts[i - 1], /^(?:the|this|that|its|their|his|her|our)$/u)) return true;
  if (isSign(ts[i - 1], "$", "€", "£", "₴", "₽")) return false;
  if (lookup(next, L.scaleWords) || lookup(next, L.currencies) || lookup(next, L.measures)) return false;
  if (is(ts[i - 1], L.yearPrepositions) || is(ts[i - 1], L.monthWords)) return true;
  const countsSomething = next?.type === "word" && !isCapitalised(next) && !is(next, L.stopWords);
  // "the 2014 annexation", "a 2022 report": a year before a singular English noun; "2000 troops" counts
  if (countsSomething && /^\p{Script=Latin}+$/u.test(next.lower) && !isEnglishPlural(next.lower)) return true;
  return !countsSomething;
}

/** A time of day: "10:30", "10.30am", "в 10.30", "о 10", "10 am", "о 10 ранку". */
function isTimeAt(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  const next = ts[i + 1];
  if (is(next, L.clockWords)) return true;
  const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  if (isSign(next, ":") && ts[i + 2]?.type === "number" && touching(next, ts[i + 2])) return true; // 10:30, 2:1
  // "10.30am": hours, a full stop and minutes, all touching
  if (
    isSign(next, ".") &&
    touching(t, next) &&
    touching(next, ts[i + 2]) &&
    /^[0-5]\d(?:am|pm)$/u.test(ts[i + 2]!.lower)
  )
    return true;
  if (isSign(ts[i - 1], ":") && ts[i - 2]?.type === "number" && ts[i - 1]!.start === t.start - 1) return true;
  const unitAfter = !!next && (startsCounted(next) || !!lookup(next, L.measures) || !!lookup(next, L.currencies));
  if (unitAfter || isSign(ts[i - 1], "$", "€", "£", "₴", "₽")) return false;
  if (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/u.test(t.text) && is(ts[i - 1], L.timePrepositions)) return true;
  // "о 10": Ukrainian "о" before a bare number is the hour
  return /^(?:о|об)$/u.test(ts[i - 1]?.lower ?? "") && Number.isInteger(t.value) && t.value! <= 24;
}

/** An age: "aged 45", "at the age of 45", "віком 45", "Smith, 45, said", "Петров (45)". */
function isAgeAt(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  if (is(ts[i - 1], L.ageWords) || (ts[i - 1]?.lower === "of" && is(ts[i - 2], L.ageWords))) return true;
  // a number set off after a name counts nothing: "John Smith, 45, was detained"
  const name = ts[i - 2];
  return (
    Number.isInteger(t.value) &&
    t.value! < 120 &&
    !!name &&
    name.type === "word" &&
    isCapitalised(name) &&
    ((isSign(ts[i - 1], ",") && isSign(ts[i + 1], ",")) || (isSign(ts[i - 1], "(") && isSign(ts[i + 1], ")")))
  );
}

/**
 * A model number after a name: "Boeing 777", "Airbus 320 jet", "самолёт Boeing 777 прибыл". In
 * English a count after a capitalised word is rare unless a plural follows ("Russia's 300
 * troops", "Venezuela: 300 troops"); in Ukrainian and Russian the next word decides.
 */
function isModelNumberAt(ts: Token[], i: number): boolean {
  const [prev, next] = [ts[i - 1], ts[i + 1]];
  if (prev?.type !== "word" || !isCapitalised(prev) || i < 2 || is(prev, L.aroundWords) || is(prev, L.boundWords))
    return false;
  if (next && (lookup(next, L.measures) || lookup(next, L.currencies) || lookup(next, L.scaleWords))) return false;
  if (/^\p{Script=Latin}+$/u.test(prev.lower) && !/'s$/u.test(prev.lower))
    return !next || next.type !== "word" || !/^\p{Script=Latin}+$/u.test(next.lower) || !/[^s]s$/u.test(next.lower);
  return !next || !startsCounted(next);
}

/** A reason the number at `i` is not a figure: a time, an age, a reference, an identifier, a list marker. */
export function isNotAFigure(ts: Token[], i: number, text: string): boolean {
  const t = ts[i]!;
  const before = text[t.start - 1] ?? " ";
  const after = text[t.end] ?? " ";
  if ("/=@_#+\\".includes(before) || "/=@_\\".includes(after)) return true; // URLs, e-mail, phone numbers
  if (isTimeAt(ts, i) || isAgeAt(ts, i)) return true;
  if (is(ts[i - 1], L.referenceWords)) return true;
  if (i === 0 && (isSign(ts[1], ".", ")") || ts.length === 1)) return true; // "1." list marker
  if (t.type === "number" && !t.grouped && /^\d{7,}$/u.test(t.text)) return true; // identifiers
  // "+7 495 123 45 67": numbers in a row are a phone number or a code
  if (
    (ts[i - 1]?.type === "number" && ts[i - 1]!.end + 1 >= t.start) ||
    (ts[i + 1]?.type === "number" && t.end + 1 >= ts[i + 1]!.start)
  )
    return true;
  return isModelNumberAt(ts, i);
}

// A photo credit anywhere in a line makes it a caption: "Photo: Reuters", "Фото: EPA", "© AFP", "REUTERS/Name"
const AGENCY = "reuters|afp|ap|epa|tass|тасс|риа новости|уніан|укрінформ";
const CREDIT = new RegExp(
  String.raw`(?<!\p{L})(?:photo|photograph|image|picture|credit|фото|світлина|фотографія|фотография|снимок|ілюстрація|иллюстрация)(?:\s+(?:credit|caption|copyright))?\s*[:©]|©|` +
    String.raw`(?<!\p{L})(?:getty images|ap photo|afp photo|image caption|image copyright)(?!\p{L})|` +
    String.raw`(?<!\p{L})(?:${AGENCY})\s*\/|\/\s*(?:${AGENCY})(?!\p{L})`,
  "iu",
);
// Counters and labels of the page, not of the story: "1,234 views", "12 comments", "Просмотров: 1523", "5 min read"
const COUNTER = String.raw`(?:views?|comments?|shares?|likes?|reposts?|reads?|followers|subscribers|перегляд(?:и|ів)?|коментар(?:і|ів)|поширен(?:ь|ня)|просмотр(?:ов|ы|а)?|комментари(?:ев|и|я|й)|репост(?:ов|ы|а)?)`;
const DEBRIS = new RegExp(
  String.raw`^\s*(?:updated|published|posted|last modified|tags|topics|оновлено|опубліковано|теги|теґи|мітки|обновлено|опубликовано|метки)(?!\p{L})|` +
    String.raw`\d\s*${COUNTER}(?!\p{L})|(?<!\p{L})${COUNTER}\s*[:(]?\s*\d|\d\s*min(?:ute)?s?\s+read`,
  "iu",
);
// "КИЇВ, 25 березня. /Укрінформ/.", "МОСКВА, 25 марта. /ТАСС/.": a dateline credits its agency, not a photo
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu}\s'’-]*,[^/\n]{0,40}\/[^/\n]{1,30}\/\.?/u;
const MAX_CAPTION_WORDS = 40;
const MAX_DEBRIS_WORDS = 8;

/** Whether a line is a photo caption or a line of page furniture: its numbers are never figures. A line of no words ("18+") states none. */
export function isCaptionOrDebris(line: string): boolean {
  if (!/\p{L}/u.test(line)) return true;
  const words = line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words <= MAX_CAPTION_WORDS && CREDIT.test(line.replace(DATELINE, ""))) return true;
  return words <= MAX_DEBRIS_WORDS && !/[.!?…]$/u.test(line.trim()) && DEBRIS.test(line);
}
