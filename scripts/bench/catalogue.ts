// The entities of a newsroom's catalogue, as bench:scale writes them beside its speakers: people
// with their names in Latin and both Cyrillic scripts, full and by surname alone, as lookups,
// candidates and the import's entity matcher meet them. Names are made of syllables spelled in
// each script, so that a name and its transliterations are one entity's, as real ones are.
import type { ContentLanguage } from "@/lib/domain/vocabulary";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import type { openCorpus } from "./corpus-writer";

/** A syllable as English, Ukrainian and Russian spell it. */
const SYLLABLES: [string, string, string][] = [
  ["ka", "ка", "ка"],
  ["ro", "ро", "ро"],
  ["vi", "ві", "ви"],
  ["len", "лен", "лен"],
  ["mir", "мір", "мир"],
  ["sha", "ша", "ша"],
  ["ko", "ко", "ко"],
  ["dan", "дан", "дан"],
  ["ti", "ті", "ти"],
  ["zar", "зар", "зар"],
  ["bo", "бо", "бо"],
  ["nes", "нес", "нес"],
  ["lu", "лу", "лу"],
  ["gor", "гор", "гор"],
  ["pe", "пе", "пе"],
  ["rin", "рін", "рин"],
];
const ENDINGS: [string, string, string][] = [
  ["enko", "енко", "енко"],
  ["ov", "ов", "ов"],
  ["sky", "ський", "ский"],
  ["ich", "іч", "ич"],
];
const LANGS: ContentLanguage[] = ["en", "uk", "ru"];

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Entity `i`'s given name and surname in each script. */
function person(i: number) {
  const syllable = (n: number) => SYLLABLES[n % SYLLABLES.length]!;
  const parts = [syllable(i), syllable(i >> 4)];
  const surname = [syllable(i >> 8), syllable(i * 7 + 3), ENDINGS[(i >> 2) % ENDINGS.length]!];
  return LANGS.map((_, l) => ({
    given: capital(parts.map((p) => p[l]).join("")),
    surname: capital(surname.map((p) => p[l]).join("")),
  }));
}

/**
 * Writes `entities` people (ids `n0`…) with `names` names in all: each by its full name in the three
 * languages and its surname in English and Russian, and as many as the total asks by its Ukrainian
 * surname too (5,000 entities and 28,385 names: about 5.7 a person).
 */
export function writeCatalogue(insert: ReturnType<typeof openCorpus>["insert"], entities: number, names: number) {
  const extra = Math.max(0, Math.min(entities, names - entities * 5));
  for (let i = 0; i < entities; i++) {
    const id = `n${i}`;
    insert.entity({ id, slug: `catalogue-${i}` });
    const spelled = person(i);
    const written: [ContentLanguage, string][] = [
      ...LANGS.map((lang, l): [ContentLanguage, string] => [lang, `${spelled[l]!.given} ${spelled[l]!.surname}`]),
      ["en", spelled[0]!.surname],
      ["ru", spelled[2]!.surname],
      ...(i < extra ? [["uk", spelled[1]!.surname] as [ContentLanguage, string]] : []),
    ];
    written.forEach(([lang, name], k) =>
      insert.name({
        id: `${id}-${k}`,
        entityId: id,
        lang,
        name,
        normalized: normalizeName(name),
        skeleton: nameSkeleton(name),
      }),
    );
  }
  return entities * 5 + extra;
}
