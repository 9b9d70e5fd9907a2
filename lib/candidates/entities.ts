import { normalizeName } from "@/lib/text/names";

/** A known entity: its id and every name and alias it goes by, in any language. */
export interface KnownEntity {
  id: string;
  names: string[];
  /** "person", "organisation", "country": tells a person a pronoun may stand for */
  kind?: string | null;
}

/** Where a text names an entity. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Case endings a Ukrainian or Russian name drops before it declines: Путін → Путіна, Захарова → Захаровой.
const ENDING = /[аяоеєиіїйьуюы]$/u;
// Cyrillic capitals that look like Latin ones: "ВВС" typed for "BBC", "РТ" is not "RT" but "СNN" is "CNN".
const LOOKALIKE: Record<string, string> = {
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Т: "T",
  Х: "X",
};
const latinLookalike = (word: string) => [...word].map((c) => LOOKALIKE[c] ?? c).join("");

interface Word {
  norm: string;
  text: string;
  start: number;
  end: number;
  /** the names whose first word can match it, once looked up: a matcher keeps the words of its last text */
  names?: Name[];
}

// Articles repeat their words: each is normalised once (bounded, so that a long import does not grow it forever).
const norms = new Map<string, string>();
function normalized(word: string): string {
  let norm = norms.get(word);
  if (norm === undefined) {
    if (norms.size > 50_000) norms.clear();
    norms.set(word, (norm = normalizeName(word)));
  }
  return norm;
}

function words(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => {
    const raw = m[0].endsWith("s") ? m[0].replace(/['’]s$/u, "") : m[0]; // Bolton's
    return { norm: normalized(raw), text: raw, start: from + m.index, end: from + m.index + raw.length };
  });
}

/** One word of a name and how it matches a word of the text. */
interface Part {
  norm: string;
  stem: string | null;
  /** short all-capital names ("US", "МЗС") match only in capitals, so that "us" is not the United States */
  caps: string | null;
}

function part(word: string): Part {
  const norm = normalizeName(word);
  const stem = CYRILLIC.test(norm) && norm.length >= 4 ? norm.replace(ENDING, "") : null;
  const caps = word.length <= 3 && word === word.toUpperCase() ? word : null;
  return { norm, stem, caps };
}

function matches(p: Part, w: Word): boolean {
  if (p.caps) return w.text === p.caps || latinLookalike(w.text) === p.caps;
  if (w.norm === p.norm) return true;
  return !!p.stem && w.norm.startsWith(p.stem) && w.norm.length - p.stem.length <= 3;
}

/** A name of an entity, split into words; names with more words are tried first (lower `order`). */
interface Name {
  entityId: string;
  parts: Part[];
  order: number;
}

/**
 * Finds known entities in a text by any of their names or aliases. Ukrainian and
 * Russian names match in their case forms ("Путіним", "Захаровой"); English ones
 * with a possessive ("Bolton's"). Where names overlap, the longest wins.
 */
export class EntityMatcher {
  /** names by how their first word is found: its capitals, its normal form, or its stem */
  private readonly byFirst = new Map<string, Name[]>();
  private readonly entities = new Map<string, KnownEntity>();
  private readonly byWord = new Map<string, Name[]>();
  private lastText: string | null = null;
  private lastWords: Word[] = [];

  constructor(entities: readonly KnownEntity[]) {
    for (const e of entities) this.entities.set(e.id, e);
    const names = entities
      .flatMap((e) => e.names.map((n) => ({ entityId: e.id, parts: [...n.matchAll(WORD)].map((m) => part(m[0])) })))
      .filter((n) => n.parts.length > 0)
      .sort((a, b) => b.parts.length - a.parts.length)
      .map((name, order) => ({ ...name, order }));
    for (const name of names) {
      const first = name.parts[0]!;
      for (const key of first.caps
        ? [`caps:${first.caps}`]
        : [first.norm, ...(first.stem ? [`stem:${first.stem}`] : [])]) {
        const list = this.byFirst.get(key) ?? [];
        if (!list.includes(name)) list.push(name);
        this.byFirst.set(key, list);
      }
    }
  }

  /** The names whose first word can match `w`, longest first; a text's words repeat, so the answer is kept. */
  private candidates(w: Word): Name[] {
    if (w.names) return w.names;
    const key = `${w.text}\u0000${w.norm}`;
    let found = this.byWord.get(key);
    if (!found) {
      if (this.byWord.size > 50_000) this.byWord.clear();
      this.byWord.set(key, (found = this.lookUp(w)));
    }
    return (w.names = found);
  }

  private lookUp(w: Word): Name[] {
    const keys = [`caps:${w.text}`, `caps:${latinLookalike(w.text)}`, w.norm];
    // a stem matches the word with up to three letters of ending after it
    for (let cut = 0; cut <= 3 && cut < w.norm.length; cut++) keys.push(`stem:${w.norm.slice(0, w.norm.length - cut)}`);
    const found: Name[] = [];
    for (const key of keys) for (const name of this.byFirst.get(key) ?? []) if (!found.includes(name)) found.push(name);
    return found.sort((a, b) => a.order - b.order);
  }

  /**
   * The words of `text` between `from` and `to`. The extractor asks about many phrases of one
   * article: its words are read once, and a phrase takes those wholly inside it; a phrase that
   * cuts a word is read on its own.
   */
  private wordsOf(text: string, from: number, to: number): Word[] {
    if (this.lastText !== text) [this.lastText, this.lastWords] = [text, words(text, 0, text.length)];
    const all = this.lastWords;
    let lo = 0;
    for (let hi = all.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const inside: Word[] = [];
    let i = lo;
    for (; i < all.length && all[i]!.end <= to; i++) inside.push(all[i]!);
    // a phrase that cuts a word reads the cut word differently ("Bolt" of "Bolton"): read the phrase on its own
    const cutAtStart = lo > 0 && all[lo - 1]!.end > from;
    const cutAtEnd = i < all.length && all[i]!.start < to;
    return cutAtStart || cutAtEnd ? words(text, from, to) : inside;
  }

  /** The kind of an entity, when known. */
  kindOf(entityId: string): string | null {
    return this.entities.get(entityId)?.kind ?? null;
  }

  /** Every name an entity goes by. */
  namesOf(entityId: string): readonly string[] {
    return this.entities.get(entityId)?.names ?? [];
  }

  find(text: string, from = 0, to = text.length): Mention[] {
    const ws = this.wordsOf(text, from, to);
    const found: Mention[] = [];
    for (let i = 0; i < ws.length; i++) {
      const name = this.candidates(ws[i]!).find((n) => n.parts.every((p, k) => ws[i + k] && matches(p, ws[i + k]!)));
      if (!name) continue;
      found.push({ entityId: name.entityId, start: ws[i]!.start, end: ws[i + name.parts.length - 1]!.end });
      i += name.parts.length - 1;
    }
    return found;
  }
}
