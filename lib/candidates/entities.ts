import { normalizeName } from "@/lib/text/names";

/** A known entity: its id and every name and alias it goes by, in any language. */
export interface KnownEntity {
  id: string;
  names: string[];
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

interface Word {
  norm: string;
  text: string;
  start: number;
  end: number;
}

function words(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => {
    const raw = m[0].replace(/['’]s$/u, ""); // Bolton's
    return { norm: normalizeName(raw), text: raw, start: from + m.index, end: from + m.index + raw.length };
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
  if (p.caps) return w.text === p.caps;
  if (w.norm === p.norm) return true;
  return !!p.stem && w.norm.startsWith(p.stem) && w.norm.length - p.stem.length <= 3;
}

/**
 * Finds known entities in a text by any of their names or aliases. Ukrainian and
 * Russian names match in their case forms ("Путіним", "Захаровой"); English ones
 * with a possessive ("Bolton's"). Where names overlap, the longest wins.
 */
export class EntityMatcher {
  private readonly names: { entityId: string; parts: Part[] }[];

  constructor(entities: readonly KnownEntity[]) {
    this.names = entities
      .flatMap((e) => e.names.map((n) => ({ entityId: e.id, parts: [...n.matchAll(WORD)].map((m) => part(m[0])) })))
      .filter((n) => n.parts.length > 0)
      .sort((a, b) => b.parts.length - a.parts.length);
  }

  find(text: string, from = 0, to = text.length): Mention[] {
    const ws = words(text, from, to);
    const found: Mention[] = [];
    for (let i = 0; i < ws.length; i++) {
      const name = this.names.find((n) => n.parts.every((p, k) => ws[i + k] && matches(p, ws[i + k]!)));
      if (!name) continue;
      found.push({ entityId: name.entityId, start: ws[i]!.start, end: ws[i + name.parts.length - 1]!.end });
      i += name.parts.length - 1;
    }
    return found;
  }
}
