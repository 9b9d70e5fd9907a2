import { matchesIn } from "./matching";
import { kindOfName, type AgentKind, type Gender } from "./references";
import { phraseAfter, phraseBefore, subjectAfter, subjectBefore, type Namer, type Speaker } from "./speech";
import {
  citingPhrases,
  ownWordsPhrases,
  pronounWordsPhrases,
  quotingVerbs,
  relayPhrases,
  relayingSources,
  reportingVerbs,
  roleNouns,
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
  /** named by a pronoun: "по его оценке", "in his words" */
  pronoun?: boolean;
}

/** What the chain finder needs of the article: its text, how to read a name, what is an outlet. */
export interface ChainContext {
  text: string;
  name: Namer;
  isOutlet: (speaker: Speaker) => boolean;
}

// "told the BBC", "заявил РБК": a name right after a verb of telling is the one told
const TOLD =
  /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|state|public|television|radio|tv|news|agency|newspaper|channel|broadcaster))*)/u;
// where the reported words begin: "reported that", «сообщило, что», «повідомило, що»
const COMPLEMENT = /(?<!\p{L})(?:that|что|що)(?!\p{L})/iu;
const PASSIVE_BEFORE = /(?:was|were|is|are|been|being)\s+$/iu;
const POSSESSIVE_WORDS = /(?:['’]s)?\s+(?:words?|remarks?|comments?|statement)$|^(?:слова|заявление|заяву|слова)\s+/iu;
const verbGender = (verb: string): Gender | undefined =>
  /\p{Script=Cyrillic}/u.test(verb) ? (/ла$/u.test(verb) ? "f" : /[лв]$/u.test(verb) ? "m" : undefined) : undefined;

const CUES: [RegExp, string][] = [
  [citingPhrases, "citing"],
  [relayPhrases, "relay"],
  [pronounWordsPhrases, "pronoun"],
  [ownWordsPhrases, "own"],
  [sourcePhrases, "source"],
  [quotingVerbs, "quoting"],
  [reportingVerbs, "reporting"],
  [tellingVerbs, "telling"],
  [sayingVerbs, "saying"],
];

function cuesIn(text: string, range: Range, skip: Range[]) {
  const taken: Range[] = [];
  const found: { at: Range; kind: string }[] = [];
  const slice = text.slice(range.start, range.end);
  for (const [re, kind] of CUES) {
    for (const m of matchesIn(re, slice)) {
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
    else if (kind === "relay") relayed(ctx, after, add);
    else if (kind === "own") add(subjectAfter(text, after, name), 0, after.start);
    else if (kind === "pronoun") {
      const pronoun = /^\S+\s+(\S+)/u.exec(cue)!;
      const start = at.start + pronoun[0].length - pronoun[1]!.length;
      add(name({ start, end: start + pronoun[1]!.length }), 0, start, { pronoun: true });
    } else if (kind === "source") {
      const relaying = relayingSources.test(cue);
      add(subjectAfter(text, after, name), relaying ? 2 : 1.5, after.start, relaying ? { kind: "outlet" } : {});
    } else {
      if (kind === "quoting" && /^\s+by(?!\p{L})/u.test(text.slice(at.end))) continue; // "quoted by": a relay phrase
      // "was estimated at", "were reported": a passive names no subject before the verb
      if (kind !== "quoting" && PASSIVE_BEFORE.test(text.slice(Math.max(range.start, at.start - 12), at.start)))
        continue;
      const { before: whole, inverted } = phraseBefore(text, range, at);
      // "NewsMaker со ссылкой на BBC сообщило": the subject stands before the phrase citing its source
      const cited = taken.find(
        (t) => (t.kind === "citing" || t.kind === "relay") && whole.start <= t.at.start && t.at.end <= whole.end,
      );
      const before = cited ? subjectAround(text, whole, cited.at) : whole;
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
  return samePronoun(agents);
}

/** «Агентство сообщило, что…, по его оценке, …»: a pronoun after the sentence's own speaker stands for that speaker. */
function samePronoun(agents: Agent[]): Agent[] {
  const subject = agents.find((a) => (a.depth === 0 || a.depth === 2) && !a.pronoun);
  if (subject) for (const a of agents) if (a.pronoun && a.at > subject.at) a.who = subject.who;
  return agents;
}

// where the subject starts after a phrase citing a source: «…со ссылкой на Би-би-си, журналист X заявил», "…, reported that X said"
const AFTER_CITED = /(?:,|(?<!\p{L})(?:that|что|що)(?!\p{L}))(?![\s\S]*(?:,|(?<!\p{L})(?:that|что|що)(?!\p{L})))/u;

/**
 * The words naming the subject of a verb when a phrase citing a source stands before it: the words
 * before that phrase ("NewsMaker со ссылкой на BBC сообщило"), or those after it when a comma or
 * "that" closes it ("Как сообщает NewsMaker со ссылкой на Би-би-си, журналист X заявил").
 */
function subjectAround(text: string, whole: Range, cited: Range): Range {
  const tail = AFTER_CITED.exec(text.slice(cited.end, whole.end));
  const start = tail ? cited.end + tail.index + tail[0].length : whole.end;
  // "NewsMaker, citing the BBC, reported": nothing after the closing comma, the subject is before
  return /\p{L}/u.test(text.slice(start, whole.end))
    ? { start, end: whole.end }
    : { start: whole.start, end: cited.start };
}

/**
 * The outlet an interview was given to, and the speaker when named right after it:
 * «сообщил в интервью РБК журналист Хавьер Майорка», "said in an interview with RT".
 */
function relayed(
  ctx: ChainContext,
  after: Range,
  add: (who: Speaker | null, depth: Depth, at: number, facts?: Partial<Agent>) => void,
) {
  const words = [...ctx.text.slice(after.start, after.end).matchAll(/\S+/gu)];
  for (let n = 1; n < words.length; n++) {
    // the speaker follows the outlet with a role or as a person's name: «РБК журналист Хавьер Майорка»
    const next = words.slice(n).map((w) => w[0]);
    if (!roleNouns.test(next[0]!.toLowerCase()) && kindOfName(next) !== "person") continue;
    const end = after.start + words[n - 1]!.index! + words[n - 1]![0].length;
    const outlet = ctx.name({ start: after.start, end });
    if (!outlet || !ctx.isOutlet(outlet)) continue;
    add(outlet, 1, after.start, { kind: "outlet" });
    const rest = { start: after.start + words[n]!.index!, end: after.end };
    return add(subjectAfter(ctx.text, rest, ctx.name), 0, rest.start);
  }
  add(subjectAfter(ctx.text, after, ctx.name), 1, after.start, { kind: "outlet" });
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
