import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";
import { findFigures } from "./figures";

/** Each figure as [its words, stated low, stated high, vagueness]. */
const stated = (text: string, lang?: string) =>
  findFigures(text, 0, text.length, lang).map((f) => [
    text.slice(f.start, f.end),
    f.stated.low,
    f.stated.high,
    f.stated.vagueness,
  ]);

/** The words of the figure candidates the extractor proposes in an article. */
const proposed = (text: string, lang: string) =>
  extractCandidates(text, lang, [])
    .filter((c) => c.kind === "figure")
    .map((c) => text.slice(c.start, c.end));

describe("a comma before three digits: decimal in Ukrainian and Russian, grouping in English", () => {
  it.each([
    ["ru", "Бюджет получил 12,345 млрд рублей.", ["12,345 млрд рублей", 12345000000, 12345000000, null]],
    ["uk", "Уряд виділив 4,125 млн гривень.", ["4,125 млн гривень", 4125000, 4125000, null]],
    ["en", "The company employed 4,125 people.", ["4,125 people", 4125, 4125, null]],
  ])("%s: %s", (lang, text, expected) => {
    expect(stated(text, lang)).toEqual([expected]);
  });
});

describe("collective numerals count people", () => {
  it.each([
    ["Під час аварії постраждали четверо шахтарів.", ["четверо шахтарів", 4, 4, null]],
    ["В результате взрыва погибли семеро рабочих.", ["семеро рабочих", 7, 7, null]],
    ["На борту були двоє пілотів.", ["двоє пілотів", 2, 2, null]],
  ])("%s", (text, expected) => {
    expect(stated(text)).toEqual([expected]);
  });
});

describe("scale words in the locative and dative", () => {
  it.each([
    ["Министр говорил о 40 тысячах беженцев.", ["40 тысячах беженцев", 40000, 40000, null]],
    ["Речь шла о 3 миллионах тонн зерна.", ["3 миллионах тонн зерна", 3000000, 3000000, null]],
    ["Мова йшла про допомогу в 2 мільйонах гривень.", ["2 мільйонах гривень", 2000000, 2000000, null]],
    ["Речь идет о сотнях тысяч человек.", ["сотнях тысяч человек", 100000, 100000, "many"]],
  ])("%s", (text, expected) => {
    expect(stated(text)).toEqual([expected]);
  });
});

describe("a range whose second number repeats the currency sign", () => {
  it("reads 'between $2 billion and $4 billion' as one range", () => {
    expect(stated("Repairs could cost between $2 billion and $4 billion.")).toEqual([
      ["$2 billion and $4 billion", 2e9, 4e9, null],
    ]);
  });
});

describe("datelines, lists and debris", () => {
  it.each([
    ["uk", "ЛЬВІВ, 3 травня. /Укрінформ/. До міста прибули 120 рятувальників.", ["120 рятувальників"]],
    ["ru", "КАЗАНЬ, 9 июля. /ТАСС/. На заводе работают 800 человек.", ["800 человек"]],
    ["en", "Sept. 14, 2021 09:30 AM\n\nThe port handled 300 ships.", ["300 ships"]],
    [
      "en",
      "The storm cut power to 5,000 homes.\n\nMost read\n\n1 Floods: what we know\n\n2 Markets fall",
      ["5,000 homes"],
    ],
    ["ru", "16+\n\nВ городе открылись 40 школ.", ["40 школ"]],
    ["ru", "Суд приговорил его к 15 годам заключения, задержаны 30 человек.", ["30 человек"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(proposed(text, lang)).toEqual(expected);
  });

  it("keeps a numbered paragraph that is a sentence, and 'Most read' at the top of a page", () => {
    expect(proposed("Самое читаемое\n\nВ Крыму эвакуировали 200 человек.", "ru")).toEqual(["200 человек"]);
  });
});

describe("'from a thousand' and 'up to a thousand' are one thousand; 'thousands' a range", () => {
  it.each([
    ["ru", "Штат сократили с тысячи до нескольких десятков человек.", ["тысячи", 1000, 1000, null]],
    ["uk", "Там працювали до тисячі фахівців.", ["до тисячі фахівців", 1000, 1000, null]],
    ["en", "Up to a thousand engineers worked there.", ["Up to a thousand engineers", 1000, 1000, null]],
    ["ru", "В стране работают тысячи кубинцев.", ["тысячи кубинцев", 1000, 1000, "many"]],
  ])("%s: %s", (_lang, text, expected) => {
    expect(stated(text)[0]).toEqual(expected);
  });
});
