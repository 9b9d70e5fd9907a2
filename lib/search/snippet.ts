import type { ContentLanguage } from "@/lib/domain/vocabulary";
import { stem, words } from "@/lib/text/words";

export interface SnippetPart {
  text: string;
  /** a word the search matched */
  mark: boolean;
}

export interface Matching {
  /** stems of the words the person typed */
  own: Set<string>;
  /** stems that matched only through an entity's other names, with that entity's name */
  borrowed: Map<string, string>;
  /** words typed with a * */
  prefixes: string[];
}

/**
 * The part of `text` around its first matched word, about `width` characters, cut at
 * word ends, with the matched words marked (as data: the page renders them as text in
 * <mark>). `via` names the entity when only its other names matched.
 */
export function snippet(
  text: string,
  lang: ContentLanguage,
  matching: Matching,
  width = 240,
): { parts: SnippetPart[]; via: string | null } {
  const found = words(text).filter((w) => {
    const s = stem(w.word, lang);
    return (
      matching.own.has(s) ||
      matching.borrowed.has(s) ||
      matching.prefixes.some((p) => w.word.startsWith(p) || s.startsWith(p))
    );
  });
  const ownHit = found.some((w) => matching.own.has(stem(w.word, lang)) || matching.prefixes.length > 0);
  const borrowed = found.map((w) => matching.borrowed.get(stem(w.word, lang))).find(Boolean) ?? null;

  const first = found[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;

  const parts: SnippetPart[] = [];
  let at = start;
  for (const w of found.filter((x) => x.start >= start && x.end <= end)) {
    if (w.start > at) parts.push({ text: text.slice(at, w.start), mark: false });
    parts.push({ text: text.slice(w.start, w.end), mark: true });
    at = w.end;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  const flat = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }));
  if (start > 0) flat.unshift({ text: "… ", mark: false });
  if (end < text.length) flat.push({ text: " …", mark: false });
  return { parts: flat, via: ownHit ? null : borrowed };
}
