// The generated corpus of npm run bench:search: sentences in English, Ukrainian and Russian made of
// a small vocabulary in several grammatical forms, names in each script, and a rarely named general.
import type { SearchLanguage } from "@/lib/search/words";

/** Words each language's sentences are made of, in several grammatical forms, and the names in each script. */
const VOCABULARY: Record<SearchLanguage, { subjects: string[]; verbs: string[]; objects: string[]; places: string[] }> =
  {
    en: {
      subjects: [
        "Russian troops",
        "the contractors",
        "a Russian troop",
        "Cuban advisers",
        "the ministry",
        "Guaidó",
        "Peskov",
        "Rostec",
        "the Kremlin",
        "Venezuelan officers",
      ],
      verbs: [
        "arrived in",
        "left",
        "were seen near",
        "denied reports about",
        "confirmed a deal with",
        "flew to",
        "trained soldiers in",
        "guarded",
      ],
      objects: [
        "100 specialists",
        "the air base",
        "20,000 doctors",
        "two bombers",
        "a few dozen instructors",
        "the oil company",
        "S-300 systems",
        "the presidential palace",
      ],
      places: ["Caracas", "Havana", "Moscow", "Maracay", "the border", "Washington", "the capital", "the coast"],
    },
    uk: {
      subjects: [
        "Російські військові",
        "найманці",
        "російський військовий",
        "кубинські радники",
        "міністерство",
        "Гуайдо",
        "Пєсков",
        "Ростех",
        "Кремль",
        "венесуельські офіцери",
      ],
      verbs: [
        "прибули до",
        "залишили",
        "помічені біля",
        "заперечили повідомлення про",
        "уклали угоду з",
        "прилетіли в",
        "навчали солдатів у",
        "охороняли",
      ],
      objects: [
        "100 фахівців",
        "авіабазу",
        "20 тисяч лікарів",
        "два бомбардувальники",
        "кілька десятків інструкторів",
        "нафтову компанію",
        "системи С-300",
        "президентський палац",
      ],
      places: ["Каракаса", "Гавани", "Москви", "Маракая", "кордону", "Вашингтона", "столиці", "узбережжя"],
    },
    ru: {
      subjects: [
        "Российские военные",
        "наёмники",
        "российский военный",
        "кубинские советники",
        "министерство",
        "Гуайдо",
        "Песков",
        "Ростех",
        "Кремль",
        "венесуэльские офицеры",
      ],
      verbs: [
        "прибыли в",
        "покинули",
        "замечены у",
        "опровергли сообщения о",
        "заключили сделку с",
        "прилетели в",
        "обучали солдат в",
        "охраняли",
      ],
      objects: [
        "100 специалистов",
        "авиабазу",
        "20 тысяч врачей",
        "два бомбардировщика",
        "несколько десятков инструкторов",
        "нефтяную компанию",
        "системы С-300",
        "президентский дворец",
      ],
      places: ["Каракасе", "Гаване", "Москве", "Маракае", "границе", "Вашингтоне", "столице", "побережье"],
    },
  };
export const LANGS: SearchLanguage[] = ["en", "uk", "ru"];
export const RARE: Record<SearchLanguage, string> = {
  en: "General Tonkoshkurov said:",
  uk: "Генерал Тонкошкуров сказав:",
  ru: "Генерал Тонкошкуров сказал:",
};

/** A small deterministic generator, so every run builds the same corpus. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const pick = <T>(r: () => number, list: T[]) => list[Math.floor(r() * list.length)]!;

export function sentence(r: () => number, lang: SearchLanguage) {
  const v = VOCABULARY[lang];
  return `${pick(r, v.subjects)} ${pick(r, v.verbs)} ${pick(r, v.places)}: ${pick(r, v.objects)}.`;
}
