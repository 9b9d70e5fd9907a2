import type { EntityMatcher } from "./entities";
import { matchesIn, occursIn } from "./matching";
import { speakerNamed } from "./speaker-names";
import {
  callingVerbs,
  denials,
  denialVerbs,
  disputes,
  relayingSources,
  sayingVerbs,
  sourcePhrases,
} from "./speech-lexicon";
import { overlaps, type Range } from "./text";

/** Who is said to say something: a known entity, or at least the words naming them. */
export interface Speaker {
  entityId: string | null;
  /** the words of the text that name the speaker ("Maria Zakharova", "the expert") */
  text: string | null;
}

/** Reads who the words of a phrase name; a short reference ("he", "the agency") may stand for a name before it. */
export type Namer = (phrase: Range) => Speaker | null;

/** The plain reading: a known entity the phrase names, else its words, unless a fragment or a pronoun. */
export const namerOf =
  (text: string, matcher: EntityMatcher): Namer =>
  (phrase) =>
    speakerNamed(text, phrase, matcher);

// Where the words naming a speaker before a verb begin: a quotation mark, a colon, a dash between spaces.
const BEFORE_BOUNDARY = /[”»"“«„‘:;]|’(?!\p{L})|\s[-–—]\s?|^[-–—]\s?/gu;
// Where they end after a verb: punctuation, quotation marks, a preposition or a time word.
const AFTER_END = new RegExp(
  String.raw`[,.;:!?()”»"“«„]|\s[-–—]\s|(?<!\p{L})(?:in|at|on|during|to|with|from|after|before|last|this|yesterday|today|by|as|for|citing|quoting|у|в|на|під|під час|після|минулого|вчора|сьогодні|о|об|во|при|после|вчера|сегодня|со|с|з|із|зі|за|ссылаясь|посилаючись)(?!\p{L})`,
  "iu",
);

function lastMatch(re: RegExp, text: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(re)) last = m;
  return last;
}

// "Sergey Chemezov", "the UK P&I Club": a name in apposition, possibly with its article
const NAME_ONLY = /^\s*(?:the\s+)?(?:\s*\p{Lu}[\p{L}\p{M}'’.&-]*){2,4}\s*$/u;

/**
 * The words naming a speaker in the phrase before a verb: its last clause, or the
 * one before when the last is set off by commas ("John Bolton, national security
 * adviser, has warned"; "The official, speaking on condition of anonymity, said"),
 * unless the last is a name itself ("the general director of Rostec, Sergey Chemezov, said").
 */
export function subjectBefore(text: string, phrase: Range, name: Namer): Speaker | null {
  // "…, has said": an auxiliary before the verb belongs to neither clause
  const raw = text
    .slice(phrase.start, phrase.end)
    .replace(/[\s,]*(?:\s(?:has|have|had|was|were|is|also|then|has also))?\s*$/u, (m) => (m.includes(",") ? "," : ""));
  const chunks: Range[] = [];
  let from = phrase.start;
  for (const m of raw.matchAll(/,/gu)) {
    chunks.push({ start: from, end: phrase.start + m.index });
    from = phrase.start + m.index + 1;
  }
  chunks.push({ start: from, end: phrase.start + raw.length });
  const spoken = chunks.filter((c) => /\p{L}/u.test(text.slice(c.start, c.end)));
  if (spoken.length === 0) return null;
  const last = spoken[spoken.length - 1]!;
  const aside = raw.endsWith(",") && spoken.length > 1 && !NAME_ONLY.test(text.slice(last.start, last.end));
  return name(spoken[spoken.length - (aside ? 2 : 1)]!);
}

// Whom the words are said to: "журналістам", "журналистам", "виданню", "изданию"
const ADDRESSEE = /^\p{Ll}+(?:ам|ям|ові|еві|нню|нию|ству)$/u;

/**
 * The speaker named after an inverted verb: "said Russian Foreign Ministry spokeswoman
 * Maria Zakharova". The one spoken to is not the speaker: "заявив президент Володимир
 * Зеленський журналістам" is said by Zelensky.
 */
export function subjectAfter(text: string, phrase: Range, name: Namer): Speaker | null {
  let end = phrase.end;
  for (const word of [...text.slice(phrase.start, phrase.end).matchAll(/\S+/gu)].reverse()) {
    if (word.index === 0 || !ADDRESSEE.test(word[0])) break;
    end = phrase.start + word.index;
  }
  return name({ start: phrase.start, end });
}

// "як повідомили в Повітряних силах", "как сообщили в Минобороны": an institution named by where it is
const PLACE_OF_SPEAKER = /^\s+(?:в|у|во|на|in|at)\s+(?=\p{Lu})/u;
// «Об этом сообщает…», «Про це пише…»: words pointing back, before an inverted verb
const POINTING_BACK = /^(?:об этом(?: же)?|о том|про це(?: ж)?|про те|this was|it is|it was)(?!\p{L})\s*/iu;

// "Як пише NewsMaker з посиланням на Бі-бі-сі, про це повідомив журналіст…": pointing back after a comma
const POINTING_BACK_LAST = /(?:^|,\s*)(?:об этом(?: же)?|про це(?: ж)?)$/iu;

/** The words after a cue that may name an agent: up to punctuation, a preposition or a time word. */
export function phraseAfter(text: string, cue: Range, end: number): Range {
  const place = PLACE_OF_SPEAKER.exec(text.slice(cue.end, end))?.[0].length ?? 0;
  const stop = AFTER_END.exec(text.slice(cue.end + place, end));
  return { start: cue.end, end: stop ? cue.end + place + stop.index : end };
}

/**
 * The words before a verb that may name its subject, and whether the subject comes
 * after the verb instead ("…, заявив Кремль", "…», — сообщил Песков", «Про це пише…»).
 */
export function phraseBefore(text: string, range: Range, verb: Range): { before: Range; inverted: boolean } {
  const boundary = lastMatch(BEFORE_BOUNDARY, text.slice(range.start, verb.start));
  let start = boundary ? range.start + boundary.index! + boundary[0].length : range.start;
  start += /^\s*/u.exec(text.slice(start, verb.start))![0].length;
  start += POINTING_BACK.exec(text.slice(start, verb.start))?.[0].length ?? 0;
  const before: Range = { start, end: verb.start };
  const beforeWords = text.slice(before.start, before.end).trim();
  // "Міноборони РФ, як передає РИА Новости, заявило, що…": a verb followed by what was said has its subject before
  const saidNext = /^\s*(?:[,:]|що|что)(?!\p{L})/u.test(text.slice(verb.end, verb.end + 8));
  const inverted =
    !/\p{L}/u.test(beforeWords) ||
    /^(?:and|but|as|і|та|але|и|но|а|як|как)$/iu.test(beforeWords) ||
    POINTING_BACK_LAST.test(beforeWords) ||
    (/\p{Script=Cyrillic}/u.test(text.slice(verb.start, verb.end)) && /[,–—-]$/u.test(beforeWords) && !saidNext);
  return { before, inverted };
}

export interface Attribution {
  speaker: Speaker | null;
  /** the words that attribute: "said", "according to", "заявив" */
  cue: Range;
}

/**
 * Finds who a passage attributes its words to: "X said", "said X", "according to
 * X", "заявив X", "за словами X", "по словам X". The cue may also be a denial
 * ("Росія відхилила"), which then comes before any verb of saying. Cues inside
 * `skip` (quotations) are not read.
 */
export function attributionIn(
  text: string,
  range: Range,
  name: Namer,
  options: { skip?: Range[]; denial?: boolean } = {},
): Attribution | null {
  const slice = text.slice(range.start, range.end);
  // in a denial, the one who denies comes first: "Peskov said…, a figure Kyiv dismissed"
  const cues = options.denial
    ? [denialVerbs, disputes, callingVerbs, sourcePhrases, sayingVerbs]
    : [sourcePhrases, sayingVerbs];
  for (const cue of cues) {
    for (const m of matchesIn(cue, slice)) {
      const at: Range = { start: range.start + m.index, end: range.start + m.index + m[0].length };
      if (options.skip?.some((q) => overlaps(q, at))) continue;
      const after = phraseAfter(text, at, range.end);
      if (cue === sourcePhrases) {
        // «Як передає RT, у корпорації заявили…»: the one who relays is not the one who says
        if (options.denial && relayingSources.test(m[0])) continue;
        return { speaker: subjectAfter(text, after, name), cue: at };
      }
      const { before, inverted } = phraseBefore(text, range, at);
      // "назвали безпідставними звинувачення", "called Bolton a liar": what follows a verb of calling is what is called
      const object = cue === callingVerbs && /\p{L}/u.test(text.slice(before.start, before.end));
      const speaker = inverted && !object ? subjectAfter(text, after, name) : subjectBefore(text, before, name);
      return { speaker, cue: at };
    }
  }
  return null;
}

/** Who a passage's first words name, when they name a known entity: the subject of "Bruno Rodríguez called Bolton a liar". */
export function openingSpeaker(text: string, range: Range, matcher: EntityMatcher): Speaker | null {
  const opening = text.slice(range.start, range.end).match(/^(?:\S+\s+){0,5}\S+/u)?.[0] ?? "";
  const mention = matcher.find(text, range.start, range.start + opening.length)[0];
  return mention ? { entityId: mention.entityId, text: text.slice(mention.start, mention.end) } : null;
}

/** "denies" or "disputes" when a passage pushes back against a claim, else null. */
export function negationIn(passage: string): "denies" | "disputes" | null {
  if (occursIn(denials, passage)) return "denies";
  if (occursIn(disputes, passage)) return "disputes";
  return null;
}
