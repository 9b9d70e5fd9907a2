import { contentLanguages } from "@/lib/domain/vocabulary";
import { fold, queryStems, stem, words } from "@/lib/text/words";

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

/** How a full-text engine spells a query: SQLite's FTS5 MATCH, or PostgreSQL's tsquery. */
interface Syntax {
  word(stem: string): string;
  /** words that begin with it */
  prefix(word: string): string;
  /** the stems one after another */
  phrase(stems: string[]): string;
  or: string;
  and: string;
  not(include: string, exclude: string): string;
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A tsquery or tsvector lexeme, quoted: taken as it is, never parsed again. */
export const lexeme = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

export const fts5: Syntax = {
  word: quoted,
  prefix: (word) => `${quoted(word)} *`,
  phrase: (stems) => quoted(stems.join(" ")),
  or: " OR ",
  and: " AND ",
  not: (include, exclude) => `(${include}) NOT (${exclude})`,
};

export const tsquery: Syntax = {
  word: lexeme,
  prefix: (word) => `${lexeme(word)}:*`,
  phrase: (stems) => (stems.length === 1 ? lexeme(stems[0]!) : `(${stems.map(lexeme).join(" <-> ")})`),
  or: " | ",
  and: " & ",
  not: (include, exclude) => `(${include}) & !(${exclude})`,
};

/** One word: any of its stems, or words that begin with it. */
function wordMatch(syntax: Syntax, word: string, prefix: boolean, more: string[] = []): string {
  const options = prefix ? [syntax.prefix(fold(word))] : [...queryStems(word), ...more].map(syntax.word);
  const unique = [...new Set(options)];
  return unique.length === 1 ? unique[0]! : `(${unique.join(syntax.or)})`;
}

/**
 * The full-text query of the terms (FTS5's by default); `alternatives` adds, per folded query
 * word, stems that also count (the same name in another script, from the entities).
 */
export function matchExpression(
  terms: Term[],
  alternatives: Map<string, string[]> = new Map(),
  syntax: Syntax = fts5,
): string | null {
  const positive = terms.filter((t) => !t.exclude);
  if (positive.length === 0) return null;
  const part = (t: Term) => {
    if (!t.phrase || t.words.length === 1)
      return wordMatch(syntax, t.words[0]!, t.prefix, alternatives.get(t.words[0]!));
    // a phrase as each language would stem it
    const variants = [
      ...new Map(contentLanguages.map((l) => t.words.map((w) => stem(w, l))).map((v) => [v.join(" "), v])).values(),
    ];
    return variants.length === 1 ? syntax.phrase(variants[0]!) : `(${variants.map(syntax.phrase).join(syntax.or)})`;
  };
  const include = positive.map(part).join(syntax.and);
  const exclude = terms.filter((t) => t.exclude).map(part);
  return exclude.length ? syntax.not(include, exclude.join(syntax.or)) : include;
}
