import type { Quantity } from "@/lib/domain/quantity";
import type { ClaimKind, Stance } from "@/lib/domain/vocabulary";
import { changesIn } from "./changes";
import { claimantOf } from "./claimants";
import { EntityMatcher, type KnownEntity } from "./entities";
import { findFigures } from "./figures";
import { namesOf, References } from "./references";
import { agentsIn, chainOf, sameSpeaker, type Chain, type ChainContext } from "./relays";
import { handBackDenied, headlineAgent } from "./restated";
import { looksLikeOutlet, namerWithReferences, outletTest } from "./speaker-context";
import { attributionIn, negationIn, openingSpeaker, type Speaker } from "./speech";
import { backReference, backReferenceInside, hearsay } from "./speech-lexicon";
import {
  bodyParagraphs,
  overlaps,
  quotationsOf,
  sentencesOf,
  unquoteNames,
  within,
  type Quotation,
  type Range,
} from "./text";

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
  /** who said it first: "Mayorca" in "Mayorca told the BBC…" */
  speaker: Speaker | null;
  /** who passed it on to the article's outlet, nearest the speaker first: [BBC]; empty when nobody */
  reportedVia: Speaker[];
}

export interface ExtractOptions {
  /** the names and aliases of the article's own outlet, which never relays to itself ("передает RT" in RT) */
  outlet?: readonly string[];
}

const MIN_QUOTE_WORDS = 4;
const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A quotation is someone's words when a verb of saying stands right beside it:
 * after it ("…,” said X", "…», — заявив X") or just before it ("Trump said “…",
 * "commented in his Twitter: “…"). Scare quotes and titles have none. Its chain is
 * read from the words beside it: "…,” Kalashnikov said in an interview with RT".
 */
function quoteChain(
  text: string,
  q: Quotation,
  paragraph: Range,
  sentences: Range[],
  ctx: ChainContext,
  own: (s: Speaker) => boolean,
): Chain | null {
  const tail = text.slice(q.close + 1, paragraph.end);
  const stop = /[.!?…](?=\s|$)|[“«„"]/u.exec(tail);
  const after: Range = { start: q.close + 1, end: q.close + 1 + (stop ? stop.index : tail.length) };
  // words before another quotation introduce that one: "…” He continued “…"
  const afterCue = stop && /[“«„"]/u.test(stop[0]) ? null : attributionIn(ctx.text, after, ctx.name);
  if (afterCue && wordCount(text.slice(after.start, afterCue.cue.start)) <= 8)
    return chainOf(agentsIn(ctx, after), own);
  const sentence = sentences.find((s) => s.start <= q.open && q.open < s.end) ?? paragraph;
  const before: Range = { start: Math.min(sentence.start, q.open), end: q.open };
  const beforeCue = attributionIn(ctx.text, before, ctx.name);
  if (!beforeCue) return null;
  const between = text.slice(beforeCue.cue.end, q.open).trim();
  return wordCount(between) <= 1 || /[:,]$/u.test(between) ? chainOf(agentsIn(ctx, before), own) : null;
}

function stanceOf(passage: string, speaker: Speaker | null, kind: CandidateKind): Stance {
  if (kind === "quote") return "asserts";
  return speaker || hearsay.test(passage) ? "reports" : "asserts";
}

/**
 * Proposes candidate claims in an article's stored text: every figure (with its
 * range, unit and counted noun), quotations attributed to a speaker, reported
 * statements ("X said that…"), and denials or disputes. Each names its speaker and
 * the sources that relayed it (`reportedVia`); pronouns and short references ("he",
 * "the agency", «издание») stand for the name before them. Speakers are matched to
 * `entities` by any name or alias. Reader comments and page furniture are skipped.
 * Pure: no database, no framework.
 */
export function extractCandidates(
  text: string,
  lang: string,
  entities: readonly KnownEntity[] | EntityMatcher,
  options: ExtractOptions = {},
): CandidateDraft[] {
  const matcher = entities instanceof EntityMatcher ? entities : new EntityMatcher(entities);
  const paragraphs = bodyParagraphs(text);
  const quotations = paragraphs.map((p) => quotationsOf(text, p));
  const quoted = quotations.flat().filter((q) => wordCount(text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS);
  // names written in quotation marks («"Ростех" опроверг») read as names
  const plain = unquoteNames(text, paragraphs);
  const names = namesOf(
    plain,
    paragraphs,
    quoted.map((q) => q.inner),
    matcher,
  );
  const refs = new References(names, plain);
  const own = outletTest(options.outlet);
  const ctx: ChainContext = {
    text: plain,
    name: namerWithReferences(plain, matcher, refs),
    isOutlet: (s) => own(s) || refs.kindOf(s) === "outlet" || looksLikeOutlet(s),
  };
  const found: CandidateDraft[] = [];
  let previous: Range | null = null;
  let last: Chain | null = null;
  for (const [p, paragraph] of paragraphs.entries()) {
    const sentences = sentencesOf(text, paragraph, lang);
    const quotes: { q: Quotation; chain: Chain }[] = [];
    for (const q of quotations[p]!) {
      if (wordCount(text.slice(q.inner.start, q.inner.end)) < MIN_QUOTE_WORDS) continue;
      const chain = quoteChain(text, q, paragraph, sentences, ctx, own);
      if (!chain) continue;
      quotes.push({ q, chain });
      found.push({ ...q.inner, kind: "quote", stance: "asserts", quantity: null, ...chain });
    }
    const inQuotes = quotes.map((x) => x.q.inner);
    for (const sentence of sentences) {
      const passage = text.slice(sentence.start, sentence.end);
      const quote = quotes.find((x) => overlaps(x.q.inner, sentence));
      const agents = agentsIn(ctx, sentence, inQuotes);
      const headline = agents.length === 0 ? headlineAgent(plain, paragraph, sentence, ctx.name) : null;
      if (headline) agents.push(headline);
      for (const a of agents) refs.learn(a.who, { ...a, spoke: a.depth < 1 });
      const chain = inherit(chainOf(agents, own), last);
      if (chain.speaker) last = chain;
      // «Об этом пишет WSJ», "This was reported by Interfax": the chain of what was said before
      const words = plain.slice(sentence.start, sentence.end);
      if (chain.speaker && (backReference.test(words) || backReferenceInside.test(words))) {
        const earlier = sentence.start > paragraph.start ? paragraph : previous;
        if (earlier) passOn(found, { start: earlier.start, end: sentence.start }, chain);
        continue;
      }
      for (const figure of findFigures(text, sentence.start, sentence.end, lang)) {
        const inQuote = quotes.find((x) => within(figure, x.q.inner));
        const claimant = inQuote ? null : claimantOf(plain, sentence, figure, ctx.name);
        const said = inQuote ? inQuote.chain : claimant ? claimChain(claimant, agents, chain) : chain;
        const { start, end, ...quantity } = figure;
        const stance = stanceOf(passage, said.speaker, "figure");
        found.push({ start, end, kind: "figure", stance, quantity, ...said });
      }
      const negation = negationIn(passage);
      if (negation) {
        const span =
          quote && !within(sentence, quote.q.inner) && within(quote.q.inner, sentence)
            ? sentence
            : clip(sentence, quote?.q.inner);
        const denial =
          quote && within(span, quote.q.inner)
            ? quote.chain
            : denialChain(
                attributionIn(plain, sentence, ctx.name, { skip: inQuotes, denial: true })?.speaker ??
                  openingSpeaker(plain, sentence, matcher),
                agents,
                ctx,
                own,
              );
        found.push({ ...span, kind: "denial", stance: negation, quantity: null, ...denial });
      } else if (chain.speaker && !quote) {
        const stance = stanceOf(passage, chain.speaker, "statement");
        found.push({ ...sentence, kind: "statement", stance, quantity: null, ...chain });
      }
    }
    previous = paragraph;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  handBackDenied(found);
  return found;
}

/** «На борту, по его словам, …» after «NewsMaker со ссылкой на BBC сообщило, что, по данным X…»: X's next words came the same way. */
function inherit(chain: Chain, last: Chain | null): Chain {
  if (!chain.speaker || chain.reportedVia.length > 0 || !last?.speaker) return chain;
  const [was, is] = [last.speaker.text?.toLowerCase() ?? "", chain.speaker.text?.toLowerCase() ?? ""];
  // "венесуэльского журналиста Хавьера Майорки", then "его" read as "Хавьера Майорки"
  if (!sameSpeaker(last.speaker, chain.speaker) && !(is && was.endsWith(` ${is}`))) return chain;
  return { speaker: chain.speaker, reportedVia: last.reportedVia };
}

/** A figure inside a claim handed back to its claimant: theirs, relayed by whoever reports the sentence. */
function claimChain(claimant: Speaker, agents: ReturnType<typeof agentsIn>, chain: Chain): Chain {
  const reporters = agents.filter((a) => a.depth === 2).map((a) => a.who);
  return {
    speaker: claimant,
    reportedVia: chain.reportedVia.filter((r) => reporters.some((x) => sameSpeaker(x, r)) && !sameSpeaker(r, claimant)),
  };
}

/** A denial is the denier's; those who heard or reported it relay it («…опроверг…, передает RT»). */
function denialChain(
  speaker: Speaker | null,
  agents: ReturnType<typeof agentsIn>,
  ctx: ChainContext,
  own: (s: Speaker) => boolean,
): Chain {
  if (!speaker) return { speaker: null, reportedVia: [] };
  const relays = agents.filter((a) => a.depth > 0 || ctx.isOutlet(a.who));
  const chain = chainOf([{ who: speaker, depth: 0, at: -1 }, ...relays], own);
  return own(speaker) ? { speaker, reportedVia: chain.reportedVia } : chain;
}

/** Gives the chain of a sentence pointing back («Об этом пишет…») to the candidates before it. */
function passOn(found: CandidateDraft[], range: Range, chain: Chain) {
  for (const c of found) {
    if (c.start < range.start || c.start >= range.end) continue;
    if (!c.speaker) {
      Object.assign(c, chain);
      if (c.kind === "figure") c.stance = "reports";
      continue;
    }
    // «…назвал ложью заявление Болтона о 20 тыс. Об этом глава МИД написал»: who denied a claimant's figure does not relay it
    if (c.kind === "figure" && found.some((d) => d.kind === "denial" && within(c, d))) continue;
    const via = [...c.reportedVia];
    for (const r of [chain.speaker!, ...chain.reportedVia])
      if (!sameSpeaker(r, c.speaker) && !via.some((v) => sameSpeaker(v, r))) via.push(r);
    c.reportedVia = via;
  }
}

/** The part of a sentence inside a quotation, when the sentence runs past the quotation marks. */
function clip(sentence: Range, quote: Range | undefined): Range {
  if (!quote) return sentence;
  return { start: Math.max(sentence.start, quote.start), end: Math.min(sentence.end, quote.end) };
}

/**
 * The before-and-after pairs among an article's figures, read in its body as the extractor reads
 * them: "cut its staff from about 1,000 to just a few dozen", «скоротила з тисячі до кількох
 * десятків». Each is one source's earlier and later value: an update, never a disagreement.
 */
export function changesOf(text: string, lang: string): { from: Range; to: Range }[] {
  return bodyParagraphs(text).flatMap((p) =>
    changesIn(text, findFigures(text, p.start, p.end, lang)).map(({ from, to }) => ({
      from: { start: from.start, end: from.end },
      to: { start: to.start, end: to.end },
    })),
  );
}
