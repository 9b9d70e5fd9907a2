/**
 * The form in which names are compared: lower case, accents removed, spaces
 * folded, so "Guaidó", "guaido" and " GUAIDO " meet. Cyrillic keeps its letters
 * (й and ї are letters of their own, not accented и and і).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase() // the root mapping, as toLocaleLowerCase("und"), without its cost per call
    .replace(/\s+/g, " ")
    .trim();
}

/** Cyrillic letters of Ukrainian and Russian as Latin, one table for both: г and ґ meet g, є and е meet e. */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  є: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

/** Spellings that transliteration systems write differently for the same sound, folded to one. */
const FOLDS: [RegExp, string][] = [
  [/['’ʼ`´-]/g, ""],
  [/c(?![heiy])/g, "k"], // Latin c sounds k except before e, i, y: Rostec, Cuba, Francisco
  [/shch|sch/g, "s"],
  [/kh/g, "h"],
  [/zh/g, "z"],
  [/ch|ts|tz/g, "c"],
  [/sh/g, "s"],
  [/h/g, "g"], // Ukrainian г is h in Latin, Russian г is g
  [/[yj]/g, "i"],
  [/w/g, "v"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/i([eaou])/g, "$1"], // є/е as ye or ie, я as ya or ia, ю as yu or iu
  [/(.)\1+/g, "$1"], // doubled letters: Zelenskyy, Hennadii
];

/**
 * The key under which spellings of one name meet across Latin and Cyrillic, Ukrainian
 * and Russian: "Лавров" and "Lavrov" are "lavrov"; "Пєсков", "Песков" and "Peskov" are
 * "peskov"; "Guaidó", "Guaydo" and "Гуайдо" are "guaido". Lossy by design: it only finds
 * candidates, and a person confirms which one is meant.
 */
export function nameSkeleton(name: string): string {
  let key = [...normalizeName(name)].map((c) => CYRILLIC[c] ?? c).join("");
  key = key.normalize("NFD").replace(/\p{M}+/gu, "");
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}

/**
 * The first letters of a word's skeleton: a loose key under which the same word meets across
 * scripts and inflections ("Cubans", "кубинців", "кубинцев" are all "kub"). Only for proposals
 * a person confirms.
 */
export const skeletonPrefix = (word: string, letters = 3) => nameSkeleton(word).slice(0, letters);
