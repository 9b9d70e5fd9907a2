import type { FoundFigure } from "./figures";
import * as L from "./lexicon";
import { isYearAt } from "./not-figures";
import { is, isSign, lookup, tokenize, type Token } from "./tokens";

/*
 * Before and after: "cut its staff from about 1,000 to just a few dozen", «сократилась с
 * тысячи до нескольких десятков», «скоротила з тисячі до декількох десятків». The two
 * figures are one source's earlier and later value, never a disagreement between them.
 */

/** A figure and what became of it, as one source states both. */
export interface Change {
  from: FoundFigure;
  to: FoundFigure;
}

const isSentenceEnd = (t: Token) => isSign(t, ".", "!", "?", "…", ";");
// «с тысячи», «з тисячі» open a change; "from", «от», «від» as often open a range ("від 2 до 9 млрд")
const OPENS_CHANGE = /^(?:с|со|з|із|зі)$/u;
const LEADS_NUMBER = /^(?:a|an|about|around|some|nearly|almost|близько|приблизно|майже|около|примерно|почти)$/u;
// words between "to" and the later figure: "to just a few dozen", «до лише кількох»
const SOFTENERS = /^(?:just|only|merely|barely|лише|лишень|всього|усього|лишь|всего|только|тільки)$/u;

/** Whether the tokens from `i` begin a number (not a year): "about 1,000", "a thousand", «тисячі», «нескольких». */
function startsNumber(ts: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && ts[k]; k++) {
    const t = ts[k]!;
    if (t.type === "number") return !isYearAt(ts, k);
    const scale = lookup(t, L.scaleNouns) ?? lookup(t, L.pluralScales) ?? lookup(t, L.scaleWords);
    if (scale || lookup(t, L.numberWords) || is(t, L.hundredWord) || is(t, L.fewWords)) return true;
    if (!LEADS_NUMBER.test(t.lower)) return false;
  }
  return false;
}

/** Whether the word at `i` opens a figure: "from about 1,000", «с тысячи», «з 20», «від 2». */
export const startsFrom = (ts: Token[], i: number) => is(ts[i], L.fromWords) && startsNumber(ts, i + 1);

/** The tokens of the sentence before `i`, nearest first. */
function* back(ts: Token[], i: number): Generator<number> {
  for (let k = i - 1; k >= 0 && !isSentenceEnd(ts[k]!); k--) yield k;
}

/**
 * Whether "to", "до" or "up to" at token `i` ends a change: a word of change ("cut", "down",
 * «скоротилася», «выросло») or a figure opened by «с»/«з» comes before it in the sentence.
 */
export function endsChange(ts: Token[], i: number): boolean {
  for (const k of back(ts, i))
    if (is(ts[k], L.changeWords) || (is(ts[k], OPENS_CHANGE) && startsNumber(ts, k + 1))) return true;
  return false;
}

/** Whether "to" or "до" at `i` ends a change or a range ("від 2 до 9"), so the figure after it is no bound. */
export function endsChangeOrRange(ts: Token[], i: number): boolean {
  if (endsChange(ts, i)) return true;
  for (const k of back(ts, i)) if (startsFrom(ts, k)) return true;
  return false;
}

/** Whether the figure at `i` opens or closes a change or a range: "from a thousand", "… до тисячі". */
export const boundsChangeOrRange = (ts: Token[], i: number) =>
  startsFrom(ts, i - 1) || (is(ts[i - 1], /^(?:to|до)$/u) && endsChangeOrRange(ts, i - 1));

/** Where the sentence holding `at` begins in `text`. */
function sentenceStart(text: string, at: number): number {
  const ends = ["\n", ". ", "! ", "? ", "… "].map((s) => text.lastIndexOf(s, at - 1) + s.length);
  return Math.max(0, ...ends.filter((e) => e > 0 && e <= at));
}

/** Units agree when both are stated, and a change may state its unit once: "from 5 to 10%". */
const sameUnit = (a: FoundFigure, b: FoundFigure) => !a.unit || !b.unit || a.unit === b.unit;

/**
 * The before-and-after pairs among `figures` (as `findFigures` read them from `text`), each in one
 * sentence: "from X to Y" beside a word of change, «с X до Y», «з X до Y», "X … down to Y", and
 * "X … cut/скоротилася/выросло … to/до Y". "From 2 to 9 billion" and «від 2 до 9» are ranges.
 */
export function changesIn(text: string, figures: FoundFigure[]): Change[] {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const changes: Change[] = [];
  for (let n = 1; n < sorted.length; n++) {
    const [from, to] = [sorted[n - 1]!, sorted[n]!];
    if (!sameUnit(from, to) || /[\n!?…;]|\.(?!\d)/u.test(text.slice(from.end, to.start))) continue;
    // the sentence up to the later figure's first word, with its "up to" or «до» if it took them as a bound
    const lead = tokenize(text, to.start, to.end).filter((t, k) => k < 2 && /^(?:up|to|до)$/u.test(t.lower));
    const ts = [...tokenize(text, sentenceStart(text, from.start), to.start), ...lead];
    let k = ts.length - 1;
    while (k >= 0 && is(ts[k], SOFTENERS)) k--;
    if (is(ts[k], /^(?:to|до)$/u) && ts[k]!.start >= from.end && endsChange(ts, k)) changes.push({ from, to });
  }
  return changes;
}
