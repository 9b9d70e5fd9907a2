import type { Quantity } from "@/lib/domain/figures";
import { isNegating, sameClaimRelations, type RelationKind, type Stance } from "@/lib/domain/vocabulary";
import { asSearchLanguage, stem, words } from "@/lib/search/words";
import { skeletonPrefix } from "@/lib/text/names";

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
  /** the quote with the words around it in the article */
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

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

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

function stems(text: string, lang: string): Set<string> {
  const l = asSearchLanguage(lang);
  return new Set(
    words(text)
      .filter((w) => w.word.length > 2 && !COMMON.has(w.word) && !/^\p{N}+$/u.test(w.word))
      .map((w) => stem(w.word, l)),
  );
}

/** The stems a speaker is named by in a text: the last word of each of its names, as each language stems it. */
const nameStems = new WeakMap<NonNullable<ProposalClaim["speaker"]>, string[]>();
function namedBy(speaker: NonNullable<ProposalClaim["speaker"]>): string[] {
  let found = nameStems.get(speaker);
  if (!found) {
    const lasts = speaker.names.flatMap((name) => words(name).at(-1)?.word ?? []);
    found = [...new Set(lasts.flatMap((w) => (["en", "uk", "ru"] as const).map((l) => stem(w, l))))];
    nameStems.set(speaker, found);
  }
  return found;
}

/** Whether a text (its stems) names a speaker, in any grammatical case. */
const names = (text: Set<string>, speaker: ProposalClaim["speaker"]) =>
  !!speaker && namedBy(speaker).some((s) => text.has(s));

/** How likely `denial` answers `claim` (whose quote's stems are `theirs`); 0 when it cannot. */
function answerScore(
  denial: ProposalClaim,
  claim: ProposalClaim,
  theirs: Set<string>,
  own: Set<string>,
  around: Set<string>,
): number {
  if (denial.speaker && claim.speaker && denial.speaker.id === claim.speaker.id) return 0;
  if (!denial.speaker && !claim.speaker && denial.sourceId === claim.sourceId) return 0;
  let shared = 0;
  for (const s of theirs) if (around.has(s) && ++shared === 3) break;
  const figure = claim.quantity !== null && around.has(String(claim.quantity.stated.low));
  return (
    (names(own, claim.speaker) ? 4 : names(around, claim.speaker) ? 2 : 0) +
    (claim.articleId === denial.articleId ? 2 : 0) +
    Math.min(shared, 3) +
    (figure ? 2 : 0)
  );
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

  const aspects = new Map<string, ProposalClaim[]>();
  for (const c of claims) {
    const group = aspects.get(c.aspectId);
    if (group) group.push(c);
    else aspects.set(c.aspectId, [c]);
  }
  for (const group of aspects.values()) {
    const ordered = [...group].sort(earlier);

    // each claim's words are stemmed once, not once per denial
    const affirming = ordered
      .filter((c) => !isNegating(c.stance))
      .map((claim) => ({ claim, theirs: stems(claim.quote, claim.lang) }));
    for (const denial of ordered.filter((c) => isNegating(c.stance))) {
      const [own, around] = [stems(denial.quote, denial.lang), stems(denial.context, denial.lang)];
      let best: { claim: ProposalClaim; score: number } | null = null;
      for (const { claim, theirs } of affirming) {
        const score = answerScore(denial, claim, theirs, own, around);
        if (score >= 3 && score > (best?.score ?? 0)) best = { claim, score };
      }
      if (best) propose(denial, best.claim, "contradicts");
    }

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
      for (const [map, key] of [
        [sameBefore, sameKey],
        [speakerBefore, speakerKey],
      ] as const) {
        const list = map.get(key);
        if (list) list.push(later);
        else map.set(key, [later]);
      }
    }
  }
  return found;
}

/** Whether a relation of `kind` between `from` and `to` is the same as one stored between `a` and `b`. */
export const sameRelation = (kind: RelationKind, from: string, to: string, a: string, b: string) =>
  (from === a && to === b) || (sameClaimRelations.includes(kind) && from === b && to === a);
