import type { EntityMatcher } from "./entities";
import { callingVerbs, denials, denialVerbs, disputes, sayingVerbs, sourcePhrases } from "./lexicon";
import { overlaps, type Range } from "./text";

/** Who is said to say something: a known entity, or at least the words naming them. */
export interface Speaker {
  entityId: string | null;
  /** the words of the text that name the speaker ("Maria Zakharova", "the expert") */
  text: string | null;
}

const PRONOUN =
  /^(?:he|she|they|it|we|i|him|them|his|her|as|він|вона|вони|воно|ми|я|його|її|нього|них|он|она|они|оно|мы|его|ее|её|него|них)$/iu;
const CONJUNCTION =
  /^(?:and|but|although|though|while|whereas|yet|however|і|й|та|але|проте|однак|хоча|хоч|тоді|и|но|однако|хотя|тогда|зато)$/iu;
const PASSIVE = /^(?:will|be|been|being|was|were|is|are|would|could|should|буде|було|будет|было)$/iu;
// Where the words naming a speaker before a verb begin: a quotation mark, a colon, a dash between spaces.
const BEFORE_BOUNDARY = /[”»"“«„‘:;]|’(?!\p{L})|\s[-–—]\s?|^[-–—]\s?/gu;
// Where they end after a verb: punctuation, quotation marks, a preposition or a time word.
const AFTER_END = new RegExp(
  String.raw`[,.;:!?()”»"“«„]|\s[-–—]\s|(?<!\p{L})(?:in|at|on|during|to|with|from|after|before|last|this|yesterday|today|у|в|на|під|під час|після|минулого|вчора|сьогодні|о|об|во|при|после|вчера|сегодня)(?!\p{L})`,
  "iu",
);

function lastMatch(re: RegExp, text: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(re)) last = m;
  return last;
}

/**
 * The words naming a speaker in the phrase before a verb: its last clause, or the
 * one before when the last is set off by commas ("John Bolton, national security
 * adviser, has warned"; "The official, speaking on condition of anonymity, said").
 * A known entity there names the speaker; otherwise its words do, unless a pronoun.
 */
function subjectBefore(text: string, phrase: Range, matcher: EntityMatcher): Speaker | null {
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
  const aside = raw.endsWith(",") && spoken.length > 1;
  return named(text, spoken[spoken.length - (aside ? 2 : 1)]!, matcher);
}

// Whom the words are said to: "журналістам", "журналистам", "виданню", "изданию"
const ADDRESSEE = /^\p{Ll}+(?:ам|ям|ові|еві|нню|нию|ству)$/u;

/**
 * The speaker named after an inverted verb: "said Russian Foreign Ministry spokeswoman
 * Maria Zakharova". The one spoken to is not the speaker: "заявив президент Володимир
 * Зеленський журналістам" is said by Zelensky.
 */
function subjectAfter(text: string, phrase: Range, matcher: EntityMatcher): Speaker | null {
  let end = phrase.end;
  for (const word of [...text.slice(phrase.start, phrase.end).matchAll(/\S+/gu)].reverse()) {
    if (word.index === 0 || !ADDRESSEE.test(word[0])) break;
    end = phrase.start + word.index;
  }
  return named(text, { start: phrase.start, end }, matcher);
}

// "як повідомили в Повітряних силах", "как сообщили в Минобороны": an institution named by where it is
const PLACE_OF_SPEAKER = /^\s+(?:в|у|во|на|in|at)\s+(?=\p{Lu})/u;

/** The last known entity a phrase names ("US Assistant … John Bolton"), else its words, unless a pronoun or a passive. */
function named(text: string, phrase: Range, matcher: EntityMatcher): Speaker | null {
  const mentions = matcher.find(text, phrase.start, phrase.end);
  const mention = mentions[mentions.length - 1];
  if (mention) return { entityId: mention.entityId, text: text.slice(mention.start, mention.end) };
  const words = text
    .slice(phrase.start, phrase.end)
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  // "although Russia disputes", "хоча Росія заперечує": the conjunction is not the speaker's name
  while (words.length > 1 && CONJUNCTION.test(words[0]!)) words.shift();
  // "a claim the Cuban government challenged", "a figure Kyiv dismissed": the first words name what was said
  if (
    words.length > 2 &&
    /^an?$/iu.test(words[0]!) &&
    /^\p{Ll}/u.test(words[1]!) &&
    (/^(?:the|this|that)$/iu.test(words[2]!) || /^\p{Lu}/u.test(words[2]!))
  )
    words.splice(0, 2);
  if (
    words.length === 0 ||
    words.length > 8 ||
    words.some((w) => PRONOUN.test(w.replace(/\p{P}+$/u, "")) || PASSIVE.test(w))
  )
    return null;
  if (words.length === 1 && !/^\p{Lu}/u.test(words[0]!)) return null;
  return { entityId: null, text: words.join(" ") };
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
  matcher: EntityMatcher,
  options: { skip?: Range[]; denial?: boolean } = {},
): Attribution | null {
  const slice = text.slice(range.start, range.end);
  // in a denial, the one who denies comes first: "Peskov said…, a figure Kyiv dismissed"
  const cues = options.denial
    ? [denialVerbs, disputes, callingVerbs, sourcePhrases, sayingVerbs]
    : [sourcePhrases, sayingVerbs];
  for (const cue of cues) {
    for (const m of slice.matchAll(new RegExp(cue.source, `${cue.flags}g`))) {
      const at: Range = { start: range.start + m.index, end: range.start + m.index + m[0].length };
      if (options.skip?.some((q) => overlaps(q, at))) continue;
      const place = PLACE_OF_SPEAKER.exec(text.slice(at.end, range.end))?.[0].length ?? 0;
      const afterEnd = AFTER_END.exec(text.slice(at.end + place, range.end));
      const after: Range = { start: at.end, end: afterEnd ? at.end + place + afterEnd.index : range.end };
      if (cue === sourcePhrases) return { speaker: subjectAfter(text, after, matcher), cue: at };
      const boundary = lastMatch(BEFORE_BOUNDARY, text.slice(range.start, at.start));
      const before: Range = {
        start: boundary ? range.start + boundary.index! + boundary[0].length : range.start,
        end: at.start,
      };
      const beforeWords = text.slice(before.start, before.end).trim();
      // "…, заявив Кремль", "…», — сообщил Песков": Ukrainian and Russian put the speaker after the verb
      const inverted =
        !/\p{L}/u.test(beforeWords) ||
        /^(?:and|but|as|і|та|але|и|но|а|як|как)$/iu.test(beforeWords) ||
        (/\p{Script=Cyrillic}/u.test(m[0]) && /[,–—-]$/u.test(beforeWords));
      return { speaker: inverted ? subjectAfter(text, after, matcher) : subjectBefore(text, before, matcher), cue: at };
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
  if (denials.test(passage)) return "denies";
  if (disputes.test(passage)) return "disputes";
  return null;
}
