import { findFigures } from "@/lib/candidates/figures";
import { append } from "@/lib/collections";
import type { Quantity } from "@/lib/domain/figures";
import {
  contentLanguages,
  isNegating,
  sameClaimRelations,
  type RelationKind,
  type Stance,
} from "@/lib/domain/vocabulary";
import { skeletonPrefix } from "@/lib/text/names";
import { asContentLanguage, fold, stem, words, writtenWords } from "@/lib/text/words";

/**
 * Relations worth proposing between the claims of one event, for an editor to accept or
 * reject; nothing here is applied by itself. Plain data in, plain data out.
 *
 * - contradicts: a denial or dispute, and the claim it most likely answers in its aspect: the
 *   one whose speaker it names, whose words or figure it takes up, in the same article first;
 * - repeats: the same stated figure in the aspect from another source, in the same language;
 * - translates: the same, in another language ("20,000 Cubans", "20 тисяч кубинців");
 * - updates: a later, different figure of the same speaker (or the same outlet speaking for itself).
 */
export interface ProposalClaim {
  id: string;
  aspectId: string;
  /** the outlet, or the article when its outlet is unknown */
  sourceId: string;
  articleId: string;
  /** the article's language */
  lang: string;
  start: number;
  stance: Stance;
  speaker: { id: string; names: string[] } | null;
  quote: string;
  /** for a denial, the quote with the words around it in the article (other claims' are not read) */
  context: string;
  /** the article's date, ISO, when known */
  publishedAt: string | null;
  quantity: Quantity | null;
}

export interface Proposal {
  from: string;
  to: string;
  kind: RelationKind;
}

/** A pair the proposals leave alone: already related in some way, or a proposal once rejected. */
export type Related = Pick<Proposal, "from" | "to">;

/** How many proposals an editor's page of an event lists. */
export const PROPOSALS_PER_PAGE = 20;

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Earlier first: by date (unknown last), then by place in the same article. */
const earlier = (a: ProposalClaim, b: ProposalClaim) =>
  (a.publishedAt ?? "\uffff").localeCompare(b.publishedAt ?? "\uffff") ||
  (a.articleId === b.articleId ? a.start - b.start : a.articleId.localeCompare(b.articleId));

// Words too common to say that two claims speak of the same thing.
const COMMON = new Set(
  (
    "the a an and or of to in on for with that this is are was were be been has have had it its by as at from " +
    "will would not no but than said says і й та в у на з із до що це як не за від по а але и в во с со что это как не за от по но"
  ).split(" "),
);

/** A text's stems, without common words and bare numbers. */
export type Stems = (text: string, lang: string) => Set<string>;

/** Stems for one run of the proposals: each distinct written word is folded and stemmed once. */
export function stemmer(): Stems {
  const known = new Map<string, string | null>();
  return (text, lang) => {
    const l = asContentLanguage(lang);
    const found = new Set<string>();
    for (const written of writtenWords(text)) {
      const key = `${l}\u0000${written}`;
      let stemmed = known.get(key);
      if (stemmed === undefined) {
        const word = fold(written);
        stemmed = word.length > 2 && !COMMON.has(word) && !/^\p{N}+$/u.test(word) ? stem(word, l) : null;
        known.set(key, stemmed);
      }
      if (stemmed !== null) found.add(stemmed);
    }
    return found;
  };
}

/** The stems a speaker is named by in a text: the last word of each of its names, as each language stems it. */
const nameStems = new WeakMap<NonNullable<ProposalClaim["speaker"]>, string[]>();
function namedBy(speaker: NonNullable<ProposalClaim["speaker"]>): string[] {
  let found = nameStems.get(speaker);
  if (!found) {
    const lasts = speaker.names.flatMap((name) => words(name).at(-1)?.word ?? []);
    found = [...new Set(lasts.flatMap((w) => contentLanguages.map((l) => stem(w, l))))];
    nameStems.set(speaker, found);
  }
  return found;
}

/** Whether a text (its stems) names a speaker, in any grammatical case. */
const names = (text: Set<string>, speaker: ProposalClaim["speaker"]) =>
  !!speaker && namedBy(speaker).some((s) => text.has(s));

/** A claim a denial may answer, with its place in the aspect's order and its quote's stems. */
export interface Answerable {
  claim: ProposalClaim;
  index: number;
  theirs: Set<string>;
}

/** How many of a quote's stems the words around a denial take up, counted to 3. */
function sharedStems(theirs: Set<string>, around: Set<string>): number {
  let shared = 0;
  for (const s of theirs) if (around.has(s) && ++shared === 3) break;
  return shared;
}

/** What a denial says, as its answer is scored: the stems of its quote and of the words around it, and their figures. */
export interface DenialWords {
  own: Set<string>;
  around: Set<string>;
  /** the stated figures around it ("20,000", "20 тисяч" as 20000) */
  figures: Set<number>;
}

/** A denial's words and figures, read once for all the claims it is scored against. */
export const denialWords = (denial: ProposalClaim, stems: Stems): DenialWords => ({
  own: stems(denial.quote, denial.lang),
  around: stems(denial.context, denial.lang),
  figures: new Set(findFigures(denial.context).map((f) => f.stated.low)),
});

/** What a claim's speaker and figure score for a denial: named in its quote 4, around it 2; its figure taken up 2. */
const namedAndFigure = (claim: ProposalClaim, { own, around, figures }: DenialWords) =>
  (names(own, claim.speaker) ? 4 : names(around, claim.speaker) ? 2 : 0) +
  (claim.quantity !== null && figures.has(claim.quantity.stated.low) ? 2 : 0);

/** A denial cannot answer its own speaker, nor, when neither names one, its own outlet. */
const selfAnswer = (denial: ProposalClaim, claim: ProposalClaim) =>
  denial.speaker && claim.speaker
    ? denial.speaker.id === claim.speaker.id
    : !denial.speaker && !claim.speaker && denial.sourceId === claim.sourceId;

/**
 * How likely `denial` answers `claim`, 0 when it cannot: its speaker named (4 in the denial's
 * words, 2 around them), the same article (2), up to 3 words taken up, its figure taken up (2).
 */
export function answerScore(denial: ProposalClaim, { claim, theirs }: Answerable, words: DenialWords) {
  if (selfAnswer(denial, claim)) return 0;
  return (
    namedAndFigure(claim, words) + (claim.articleId === denial.articleId ? 2 : 0) + sharedStems(theirs, words.around)
  );
}

/**
 * For each denial of an aspect, the claim it most likely answers: the highest score of at least 3,
 * the earliest of equals. Claims of one speaker and one stated figure score alike but for the
 * article and the words, so they are read as a group, best group first, and a group stops at its
 * first claim that takes up 3 words: the same answer as scoring every pair, without reading most
 * of them in a big event.
 */
export function answers(denials: readonly ProposalClaim[], affirming: readonly Answerable[], stems: Stems) {
  const groups = new Map<string, Answerable[]>();
  const byArticle = new Map<string, Answerable[]>();
  for (const a of affirming) {
    append(groups, `${a.claim.speaker?.id ?? ""}\u0000${a.claim.quantity?.stated.low ?? ""}`, a);
    append(byArticle, a.claim.articleId, a);
  }
  const found: [ProposalClaim, ProposalClaim][] = [];
  for (const denial of denials) {
    const words = denialWords(denial, stems);
    // none yet: the least score that may answer, at no place
    let best = { score: 3, index: Infinity, claim: null as ProposalClaim | null };
    const consider = (a: Answerable, score: number) => {
      if (score > best.score || (score === best.score && a.index < best.index))
        best = { score, index: a.index, claim: a.claim };
    };
    for (const a of byArticle.get(denial.articleId) ?? []) consider(a, answerScore(denial, a, words));
    const ranked = [...groups.values()]
      .filter(([first]) => !denial.speaker || first!.claim.speaker?.id !== denial.speaker.id)
      .map((members) => ({ members, base: namedAndFigure(members[0]!.claim, words) }))
      .sort((x, y) => y.base - x.base);
    for (const { members, base } of ranked) {
      if (base + 3 < best.score) break;
      for (const a of members) {
        if (base + 3 < best.score || (base + 3 === best.score && a.index > best.index)) break;
        if (a.claim.articleId === denial.articleId || selfAnswer(denial, a.claim)) continue;
        const shared = sharedStems(a.theirs, words.around);
        consider(a, base + shared);
        if (shared === 3) break;
      }
    }
    if (best.claim) found.push([denial, best.claim]);
  }
  return found;
}

/** The words of a counted thing meet across languages when two of them share a Latin skeleton's first letters. */
function countedMeets(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const keys = (s: string) =>
    new Set(
      words(s)
        .filter((w) => w.word.length > 3)
        .map((w) => skeletonPrefix(w.word)),
    );
  const theirs = keys(b);
  return [...keys(a)].some((k) => theirs.has(k));
}

const sameStated = (a: Quantity, b: Quantity) =>
  a.unit === b.unit &&
  a.stated.low === b.stated.low &&
  a.stated.high === b.stated.high &&
  a.stated.vagueness === b.stated.vagueness;

export function proposeRelations(claims: readonly ProposalClaim[], related: readonly Related[] = []): Proposal[] {
  const taken = new Set(related.map((r) => pairKey(r.from, r.to)));
  const found: Proposal[] = [];
  const propose = (from: ProposalClaim, to: ProposalClaim, kind: RelationKind) => {
    const key = pairKey(from.id, to.id);
    if (taken.has(key)) return;
    taken.add(key);
    found.push({ from: from.id, to: to.id, kind });
  };

  const stems = stemmer();
  const aspects = new Map<string, ProposalClaim[]>();
  for (const c of claims) append(aspects, c.aspectId, c);
  for (const group of aspects.values()) {
    const ordered = [...group].sort(earlier);

    // each claim's words are stemmed once, not once per denial
    const affirming = ordered
      .filter((c) => !isNegating(c.stance))
      .map((claim, index) => ({ claim, index, theirs: stems(claim.quote, claim.lang) }));
    const denials = ordered.filter((c) => isNegating(c.stance));
    for (const [denial, claim] of answers(denials, affirming, stems)) propose(denial, claim, "contradicts");

    // each figure against the earlier ones that state the same (repeats, translates) and the
    // earlier ones of its speaker in its unit (updates), found by key instead of by a scan
    const figures = ordered.filter((c): c is ProposalClaim & { quantity: Quantity } => c.quantity !== null);
    const speaker = (c: ProposalClaim) => c.speaker?.id ?? `source:${c.sourceId}`;
    const stated = (q: Quantity) => JSON.stringify([q.unit, q.stated.low, q.stated.high, q.stated.vagueness]);
    const sameBefore = new Map<string, (typeof figures)[number][]>();
    const speakerBefore = new Map<string, (typeof figures)[number][]>();
    for (const later of figures) {
      const sameKey = stated(later.quantity);
      const speakerKey = `${speaker(later)}\u0000${later.quantity.unit}`;
      const same = sameBefore
        .get(sameKey)
        ?.find(
          (c) =>
            c.sourceId !== later.sourceId &&
            (c.lang !== later.lang || countedMeets(c.quantity.counted, later.quantity.counted)),
        );
      if (same) propose(later, same, same.lang === later.lang ? "repeats" : "translates");
      const previous = speakerBefore
        .get(speakerKey)
        ?.findLast((c) => !sameStated(c.quantity, later.quantity) && earlier(c, later) < 0);
      if (previous) propose(later, previous, "updates");
      append(sameBefore, sameKey, later);
      append(speakerBefore, speakerKey, later);
    }
  }
  return found;
}

/** Whether a relation of `kind` between `from` and `to` is the same as one stored between `a` and `b`. */
export const sameRelation = (kind: RelationKind, from: string, to: string, a: string, b: string) =>
  (from === a && to === b) || (sameClaimRelations.includes(kind) && from === b && to === a);
