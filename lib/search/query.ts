import { fold, queryStems, stem, words } from "./words";

/**
 * A search as a person types it: words, "exact phrases", -excluded words and prefix*
 * words. Whatever else is typed (FTS5's own syntax: NEAR, ^, :, parentheses, a lone
 * quote) is only ever text: the MATCH expression is built from quoted stems, never
 * from the user's characters.
 */
export interface Term {
  /** the folded words of the term: one, or several for a phrase */
  words: string[];
  phrase: boolean;
  exclude: boolean;
  prefix: boolean;
}

export const MAX_QUERY = 300;
const MAX_TERMS = 12;

/** Words too common to narrow anything, in the three languages. */
const STOP = new Set(
  (
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with " +
    "і й та в у на з із до що це як за по не від для або а но и в во на с со к ко что это как за по не от для или а но"
  ).split(" "),
);

export function parseQuery(input: string): Term[] {
  const text = input.slice(0, MAX_QUERY);
  const terms: Term[] = [];
  // an unbalanced quote is a quote mark, nothing more
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (const m of text.matchAll(pattern)) {
    if (m[2] !== undefined) {
      const inner = words(m[2]).map((w) => w.word);
      if (inner.length) terms.push({ words: inner, phrase: true, exclude: m[1] === "-", prefix: false });
      continue;
    }
    const raw = m[3]!;
    const exclude = raw.startsWith("-") && raw.length > 1;
    const prefix = /\*$/.test(raw);
    for (const w of words(raw)) {
      if (!exclude && !prefix && STOP.has(w.word)) continue;
      terms.push({ words: [w.word], phrase: false, exclude, prefix });
    }
  }
  const kept = terms.slice(0, MAX_TERMS);
  // a search of only exclusions finds nothing to exclude from
  return kept.some((t) => !t.exclude) ? kept : [];
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The FTS5 expression for one word: any of its stems, or words that begin with it. */
function wordMatch(word: string, prefix: boolean, more: string[] = []): string {
  const options = prefix ? [`${quoted(fold(word))} *`] : [...queryStems(word), ...more].map(quoted);
  const unique = [...new Set(options)];
  return unique.length === 1 ? unique[0]! : `(${unique.join(" OR ")})`;
}

/**
 * The MATCH expression of the terms; `alternatives` adds, per folded query word, stems
 * that also count (the same name in another script, from the entities).
 */
export function matchExpression(terms: Term[], alternatives: Map<string, string[]> = new Map()): string | null {
  const positive = terms.filter((t) => !t.exclude);
  if (positive.length === 0) return null;
  const part = (t: Term) => {
    if (!t.phrase || t.words.length === 1) return wordMatch(t.words[0]!, t.prefix, alternatives.get(t.words[0]!));
    // a phrase as each language would stem it
    const variants = [...new Set((["en", "uk", "ru"] as const).map((l) => t.words.map((w) => stem(w, l)).join(" ")))];
    return variants.length === 1 ? quoted(variants[0]!) : `(${variants.map(quoted).join(" OR ")})`;
  };
  const include = positive.map(part).join(" AND ");
  const exclude = terms.filter((t) => t.exclude).map(part);
  return exclude.length ? `(${include}) NOT (${exclude.join(" OR ")})` : include;
}
