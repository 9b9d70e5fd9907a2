import { describe, expect, it } from "vitest";
import type { Lng } from "@/i18n/settings";
import { asQuotation, countedPhrase, countedReader, type Question } from "./counted";

/** One figure's counted words for a reader, as the comparison reads them (countedReader of its aspect). */
const countedFor = (counted: string, quoteLang: string, lng: Lng, questions: Question[]) =>
  countedReader(lng, questions)(counted, quoteLang);

// Russian personnel in Caracas, March 2019: the aspect asks in three languages how many arrived.
const PERSONNEL = [
  { lang: "en", question: "How many Russian troops arrived in Caracas?" },
  { lang: "uk", question: "Скільки російських військових прибуло до Каракаса?" },
  { lang: "ru", question: "Сколько российских военных прибыло в Каракас?" },
];

describe("the thing a question counts", () => {
  it("reads the words after how many, up to the verb, in three languages", () => {
    expect(
      [
        ["How many Russian troops arrived in Caracas?", "en"],
        ["How many Cuban security personnel are in Venezuela?", "en"],
        ["How many Russian military personnel arrived in Caracas?", "en"],
        ["How many Russian troops Moscow sent to Caracas?", "en"],
        ["How many tons of cargo did the two planes bring?", "en"],
        ["How much money did Moscow lend Caracas?", "en"],
        ["Скільки кубинських силовиків перебуває у Венесуелі?", "uk"],
        ["Скільки російських військових прибуло до Каракаса?", "uk"],
        ["Скільки грошей Росія позичила Каракасу?", "uk"],
        ["Сколько сотрудников «Ростеха» остаётся в Венесуэле?", "ru"],
        ["Сколько тонн груза доставили два самолёта?", "ru"],
      ].map(([q, lang]) => countedPhrase(q!, lang!)),
    ).toEqual([
      "Russian troops",
      "Cuban security personnel",
      "Russian military personnel",
      "Russian troops",
      "tons of cargo",
      "money",
      "кубинських силовиків",
      "російських військових",
      "грошей",
      "сотрудников «Ростеха»",
      "тонн груза",
    ]);
  });

  it("names nothing for a question that counts nothing", () => {
    expect(countedPhrase("Did Russia withdraw its specialists?", "en")).toBeNull();
    expect(countedPhrase("Чи вивела Росія своїх фахівців?", "uk")).toBeNull();
    expect(countedPhrase("Сколько?", "ru")).toBeNull();
  });
});

describe("a figure's counted words for the reader", () => {
  it("stay as they are in the reader's language", () => {
    expect(countedFor("військових", "uk", "uk", PERSONNEL)).toEqual({ text: "військових", lang: "uk", quoted: false });
  });

  it("become the aspect's own words when the claim counts what the aspect counts", () => {
    expect(countedFor("Russian troops", "en", "uk", PERSONNEL)).toEqual({
      text: "російських військових",
      lang: "uk",
      quoted: false,
    });
    expect(countedFor("российских военных", "ru", "en", PERSONNEL)).toEqual({
      text: "Russian troops",
      lang: "en",
      quoted: false,
    });
  });

  it("are quoted in their own language when the claim counts something else", () => {
    // contractors are not troops: the difference is the story, and the words stay the article's
    expect(countedFor("Russian security contractors", "en", "uk", PERSONNEL)).toEqual({
      text: "Russian security contractors",
      lang: "en",
      quoted: true,
    });
    expect(countedFor("тонн груза", "ru", "en", PERSONNEL)).toEqual({ text: "тонн груза", lang: "ru", quoted: true });
    // an aspect asked in one language only has no words of the reader's to give
    expect(countedFor("военных", "ru", "uk", [PERSONNEL[2]!])).toEqual({ text: "военных", lang: "ru", quoted: true });
  });

  it("take the language of the words, not of the article, when an article quotes another", () => {
    expect(countedFor("Russian troops", "uk", "en", PERSONNEL)).toEqual({
      text: "Russian troops",
      lang: "en",
      quoted: false,
    });
  });

  it("are marked as a quotation the way their own language marks one", () => {
    expect([asQuotation("contractors", "en"), asQuotation("груза", "ru"), asQuotation("вантажу", "uk")]).toEqual([
      "“contractors”",
      "«груза»",
      "«вантажу»",
    ]);
  });
});
