import { EntityMatcher } from "./entities";
import { kindOfName, type References } from "./references";
import { speakerNamed } from "./speaker-names";
import type { Namer, Speaker } from "./speech";
import { notOfName, outletNouns, roleNouns } from "./speech-lexicon";

const PERSONAL = /^(?:he|she|him|her|his|он|она|его|ее|её|него|нее|неё|він|вона|його|її|нього|неї)$/iu;

// "a Venezuelan journalist who follows the armed forces": an indefinite description, its role last before a clause
const DESCRIPTION =
  /^\s*(?:an?|one)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:who|that|which|with)(?!\p{L})|\s*,|\s*$)/iu;

/**
 * Reads who a phrase names, then what a short reference in it stands for: "he", "the
 * agency", «издание», "the expert", "the Journal" become the name before them. A
 * pronoun standing for nobody known names nobody.
 */
export function namerWithReferences(text: string, matcher: EntityMatcher, refs: References): Namer {
  return (phrase) => {
    const plain = speakerNamed(text, phrase, matcher);
    if (plain?.entityId) return plain;
    const role = DESCRIPTION.exec(text.slice(phrase.start, phrase.end))?.[1];
    if (role && roleNouns.test(role.toLowerCase())) return refs.described(role.toLowerCase(), phrase.start) ?? plain;
    const words = text
      .slice(phrase.start, phrase.end)
      .split(/\s+/u)
      .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ""))
      .filter((w) => /\p{L}/u.test(w) && (/^(?:the)$/iu.test(w) || !notOfName.test(w.toLowerCase())));
    const ref = refs.resolve(words, phrase.start);
    if (ref === undefined) return plain;
    return ref ?? (words.length === 1 && PERSONAL.test(words[0]!) ? null : plain);
  };
}

/** Whether a speaker is the article's own outlet, by any of its names, in any case form. */
export function outletTest(names: readonly string[] | undefined): (speaker: Speaker) => boolean {
  if (!names?.length) return () => false;
  const matcher = new EntityMatcher([{ id: "outlet", names: [...names] }]);
  return (speaker) => !!speaker.text && matcher.find(speaker.text).length > 0;
}

/** Whether a speaker's words name an outlet: "The Wall Street Journal", "РИА Новости", "BBC". */
export const looksLikeOutlet = (speaker: Speaker) => {
  const words = speaker.text?.split(/\s+/u) ?? [];
  // "молдавское издание NewsMaker", "the news agency Reuters"
  return kindOfName(words) === "outlet" || words.some((w) => outletNouns.test(w.toLowerCase()));
};
