/**
 * The cue lists of speech-lexicon.ts are lower case and matched case-insensitively; matching
 * the lower-cased text without the `i` flag finds the same places several times faster
 * (Unicode case folding is slow in the regex engine), and so does checking the letter before
 * a match by hand rather than by a lookbehind, which keeps the engine from scanning quickly for
 * the first letters. Offsets stay the text's: where lower casing changes a text's length ("İ"),
 * the text is matched as written, with the `i` flag.
 */

const WORD_START = String.raw`(?<!\p{L})`;
const LETTER = /\p{L}/u;

interface Variants {
  exact: RegExp;
  folded: RegExp;
  /** the pattern began with `(?<!\p{L})`, which `folded` leaves to matchesIn */
  wordStart: boolean;
}
const compiled = new Map<RegExp, Variants>();

function variants(re: RegExp): Variants {
  let v = compiled.get(re);
  if (!v) {
    const flags = re.flags.replace(/[gy]/gu, "");
    const wordStart = re.source.startsWith(WORD_START);
    const source = wordStart ? re.source.slice(WORD_START.length) : re.source;
    v = {
      exact: new RegExp(re.source, `${flags}g`),
      folded: new RegExp(source, `${flags.replace("i", "")}g`),
      wordStart,
    };
    compiled.set(re, v);
  }
  return v;
}

/** Every match of a case-insensitive, lower-case pattern in `text`, leftmost first, as matchAll finds them. */
export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
  const lower = text.toLowerCase();
  const { exact, folded, wordStart } = variants(re);
  if (lower.length !== text.length) {
    exact.lastIndex = 0;
    return [...text.matchAll(exact)];
  }
  const found: RegExpExecArray[] = [];
  folded.lastIndex = 0;
  for (let m = folded.exec(lower); m; m = folded.exec(lower)) {
    if (wordStart && m.index > 0 && LETTER.test(lower[m.index - 1]!)) {
      folded.lastIndex = m.index + 1; // the lookbehind would have failed here: try the next place
      continue;
    }
    found.push(m);
    if (m[0].length === 0) folded.lastIndex++;
  }
  folded.lastIndex = 0;
  return found;
}

/** Whether a case-insensitive, lower-case pattern occurs in `text`. */
export function occursIn(re: RegExp, text: string): boolean {
  return matchesIn(re, text).length > 0;
}
