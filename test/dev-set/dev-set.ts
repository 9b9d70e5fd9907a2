import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { vaguenesses } from "@/lib/domain/figures";
import { contentLanguages, type ContentLanguage } from "@/lib/domain/vocabulary";
import { nameSkeleton, normalizeName } from "@/lib/text/names";

/**
 * The attribution development set: short articles we wrote about reported events, with every
 * figure, denial and before/after change they give, and who said each (README.md beside it).
 */

const occurrence = z.number().int().min(0).optional();
const name = z.string().min(1);

const figureSchema = z.strictObject({
  words: z.string().min(1),
  occurrence,
  stated: z.strictObject({
    low: z.number().min(0),
    high: z.number().min(0),
    vagueness: z.enum(vaguenesses).nullable(),
  }),
  approximate: z.boolean(),
  /** "up to 1,000" states 1,000 and bounds it from above */
  bound: z.enum(["upTo", "moreThan", "lessThan", "atLeast"]).optional(),
  /** the original speaker, as the entity registry names them; null when the outlet itself states it */
  speaker: name.nullable(),
  /** relays between the speaker and the article's outlet, nearest the speaker first */
  via: z.array(name),
});

const denialSchema = z.strictObject({
  words: z.string().min(1),
  occurrence,
  speaker: name,
  via: z.array(name).optional(),
});

const changeSchema = z.strictObject({
  from: z.string().min(1),
  fromOccurrence: occurrence,
  to: z.string().min(1),
  toOccurrence: occurrence,
  speaker: name.nullable(),
});

const articleSchema = z.strictObject({
  id: z.string().regex(/^(?:en|uk|ru)-\d\d$/u),
  lang: z.enum(contentLanguages),
  outlet: z.string().min(1),
  text: z.string().min(1),
  figures: z.array(figureSchema),
  denials: z.array(denialSchema),
  changes: z.array(changeSchema),
  /** words with digits or number words that are not figures: dates, years, times, ages, model numbers */
  notFigures: z.array(z.string().min(1)),
});

const entitySchema = z.strictObject({
  id: z.string().min(1),
  /** whether the evaluation hands it to the extractor as a known entity; the others stay unknown */
  known: z.boolean(),
  names: z.array(name).min(1),
});

export type DevArticle = z.infer<typeof articleSchema>;
export type DevFigure = z.infer<typeof figureSchema>;
export type DevDenial = z.infer<typeof denialSchema>;
export type DevChange = z.infer<typeof changeSchema>;
export type DevEntity = z.infer<typeof entitySchema>;

const folder = import.meta.dirname;

export function loadDevSet(lang: ContentLanguage): DevArticle[] {
  return z.array(articleSchema).parse(JSON.parse(fs.readFileSync(path.join(folder, `${lang}.json`), "utf8")));
}

/** Everyone the set names as a speaker or a relay, with their names in the three languages. */
export function loadDevEntities(): DevEntity[] {
  return z.array(entitySchema).parse(JSON.parse(fs.readFileSync(path.join(folder, "entities.json"), "utf8")));
}

/** Where the `occurrence`-th (0-based) appearance of `words` is in `text`, or null when it has fewer. */
export function spanOf(text: string, words: string, occurrence = 0): { start: number; end: number } | null {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + words.length };
}

/** The registry's entity one of whose names is `name` (case and accents aside). */
export function entityNamed(entities: readonly DevEntity[], name: string): DevEntity | undefined {
  const key = normalizeName(name);
  return entities.find((e) => e.names.some((n) => normalizeName(n) === key));
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const skeletons = (s: string) => [...s.matchAll(WORD)].map((m) => nameSkeleton(m[0]));

/** Two words of a name alike: the same skeleton, or a common stem with at most three letters of ending either side. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  let c = 0;
  while (c < a.length && a[c] === b[c]) c++;
  return c >= Math.min(a.length, b.length) - 2 && Math.max(a.length, b.length) - c <= 3;
}

/**
 * Whether `text` names `name`: every word of the name stands in it in some case form, compared
 * by `nameSkeleton` ("Болтона" names "Болтон", "Rodriguez" names "Rodríguez").
 */
export function namesIn(name: string, text: string): boolean {
  const words = skeletons(text);
  return skeletons(name).every((n) => words.some((w) => sameWord(n, w)));
}
