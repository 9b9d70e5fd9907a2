import type { Quantity } from "@/lib/domain/quantity";
import type { ClaimKind, Stance } from "@/lib/domain/vocabulary";
import { EntityMatcher, type KnownEntity } from "./entities";
import { findFigures } from "./figures";
import { hearsay } from "./lexicon";
import { attributionIn, negationIn, openingSpeaker, type Speaker } from "./speech";
import { bodyParagraphs, overlaps, quotationsOf, sentencesOf, within, type Quotation, type Range } from "./text";

/** A candidate is of the same kinds as the claim it may become. */
export type CandidateKind = ClaimKind;

/** A claim the extractor proposes; an editor accepts or rejects it. */
export interface CandidateDraft {
  /** offsets into the stored text (UTF-16 code units) */
  start: number;
  end: number;
  kind: CandidateKind;
  stance: Stance;
  quantity: Quantity | null;
  speaker: Speaker | null;
}

const MIN_QUOTE_WORDS = 4;
const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A quotation is someone's words when a verb of saying stands right beside it:
 * after it ("…,” said X", "…», — заявив X") or just before it ("Trump said “…",
 * "commented in his Twitter: “…"). Scare quotes and titles have none.
 */
function quoteSpeaker(
  text: string,
  q: Quotation,
  paragraph: Range,
  sentences: Range[],
  matcher: EntityMatcher,
): { speaker: Speaker | null } | null {
  const tail = text.slice(q.close + 1, paragraph.end);
  const stop = /[.!?…](?=\s|$)|[“«„"]/u.exec(tail);
  const after: Range = { start: q.close + 1, end: q.close + 1 + (stop ? stop.index : tail.length) };
  // words before another quotation introduce that one: "…” He continued “…"
  const afterCue = stop && /[“«„"]/u.test(stop[0]) ? null : attributionIn(text, after, matcher);
  if (afterCue && wordCount(text.slice(after.start, afterCue.cue.start)) <= 8) return { speaker: afterCue.speaker };
  const sentence = sentences.find((s) => s.start <= q.open && q.open < s.end) ?? paragraph;
  const before: Range = { start: Math.min(sentence.start, q.open), end: q.open };
  const beforeCue = attributionIn(text, before, matcher);
  if (!beforeCue) return null;
  const between = text.slice(beforeCue.cue.end, q.open).trim();
  return wordCount(between) <= 1 || /[:,]$/u.test(between) ? { speaker: beforeCue.speaker } : null;
}

function stanceOf(passage: string, speaker: Speaker | null, kind: CandidateKind): Stance {
  if (kind === "quote") return "asserts";
  return speaker || hearsay.test(passage) ? "reports" : "asserts";
}

/**
 * Proposes candidate claims in an article's stored text: every figure (with its
 * range, unit and counted noun), quotations attributed to a speaker, reported
 * statements ("X said that…"), and denials or disputes. Speakers are matched to
 * `entities` by any name or alias. Reader comments and page furniture are skipped.
 * Pure: no database, no framework.
 */
export function extractCandidates(
  text: string,
  lang: string,
  entities: readonly KnownEntity[] | EntityMatcher,
): CandidateDraft[] {
  const matcher = entities instanceof EntityMatcher ? entities : new EntityMatcher(entities);
  const found: CandidateDraft[] = [];
  for (const paragraph of bodyParagraphs(text)) {
    const sentences = sentencesOf(text, paragraph, lang);
    const quotes: { q: Quotation; speaker: Speaker | null }[] = [];
    for (const q of quotationsOf(text, paragraph)) {
      if (wordCount(text.slice(q.inner.start, q.inner.end)) < MIN_QUOTE_WORDS) continue;
      const attributed = quoteSpeaker(text, q, paragraph, sentences, matcher);
      if (!attributed) continue;
      quotes.push({ q, speaker: attributed.speaker });
      found.push({ ...q.inner, kind: "quote", stance: "asserts", quantity: null, speaker: attributed.speaker });
    }
    const quoted = quotes.map((x) => x.q.inner);
    for (const sentence of sentences) {
      const passage = text.slice(sentence.start, sentence.end);
      const quote = quotes.find((x) => overlaps(x.q.inner, sentence));
      const attribution = attributionIn(text, sentence, matcher, { skip: quoted });
      for (const figure of findFigures(text, sentence.start, sentence.end)) {
        const inQuote = quotes.find((x) => within(figure, x.q.inner));
        const speaker = inQuote ? inQuote.speaker : (attribution?.speaker ?? null);
        const { start, end, ...quantity } = figure;
        found.push({ start, end, kind: "figure", stance: stanceOf(passage, speaker, "figure"), quantity, speaker });
      }
      const negation = negationIn(passage);
      if (negation) {
        const span =
          quote && !within(sentence, quote.q.inner) && within(quote.q.inner, sentence)
            ? sentence
            : clip(sentence, quote?.q.inner);
        const speaker =
          quote && within(span, quote.q.inner)
            ? quote.speaker
            : (attributionIn(text, sentence, matcher, { skip: quoted, denial: true })?.speaker ??
              openingSpeaker(text, sentence, matcher));
        found.push({ ...span, kind: "denial", stance: negation, quantity: null, speaker });
      } else if (attribution?.speaker && !quote) {
        found.push({
          ...sentence,
          kind: "statement",
          stance: stanceOf(passage, attribution.speaker, "statement"),
          quantity: null,
          speaker: attribution.speaker,
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The part of a sentence inside a quotation, when the sentence runs past the quotation marks. */
function clip(sentence: Range, quote: Range | undefined): Range {
  if (!quote) return sentence;
  return { start: Math.max(sentence.start, quote.start), end: Math.min(sentence.end, quote.end) };
}
