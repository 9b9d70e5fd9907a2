import { skeletonPrefix } from "./names";
import { asContentLanguage, stem, words } from "./words";

/**
 * The keys of each longer word of a text: its stem, and a key that meets across scripts ("~kub"
 * for "Cuban", «кубинських», «кубинских»). Two texts share a word when some of their keys meet.
 */
export const wordKeys = (text: string | null, lang: string): string[][] =>
  words(text ?? "")
    .filter((w) => w.word.length > 3 && !/^\p{N}+$/u.test(w.word))
    .map((w) => [stem(w.word, asContentLanguage(lang)), ...(w.word.length > 4 ? [`~${skeletonPrefix(w.word)}`] : [])]);
