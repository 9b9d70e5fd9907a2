import type { EntityMatcher, Mention } from "./entities";
import { monthWords } from "./lexicon";
import type { Speaker } from "./speech";
import { documentNouns, notOfName, outletWords, unnamedSources } from "./speech-lexicon";
import type { Range } from "./text";

const PRONOUN =
  /^(?:he|she|they|it|we|i|him|them|his|her|as|він|вона|вони|воно|ми|я|його|її|нього|них|он|она|они|оно|мы|его|ее|её|него|них|це|это|цей|этот)$/iu;
const CONJUNCTION =
  /^(?:and|but|although|though|while|whereas|yet|however|і|й|та|але|проте|однак|хоча|хоч|тоді|и|но|однако|хотя|тогда|зато)$/iu;
const PASSIVE = /^(?:will|be|been|being|was|were|is|are|would|could|should|буде|було|будет|было)$/iu;
const CAPITALISED = /^\p{Lu}/u;
const bare = (word: string) => word.replace(/^\p{P}+|\p{P}+$/gu, "").toLowerCase();
// "the expert", "в Минобороны": an article, or a place before a name, belongs to what it names
const namesNext = ([first, next]: string[]) =>
  !!next && (/^(?:the|a|an)$/iu.test(first!) || (/^(?:в|у|во|на|in|at)$/iu.test(first!) && CAPITALISED.test(next)));

/**
 * The words a known entity is named by, as written: the mention and the capitalised
 * words right before it that are not another entity ("Хавьера" before "Майорку").
 */
function asWritten(text: string, mention: Mention, mentions: Mention[], phrase: Range): Speaker {
  let start = mention.start;
  for (let k = 0; k < 2; k++) {
    const word = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(text.slice(phrase.start, start));
    if (!word || mentions.some((m) => m !== mention && m.end > phrase.start + word.index)) break;
    if (notOfName.test(word[1]!.toLowerCase())) break;
    start = phrase.start + word.index;
  }
  return { entityId: mention.entityId, text: text.slice(start, mention.end) };
}

/** "The Washington Post": a known place inside an outlet's name does not name the speaker. */
function insideOutletName(text: string, mention: Mention): boolean {
  const next = /^\s+(\p{Lu}[\p{L}\p{M}'’.-]*)/u.exec(text.slice(mention.end, mention.end + 40))?.[1];
  return !!next && outletWords.test(next.toLowerCase());
}

/** "Сполучені Штати 23 лютого": a date beside a name is not part of it. */
const withoutDates = (words: string) =>
  words.replace(/\d{1,2}\s+(\p{L}+)/gu, (date, month: string) => (monthWords.test(month.toLowerCase()) ? "" : date));

/**
 * Who the words of a phrase name: the last known entity there ("US Assistant … John
 * Bolton"), else the words themselves with what is not a name trimmed from their ends
 * ("Cuban officials not only" is "Cuban officials", "ВВС со ссылкой" is "ВВС"). A
 * pronoun, a passive, a preposition phrase or unnamed sources name nobody.
 */
export function speakerNamed(text: string, phrase: Range, matcher: EntityMatcher): Speaker | null {
  const mentions = matcher.find(text, phrase.start, phrase.end);
  const mention = mentions[mentions.length - 1];
  if (mention && !insideOutletName(text, mention)) return asWritten(text, mention, mentions, phrase);
  let words = withoutDates(text.slice(phrase.start, phrase.end))
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
    (/^(?:the|this|that)$/iu.test(words[2]!) || CAPITALISED.test(words[2]!))
  )
    words.splice(0, 2);
  // "Об этом РБК", "Про це": words pointing back or standing around are not the name
  while (words.length > 0 && notOfName.test(bare(words[0]!)) && !namesNext(words)) words.shift();
  // a name ends at its last noun: "Cuban officials not only", "also the"
  while (words.length > 0 && notOfName.test(bare(words[words.length - 1]!))) words.pop();
  // a preposition inside ends it too: "ВВС со ссылкой"
  const cut = words.findIndex(
    (w, i) => i > 0 && /^\p{Ll}/u.test(w) && notOfName.test(bare(w)) && !/^(?:of|the)$/u.test(w),
  );
  if (cut > 0 && CAPITALISED.test(words[cut - 1]!)) words = words.slice(0, cut);
  if (
    words.length === 0 ||
    words.length > 8 ||
    words.some((w) => PRONOUN.test(bare(w)) || PASSIVE.test(w)) ||
    unnamedSources.test(bare(words[0]!)) ||
    unnamedSources.test(bare(words[words.length - 1]!))
  )
    return null;
  if (words.length === 1 && !CAPITALISED.test(words[0]!)) return null;
  // "a statement quoted by TASS", «заявление ведомства»: a document carries words, it does not say them
  if (words.every((w) => !CAPITALISED.test(w)) && words.some((w) => documentNouns.test(bare(w)))) return null;
  return { entityId: null, text: words.join(" ") };
}
