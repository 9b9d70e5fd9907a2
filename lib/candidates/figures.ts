import { comparisonRange, type Stated, type Vagueness } from "@/lib/domain/figures";
import { boundsChangeOrRange, endsChange, endsChangeOrRange } from "./changes";
import { countedAt } from "./counted";
import * as L from "./lexicon";
import { isCaptionOrDebris, isDateAt, isNotAFigure, isYearAt } from "./not-figures";
import { mayStart, numberWordValue } from "./number-words";
import { is, isSign, lookup, tokenize, type Token } from "./tokens";

/** A figure found in a text: the words that carry it, the figure they state and the range that means. */
export interface FoundFigure {
  start: number;
  end: number;
  low: number;
  high: number;
  stated: Stated;
  /** an ISO 4217 currency, "%", or a unit of measure ("tons", "barrels") */
  unit: string | null;
  /** what is counted, in the text's words ("security contractors") */
  counted: string | null;
  approximate: boolean;
}

/** A number's value (for a vague one, its base: 12 for "a few dozen") and how far its words reach. */
interface Core {
  low: number;
  high: number;
  /** index after the last token of the number */
  next: number;
  vague: Vagueness | null;
  /** true when written in words only: such a number needs a counted noun to be a figure */
  wordsOnly: boolean;
}

/** "twenty-five", "two hundred", "двісті тисяч", "сто": a run of number words. */
function numberWordsAt(ts: Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  for (; j < ts.length; j++) {
    const t = ts[j]!;
    const parts = t.type === "word" ? t.lower.split("-") : [];
    if (parts.length === 0) break;
    const values = parts.map(numberWordValue);
    const multiplier = seen ? lookup(t, L.multiplierWords) : undefined;
    if (multiplier) {
      current *= multiplier;
    } else if (values.every((v) => v !== undefined)) {
      current += values.reduce((a, b) => a! + b!, 0)!;
      seen = true;
    } else if (seen && is(t, L.hundredWord) && t.lower === "hundred") {
      current = (current || 1) * 100;
    } else if (seen && lookup(t, L.scaleWords) && t.lower.length > 2) {
      total += (current || 1) * lookup(t, L.scaleWords)!;
      current = 0;
    } else if (seen && t.lower === "and" && numberWordsAt(ts, j + 1)) {
      continue;
    } else break;
  }
  return seen ? { low: total + current, high: total + current, next: j, vague: null, wordsOnly: true } : null;
}

/** Scale words after a number: "100 thousand", "11 billion", "1,5 млн". */
function scaled(ts: Token[], j: number, value: number): { value: number; next: number } {
  let next = j;
  for (;;) {
    const t = ts[next];
    const scale = lookup(t, L.scaleWords) ?? (t?.lower === "hundred" ? 100 : undefined);
    // one-letter scales ("m", "b", "k") only touching the digits: "$11bn", "20k"
    if (!scale || (t!.lower.length < 2 && t!.start !== ts[next - 1]?.end)) return { value, next };
    value *= scale;
    next++;
  }
}

// "a few dozen" and "кілька десятків" are read alike, so that outlets in different languages compare equal.
const fewUnits: [RegExp, number][] = [
  [/^(?:dozens?|десятк(?:ів|ов|а)|десяток)$/u, 12],
  [/^(?:ten|tens)$/u, 10],
  [/^(?:hundreds?|сотень|сотен|сотні|сотни)$/u, 100],
];

/** A vague quantity: "a few dozen", "кілька тисяч", "hundreds of thousands", "мільярди". */
function vagueAt(ts: Token[], i: number): Core | null {
  let j = i;
  if (ts[j]?.lower === "a" && is(ts[j + 1], L.fewWords)) j++;
  if (is(ts[j], L.fewWords)) {
    let unit = 1;
    let k = j + 1;
    for (; ts[k]; k++) {
      const step =
        fewUnits.find(([re]) => re.test(ts[k]!.lower))?.[1] ??
        (ts[k]!.lower.length > 2 ? lookup(ts[k], L.scaleWords) : undefined);
      if (!step) break;
      unit *= step;
    }
    if (unit === 1) return null;
    return { low: unit, high: unit, next: k, vague: "few", wordsOnly: true };
  }
  const plural = lookup(ts[j], L.pluralScales);
  if (!plural) return null;
  // "tens/hundreds of thousands", "десятки тисяч", "сотни тысяч"
  let k = j + 1;
  if (ts[k]?.lower === "of") k++;
  const scale = lookup(ts[k], L.scaleWords);
  if (scale && ts[k]!.lower.length > 2) {
    const base = (is(ts[j], L.tensWord) || plural === 12 ? 10 : plural) * scale;
    return { low: base, high: base, next: k + 1, vague: "many", wordsOnly: true };
  }
  return { low: plural, high: plural, next: j + 1, vague: "many", wordsOnly: true };
}

/** A number written in digits, with its scale and a range ("2–9 млрд", "10-15"); null when it is not a figure. */
function digitsAt(ts: Token[], i: number): Core | null {
  const t = ts[i]!;
  const compact = /^(\d+(?:[.,]\d+)?)(k|m|bn|mn|tn|млн|млрд|тис|тыс)$/iu.exec(t.text);
  if (compact) {
    const value =
      Number(compact[1]!.replace(",", ".")) * lookup({ ...t, lower: compact[2]!.toLowerCase() }, L.scaleWords)!;
    return { low: value, high: value, next: i + 1, vague: null, wordsOnly: false };
  }
  const range = /^(\d+)[-‐‑–](\d+)$/u.exec(t.text);
  if (range && Number(range[1]) < Number(range[2])) {
    const s = scaled(ts, i + 1, 1);
    return {
      low: Number(range[1]) * s.value,
      high: Number(range[2]) * s.value,
      next: s.next,
      vague: null,
      wordsOnly: false,
    };
  }
  if (t.type !== "number") return null;
  const first = scaled(ts, i + 1, t.value!);
  // "2 to 9 billion", "від 2 до 9 млрд", "10–15 thousand": the second number's scale serves both;
  // "between $3 billion and $5 billion": the second may repeat the currency sign
  const sign = ts[first.next + 1]?.type === "sign" && !!lookup(ts[first.next + 1], L.currencies) ? 1 : 0;
  const [connector, other] = [ts[first.next], ts[first.next + 1 + sign]];
  const lead = ts[i - 1]?.type === "sign" && lookup(ts[i - 1], L.currencies) ? ts[i - 2] : ts[i - 1];
  const between = is(lead, /^(?:between|між|между)$/u) && is(connector, /^(?:and|і|й|та|и)$/u);
  if (
    (between || isSign(connector, "-", "–", "—") || is(connector, /^(?:to|до|or|або|или)$/u)) &&
    !(is(connector, /^(?:to|до)$/u) && endsChange(ts, first.next)) &&
    other?.type === "number" &&
    !isDateAt(ts, first.next + 1 + sign)
  ) {
    const second = scaled(ts, first.next + 2 + sign, other.value!);
    const low = first.next === i + 1 ? t.value! * (second.value / other.value!) : first.value;
    if (second.value > low) return { low, high: second.value, next: second.next, vague: null, wordsOnly: false };
  }
  return { low: first.value, high: first.value, next: first.next, vague: null, wordsOnly: false };
}

/** What an approximate marker before a number does to it. */
function marker(ts: Token[], i: number): { kind: "around" | "nearly" | "bound"; next: number } | null {
  const pair = ts[i + 1] ? `${ts[i]!.lower} ${ts[i + 1]!.lower}` : "";
  // "up to a thousand" is at most a thousand, but "cut from 1,000 up to…", «скоротилася до» end a change
  if ((pair === "up to" || ts[i]?.lower === "до") && endsChangeOrRange(ts, i + (pair === "up to" ? 1 : 0))) return null;
  if (L.boundPhrases.test(pair)) return { kind: "bound", next: i + 2 };
  if (is(ts[i], L.aroundWords)) return { kind: "around", next: i + 1 };
  if (is(ts[i], L.nearlyWords)) return { kind: "nearly", next: i + 1 };
  if (is(ts[i], L.boundWords)) return { kind: "bound", next: i + 1 };
  return null;
}

function figureAt(ts: Token[], i: number, text: string): { figure: FoundFigure; next: number } | null {
  const mark = marker(ts, i);
  let j = mark?.next ?? i;
  let unit: string | null = null;
  const symbol = ts[j]?.type === "sign" || ts[j]?.lower === "us$" ? lookup(ts[j], L.currencies) : undefined;
  if (symbol) {
    unit = symbol;
    j++;
  }
  const head = ts[j];
  if (!head) return null;
  let core: Core | null = null;
  if (head.type === "number" || head.type === "mixed") {
    if (isDateAt(ts, j) || isYearAt(ts, j) || isNotAFigure(ts, j, text)) return null;
    core = digitsAt(ts, j);
  } else if (head.type === "word") {
    // after "близько", "около", "понад", "до", "с", "з" a scale noun is singular: "с тысячи" is from one thousand
    const singular = mark || is(ts[j - 1], L.genitivePrepositions);
    core = (singular && scaleNounAt(ts, j)) || (vagueAt(ts, j) ?? numberWordsAt(ts, j) ?? singleScale(ts, j));
  }
  if (!core) return null;
  let k = core.next;
  // units after the number: "11 billion dollars", "35 tons of equipment", "1 300 000%", "мільярди доларів"
  if (ts[k]?.lower === "of" && (lookup(ts[k + 1], L.currencies) || lookup(ts[k + 2], L.currencies))) k++;
  for (let n = 0; n < 2; n++) {
    const currency = lookup(ts[k], L.currencies) ?? lookup(ts[k + 1], L.currencies);
    const measure = lookup(ts[k], L.measures);
    if (lookup(ts[k], L.currencies)) {
      unit = currency!;
      k++;
    } else if (measure && (measure !== "m" || ts[k]!.text.length > 1)) {
      unit = measure;
      k++;
      if (ts[k]?.lower === "of") k++;
    } else if (core.vague && currency && ts[k]?.type === "word" && !is(ts[k], L.stopWords)) {
      // "billions of Venezuelan dollars"
      unit = currency;
      k += 2;
    }
  }
  if (ts[k]?.lower === "per" && ts[k + 1]?.lower === "cent") {
    unit = "%";
    k += 2;
  }
  const unitsEnd = k;
  if (ts[k]?.lower === "of" && (core.vague || unit === "%")) k++;
  if (ts[k - 1]?.lower === "of" && /^(?:the|a|an)$/u.test(ts[k]?.lower ?? "")) k++;
  if (is(ts[k], L.timeUnits) && !unit) return null;
  // a percentage counts something only when it says of what: "15 per cent of the budget"
  const counted = unit === "%" && k === unitsEnd ? { text: null, next: k, start: -1, end: -1 } : countedAt(ts, k);
  // words alone count nothing ("one of the trips"), unless they open or close a change or range: "from a thousand to…"
  if (core.wordsOnly && !core.vague && !counted.text && !unit && !boundsChangeOrRange(ts, i)) return null;
  if (core.wordsOnly && !core.vague && core.high < 2) return null;
  if (!core.vague && !mark && !unit && !counted.text && core.high < 10) return null;
  const end = counted.text ? counted.end : ts[Math.max(core.next, unitsEnd) - 1]!.end;
  const stated = { low: core.low, high: core.high, vagueness: core.vague };
  const approximate = !!mark || !!core.vague;
  const { low, high } = comparisonRange(stated, approximate, unit, mark?.kind);
  return {
    figure: { start: ts[i]!.start, end, low, high, stated, unit, counted: counted.text, approximate },
    next: Math.max(counted.next, unitsEnd, core.next),
  };
}

/** A scale noun standing alone, in any case: "тисяча", "тысячу", "сотня", "мільйоном", "дюжину". */
function scaleNounAt(ts: Token[], i: number): Core | null {
  const value = lookup(ts[i], L.scaleNouns);
  return value ? { low: value, high: value, next: i + 1, vague: null, wordsOnly: true } : null;
}

/** "a thousand", "a dozen", "one million", "half a million", "тисяча", "сотню". */
function singleScale(ts: Token[], i: number): Core | null {
  if (!lookup(ts[i], L.pluralScales)) {
    const noun = scaleNounAt(ts, i);
    if (noun) return noun;
  }
  const half = ts[i]?.lower === "half" && ts[i + 1]?.lower === "a";
  if (!half && !/^(?:a|one)$/u.test(ts[i]?.lower ?? "")) return null;
  const at = half ? i + 2 : i + 1;
  const scale =
    lookup(ts[at], L.scaleWords) ?? (ts[at]?.lower === "hundred" ? 100 : ts[at]?.lower === "dozen" ? 12 : undefined);
  if (!scale || ts[at]!.lower.length < 3) return null;
  const value = half ? scale / 2 : scale;
  return { low: value, high: value, next: at + 1, vague: null, wordsOnly: true };
}

/**
 * Every figure in `text` between `from` and `to`, in English, Ukrainian or Russian:
 * digits with any group separator, scale words, number words, vague quantities
 * (read as ranges), currencies and units, and the counted noun. Model numbers,
 * dates, years, times, ages, durations, references, and every number of a photo
 * caption or a line of page furniture are left out. `lang` decides how "86,262" reads:
 * a decimal comma in Ukrainian and Russian, a thousands separator otherwise.
 */
export function findFigures(text: string, from = 0, to = text.length, lang?: string): FoundFigure[] {
  const ts = tokenize(text, from, to, lang === "uk" || lang === "ru");
  const found: FoundFigure[] = [];
  const captions = new Map<number, boolean>();
  for (let i = 0; i < ts.length;) {
    const hit = mayStart(ts[i]!) ? figureAt(ts, i, text) : null;
    if (hit) {
      const line = text.lastIndexOf("\n", hit.figure.start - 1) + 1;
      if (!captions.has(line)) {
        const end = text.indexOf("\n", line);
        captions.set(line, isCaptionOrDebris(text.slice(line, end < 0 ? text.length : end)));
      }
      if (!captions.get(line)) found.push(hit.figure);
      i = hit.next;
    } else i++;
  }
  return found;
}
