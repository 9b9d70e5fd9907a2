import type { AgentKind, Gender } from "./references";
import { phraseAfter, phraseBefore, subjectAfter, subjectBefore, type Namer, type Speaker } from "./speech";
import {
  citingPhrases,
  ownWordsPhrases,
  pronounWordsPhrases,
  quotingVerbs,
  relayPhrases,
  reportingVerbs,
  sayingVerbs,
  sourcePhrases,
  tellingVerbs,
} from "./speech-lexicon";
import { overlaps, type Range } from "./text";

/** Who said a thing, and who passed it on to the article's outlet, nearest the speaker first. */
export interface Chain {
  speaker: Speaker | null;
  reportedVia: Speaker[];
}

/**
 * How far an agent stands from the words: 0 says them ("X said", "по словам X"), 1
 * heard or cited them ("told the BBC", "со ссылкой на X", "in an interview with RT"),
 * 1.5 is a source ("according to X", "по данным X"), 2 reports them ("передает RT",
 * "the Journal reported", "как сообщает X"); a source inside the reported words is 0.5.
 * The nearest is the speaker.
 */
type Depth = 0 | 0.5 | 1 | 1.5 | 2;

export interface Agent {
  who: Speaker;
  depth: Depth;
  /** where its words start: agents at one depth keep the order of the text */
  at: number;
  gender?: Gender;
  kind?: AgentKind;
}

/** What the chain finder needs of the article: its text, how to read a name, what is an outlet. */
export interface ChainContext {
  text: string;
  name: Namer;
  isOutlet: (speaker: Speaker) => boolean;
}

const RELAYING_SOURCE = /^(?:as reported by|as announced by|как сообщает|как пишет|як повідомляє|як пише)$/iu;
// "told the BBC", "заявил РБК": a name right after a verb of telling is the one told
const TOLD = /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)/u;
// where the reported words begin: "reported that", «сообщило, что», «повідомило, що»
const COMPLEMENT = /(?<!\p{L})(?:that|что|що)(?!\p{L})/iu;
const PASSIVE_BEFORE = /(?:was|were|is|are|been|being)\s+$/iu;
const POSSESSIVE_WORDS = /(?:['’]s)?\s+(?:words?|remarks?|comments?|statement)$|^(?:слова|заявление|заяву|слова)\s+/iu;
const verbGender = (verb: string): Gender | undefined =>
  /\p{Script=Cyrillic}/u.test(verb) ? (/ла$/u.test(verb) ? "f" : /[лв]$/u.test(verb) ? "m" : undefined) : undefined;

const global = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
const CUES: [RegExp, string][] = [
  [global(citingPhrases), "citing"],
  [global(relayPhrases), "relay"],
  [global(pronounWordsPhrases), "pronoun"],
  [global(ownWordsPhrases), "own"],
  [global(sourcePhrases), "source"],
  [global(quotingVerbs), "quoting"],
  [global(reportingVerbs), "reporting"],
  [global(tellingVerbs), "telling"],
  [global(sayingVerbs), "saying"],
];

function cuesIn(text: string, range: Range, skip: Range[]) {
  const taken: Range[] = [];
  const found: { at: Range; kind: string }[] = [];
  const slice = text.slice(range.start, range.end);
  for (const [re, kind] of CUES) {
    for (const m of slice.matchAll(re)) {
      const at = { start: range.start + m.index, end: range.start + m.index + m[0].length };
      if (skip.some((q) => overlaps(q, at)) || taken.some((t) => overlaps(t, at))) continue;
      taken.push(at);
      found.push({ at, kind });
    }
  }
  return found.sort((a, b) => a.at.start - b.at.start);
}

/**
 * Every agent a sentence names through the grammar of reported speech, in en, uk and
 * ru: "X said", "X told the BBC", "according to X", "citing X", "X was quoted by Y",
 * "Y quoted X", "заявил X", "как сообщает Y со ссылкой на X", "передает Y", "пише Y".
 */
export function agentsIn(ctx: ChainContext, range: Range, skip: Range[] = []): Agent[] {
  const { text, name } = ctx;
  const agents: Agent[] = [];
  const add = (who: Speaker | null, depth: Depth, at: number, facts: Partial<Agent> = {}) => {
    if (who) agents.push({ who, depth, at, ...facts });
  };
  const taken = cuesIn(text, range, skip);
  for (const { at, kind } of taken) {
    const cue = text.slice(at.start, at.end);
    const after = phraseAfter(text, at, range.end);
    if (kind === "citing") add(subjectAfter(text, after, name), 1, after.start);
    else if (kind === "relay") add(subjectAfter(text, after, name), 1, after.start, { kind: "outlet" });
    else if (kind === "own") add(subjectAfter(text, after, name), 0, after.start);
    else if (kind === "pronoun") {
      const pronoun = /^\S+\s+(\S+)/u.exec(cue)!;
      const start = at.start + pronoun[0].length - pronoun[1]!.length;
      add(name({ start, end: start + pronoun[1]!.length }), 0, start);
    } else if (kind === "source") {
      const relaying = RELAYING_SOURCE.test(cue);
      add(subjectAfter(text, after, name), relaying ? 2 : 1.5, after.start, relaying ? { kind: "outlet" } : {});
    } else {
      if (kind === "quoting" && /^\s+by(?!\p{L})/u.test(text.slice(at.end))) continue; // "quoted by": a relay phrase
      const { before: whole, inverted } = phraseBefore(text, range, at);
      // "NewsMaker со ссылкой на BBC сообщило": the subject stands before the phrase citing its source
      const cited = taken.find(
        (t) => (t.kind === "citing" || t.kind === "relay") && whole.start <= t.at.start && t.at.end <= whole.end,
      );
      const before = cited ? { start: whole.start, end: cited.at.start } : whole;
      const subject = inverted ? subjectAfter(text, after, name) : subjectBefore(text, before, name);
      const subjectAt = inverted ? after.start : before.start;
      const gender = verbGender(cue);
      if (kind === "reporting") add(subject, 2, subjectAt, { kind: "outlet" });
      else if (kind === "quoting") quoting(ctx, { at, after, before, inverted }, subject, add);
      else if (
        kind === "telling" &&
        !inverted &&
        subject &&
        ctx.isOutlet(subject) &&
        /\p{Script=Cyrillic}/u.test(cue)
      ) {
        // «Об этом РБК рассказал Песков»: an outlet before the verb is the one told, the speaker follows
        const speaker = subjectAfter(text, after, name);
        add(speaker ?? subject, 0, speaker ? after.start : subjectAt, gender ? { gender, kind: "person" } : {});
        if (speaker) add(subject, 1, subjectAt);
      } else {
        // an outlet that says what others told it reports: "издание NewsMaker сообщило, что, по данным X…"
        const outlet = !!subject && ctx.isOutlet(subject);
        add(subject, outlet ? 2 : 0, subjectAt, gender && !outlet ? { gender, kind: "person" } : {});
        if (kind === "telling") told(ctx, after, inverted, add);
      }
    }
  }
  // "NewsMaker со ссылкой на BBC сообщило, что, по данным X, …": a source inside what was reported is nearer the words
  const clause = COMPLEMENT.exec(text.slice(range.start, range.end));
  if (clause) {
    const from = range.start + clause.index;
    const reported = agents.some((a) => a.depth >= 1 && a.at < from);
    if (reported) for (const a of agents) if (a.depth === 1.5 && a.at > from) a.depth = 0.5;
  }
  return agents;
}

/**
 * The one told, when an outlet: "Mayorca told the BBC", "Майорка рассказал Би-би-си";
 * after an inverted verb, before the speaker: «повідомив Бі-бі-сі Хав'єр Майорка».
 */
function told(
  ctx: ChainContext,
  after: Range,
  inverted: boolean,
  add: (who: Speaker | null, depth: Depth, at: number) => void,
) {
  const m = TOLD.exec(ctx.text.slice(after.start, after.end));
  if (!m) return;
  const start = after.start + m.index + m[0].length - m[1]!.length;
  const words = [...m[1]!.matchAll(/\S+/gu)];
  for (let n = inverted ? 1 : words.length; n <= (inverted ? words.length - 1 : words.length); n++) {
    const end = start + words[n - 1]!.index! + words[n - 1]![0].length;
    const who = ctx.name({ start, end });
    if (who && ctx.isOutlet(who)) return add(who, 1, start);
  }
}

/**
 * "RIA Novosti quotes the minister", "X was quoted as saying": the one quoted said it,
 * the one quoting relays it, unless the one quoted is the outlet ("Klishas cites RIA Novosti").
 */
function quoting(
  ctx: ChainContext,
  cue: { at: Range; after: Range; before: Range; inverted: boolean },
  subject: Speaker | null,
  add: (who: Speaker | null, depth: Depth, at: number) => void,
) {
  const { text } = ctx;
  if (PASSIVE_BEFORE.test(text.slice(cue.before.start, cue.at.start))) return add(subject, 0, cue.before.start);
  if (cue.inverted) return add(subject, 2, cue.after.start);
  const words = text.slice(cue.after.start, cue.after.end);
  const trimmed = POSSESSIVE_WORDS.exec(words);
  const object: Range = trimmed
    ? trimmed.index === 0
      ? { start: cue.after.start + trimmed[0].length, end: cue.after.end }
      : { start: cue.after.start, end: cue.after.start + trimmed.index }
    : cue.after;
  const quoted = ctx.name(object);
  if (quoted && subject && ctx.isOutlet(quoted) && !ctx.isOutlet(subject)) {
    add(subject, 0, cue.before.start);
    add(quoted, 1, object.start);
    return;
  }
  add(subject, 2, cue.before.start);
  add(quoted, 0, object.start);
}

export const sameSpeaker = (a: Speaker, b: Speaker) =>
  a.entityId || b.entityId ? a.entityId === b.entityId : a.text?.toLowerCase() === b.text?.toLowerCase();

/**
 * The chain of a sentence's agents: the nearest is the speaker, the others that heard,
 * cited or reported the words relay them, nearest first. The article's own outlet
 * neither speaks nor relays (`own`); with nobody else, the outlet speaks for itself.
 */
export function chainOf(agents: Agent[], own: (speaker: Speaker) => boolean): Chain {
  const kept: Agent[] = [];
  for (const a of [...agents].sort((x, y) => x.depth - y.depth || x.at - y.at))
    if (!own(a.who) && !kept.some((k) => sameSpeaker(k.who, a.who))) kept.push(a);
  const [first, ...rest] = kept;
  return { speaker: first?.who ?? null, reportedVia: rest.filter((a) => a.depth > 0).map((a) => a.who) };
}
