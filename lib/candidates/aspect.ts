import { getT } from "@/i18n/fixed";
import { currencyName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { isCurrency, MEASURES, type Stated } from "@/lib/domain/figures";
import type { ClaimKind } from "@/lib/domain/vocabulary";
import { wordKeys } from "@/lib/text/word-keys";

/** An aspect a candidate may go to, with what its claims say so far. */
export interface AspectProfile {
  id: string;
  eventId: string;
  kind: "numeric" | "categorical";
  unit: string | null;
  /** its question in every language it has */
  questions: string[];
  /** some of its confirmed claims: `stated` is a figure's value as the text gives it, null for words */
  claims: {
    quote: string;
    lang: string;
    unit: string | null;
    counted: string | null;
    stated: Stated | null;
    speakerId: string | null;
  }[];
}

export interface CandidateProfile {
  quote: string;
  lang: string;
  kind: ClaimKind;
  speakerId: string | null;
  quantity: { unit: string | null; counted: string | null; stated: Stated } | null;
}

export type Confidence = "high" | "low";

/** An aspect to create for a figure no aspect fits: its question in the interface language. */
export interface NewAspect {
  question: string;
  kind: "numeric";
  unit: string | null;
}

/**
 * Where a candidate's claim would go: an existing aspect (`aspectId`) or a new one (`newAspect`),
 * never both, and how sure the proposal is. A low one is confirmed by the editor before accepting.
 */
export type AspectProposal =
  | { aspectId: string; newAspect?: never; confidence: Confidence }
  | { aspectId?: never; newAspect: NewAspect; confidence: Confidence };

/** Units as editors may type an aspect's, under the names the extractor gives them ("tonnes": "tons"). */
const UNIT_NAMES: [RegExp, string][] = [
  [/^(?:t|tons?|tonnes?|тонн[аиы]?|тон)$/u, "tons"],
  [/^(?:bbl|barrels?|барел[ьіи]в?|баррел(?:ь|и|ей))$/u, "barrels"],
  [/^(?:percent|per cent|відсот(?:ок|ки|ків)|процент(?:ы|ов)?)$/u, "%"],
  [/^(?:\$|dollars?|долар(?:и|ів)?|доллар(?:ы|ов)?)$/u, "USD"],
  [/^(?:€|euros?|євро|евро)$/u, "EUR"],
];
const canonicalUnit = (unit: string | null) =>
  unit === null ? null : (UNIT_NAMES.find(([re]) => re.test(unit.trim().toLowerCase()))?.[1] ?? unit.trim());

/** What a unit measures: "money" (any currency), a measure ("tons", "%"), or "count" (people or things). */
const unitClass = (unit: string | null): string => {
  const u = canonicalUnit(unit);
  return isCurrency(u) ? "money" : u !== null && MEASURES.includes(u) ? u : "count";
};

const keysOf = wordKeys;

/** What an aspect is known by: its questions and claims, as keys, figures and speakers. */
function describe(aspect: AspectProfile) {
  // the questions and counted words say what the aspect counts; its claims' words, what it is about
  const counted = new Set([
    // a question's language is not kept: a Cyrillic one is stemmed as both Ukrainian and Russian
    ...aspect.questions.flatMap((q) => [...keysOf(q, "uk"), ...keysOf(q, "ru")].flat()),
    ...aspect.claims.flatMap((c) => keysOf(c.counted, c.lang).flat()),
  ]);
  const said = new Set([...counted, ...aspect.claims.flatMap((c) => keysOf(c.quote, c.lang).flat())]);
  const figures = aspect.claims.filter((c) => c.stated !== null);
  // a unit the aspect declares decides; without one, the units of its figures so far (none: any)
  const units = new Set(aspect.unit !== null ? [unitClass(aspect.unit)] : figures.map((c) => unitClass(c.unit)));
  const speakers = new Set(aspect.claims.map((c) => c.speakerId).filter((s) => s !== null));
  return { aspect, counted, said, figures, units, speakers };
}
type Described = ReturnType<typeof describe>;
// an article's candidates are each weighed against the same profiles: each is described once
const described = new WeakMap<AspectProfile, Described>();
const describeOnce = (aspect: AspectProfile) =>
  described.get(aspect) ?? described.set(aspect, describe(aspect)).get(aspect)!;

/** What speaks for one aspect. */
interface Evidence {
  /** the same figure (10 or more), in the same kind of unit, is already one of its claims */
  figure: boolean;
  /** it is in the candidate's money or measure (a count is too common to tell aspects apart) */
  unit: boolean;
  /** how many of the counted words its question or counted words share */
  counted: number;
  /** how many of the candidate's other words its question or claims share */
  words: number;
  /** the candidate's speaker is the speaker of one of its claims */
  speaker: boolean;
}

const score = (e: Evidence, categorical: boolean) =>
  (e.figure ? 4 : 0) +
  (e.unit ? 2 : 0) +
  2 * Math.min(e.counted, 2) +
  Math.min(e.words, 2) +
  (e.speaker ? 1 : 0) +
  (categorical ? 1 : 0);

/** Whether the evidence alone names the aspect: the same figure, the counted thing, or a distinctive unit when nothing is named. */
const decisive = (e: Evidence, named: boolean) => e.figure || e.counted > 0 || (e.unit && !named);

/** The same figure as stated; a small one ("two planes") is too common to tell anything. */
const sameStated = (a: Stated, b: Stated) =>
  b.high >= 10 && a.low === b.low && a.high === b.high && a.vagueness === b.vagueness;

/** Counts the words of which some key is in `keys` and not in `common` (keys every aspect has tell none apart). */
const shared = (own: string[][], keys: Set<string>, common: Set<string>) =>
  own.filter((word) => word.some((k) => keys.has(k) && !common.has(k))).length;

/** The keys every one of several aspects has. */
function commonKeys(aspects: Described[]): Set<string> {
  if (aspects.length < 2) return new Set();
  return new Set([...aspects[0]!.said].filter((k) => aspects.every((a) => a.said.has(k))));
}

function evidenceFor(candidate: CandidateProfile, a: Described, common: Set<string>): Evidence {
  const q = candidate.quantity;
  const counted = keysOf(q?.counted ?? null, candidate.lang);
  const countedKeys = new Set(counted.flat());
  const rest = keysOf(candidate.quote, candidate.lang).filter((w) => !w.some((k) => countedKeys.has(k)));
  const cls = q && unitClass(q.unit);
  return {
    figure: !!q && a.figures.some((c) => unitClass(c.unit) === cls && sameStated(c.stated!, q.stated)),
    unit: cls !== null && cls !== "count" && a.units.has(cls),
    counted: shared(counted, a.counted, common),
    words: shared(rest, a.said, common),
    speaker: candidate.speakerId !== null && a.speakers.has(candidate.speakerId),
  };
}

/**
 * The question of a new aspect for a figure, in the interface language, with the counted words
 * as the article gives them: "How many “Russian soldiers”?", "Скільки тонн «вантажу»?".
 * Null when nothing names what it counts (a bare count).
 */
export function newAspectQuestion(quantity: { unit: string | null; counted: string | null }, lng: Lng) {
  const t = getT(lng, "candidates");
  const counted = quantity.counted?.trim() || null;
  const unit = canonicalUnit(quantity.unit);
  const cls = unitClass(unit);
  if (cls === "money") {
    const name = currencyName(lng, unit!);
    return counted ? t("question.moneyOf", { counted, unit: name }) : t("question.money", { unit: name });
  }
  if (cls === "%") return counted ? t("question.percentOf", { counted }) : t("question.percent");
  if (cls !== "count") {
    const name = t(`unitNames.${cls}` as "unitNames.tons");
    return counted ? t("question.measureOf", { counted, unit: name }) : t("question.measure", { unit: name });
  }
  return counted ? t("question.count", { counted }) : null;
}

/** A new numeric aspect in the figure's unit, when its question can be worded. */
function proposeNew(candidate: CandidateProfile, confidence: Confidence, lng: Lng): AspectProposal | null {
  const q = candidate.quantity;
  const question = q && newAspectQuestion(q, lng);
  return question ? { newAspect: { question, kind: "numeric", unit: canonicalUnit(q.unit) }, confidence } : null;
}

/**
 * The aspect a candidate's claim most likely belongs to, and how sure that is.
 *
 * For a figure the unit decides first: only numeric aspects in the same kind of unit (people or
 * things, a currency, a measure) may take it. Among them, the same figure already claimed in one
 * is strong evidence; the counted thing ("Russian soldiers", «кубинських військових») met in an
 * aspect's question or counted words, across languages, is the next; a distinctive unit alone
 * (money, tonnes) names the only aspect in it; the candidate's other words and its speaker among
 * the aspect's speakers weigh less. The proposal is high when decisive evidence names one aspect
 * ahead of the others, in a unit it declares; low otherwise. When no aspect is in the figure's
 * unit, a new aspect (high); when its counted thing meets no aspect, a new aspect (low).
 *
 * For words (statement, denial, quote): the aspect sharing most words and speakers, a
 * categorical one first; high when at least two words and ahead of the others.
 * Null when nothing speaks for any aspect and no new one can be worded: the editor chooses.
 */
export function suggestAspect(
  candidate: CandidateProfile,
  aspects: readonly AspectProfile[],
  lng: Lng,
): AspectProposal | null {
  const q = candidate.quantity;
  const cls = q && unitClass(q.unit);
  const eligible = aspects
    .map(describeOnce)
    .filter((a) => !q || (a.aspect.kind === "numeric" && (a.units.size === 0 || a.units.has(cls!))));
  if (q && eligible.length === 0) return proposeNew(candidate, "high", lng);
  const common = commonKeys(eligible);
  const ranked = eligible
    .map((a) => {
      const evidence = evidenceFor(candidate, a, common);
      return { a, evidence, score: score(evidence, !q && a.aspect.kind === "categorical") };
    })
    .sort((x, y) => y.score - x.score);
  const [best, second] = ranked;
  const ahead = !!best && best.score > (second?.score ?? 0);
  if (q) {
    const named = !!q.counted?.trim();
    if (!best || !decisive(best.evidence, named)) {
      // an aspect in the same money or measure, or one with some words in common when nothing is
      // named, may still be it; a named thing that meets no aspect is most likely a new question
      if (best && (best.evidence.unit || (!named && best.score > 0)))
        return { aspectId: best.a.aspect.id, confidence: "low" };
      return proposeNew(candidate, "low", lng);
    }
    const declared = best.a.aspect.unit !== null;
    return { aspectId: best.a.aspect.id, confidence: ahead && declared ? "high" : "low" };
  }
  if (!best || best.score - (best.a.aspect.kind === "categorical" ? 1 : 0) === 0) return null;
  return { aspectId: best.a.aspect.id, confidence: ahead && best.evidence.words >= 2 ? "high" : "low" };
}
