import { describe, expect, it } from "vitest";
import { fold, indexed, queryStems, stem, words } from "./words";

const same = (lang: "en" | "uk" | "ru", ...forms: string[]) => new Set(forms.map((f) => stem(fold(f), lang)));

describe("words", () => {
  it("are cut at spaces and punctuation, keep their places, and fold case, Latin accents, ё and apostrophes", () => {
    expect(words("«Guaidó» сказав: п’ять, Ёлка's!")).toEqual([
      { word: "guaido", start: 1, end: 7 },
      { word: "сказав", start: 9, end: 15 },
      { word: "пять", start: 17, end: 22 },
      { word: "елкаs", start: 24, end: 30 },
    ]);
    // й and ї are letters of their own, not accented и and і
    expect(fold("Їжак й Україна")).toBe("їжак й україна");
  });
});

describe("stems", () => {
  it("meet across the forms of a word in each language", () => {
    expect(same("en", "troops", "troop")).toEqual(new Set(["troop"]));
    expect(same("en", "contractors", "contractor")).toEqual(new Set(["contractor"]));
    expect(same("ru", "Ростех", "Ростеху", "Ростеха")).toEqual(new Set(["ростех"]));
    expect(same("ru", "военных", "военные", "военный")).toEqual(new Set(["воен"]));
    expect(same("ru", "тысяча", "тысячи", "тысячу")).toEqual(new Set(["тысяч"]));
    expect(same("uk", "тисяча", "тисячі")).toEqual(new Set(["тисяч"]));
    expect(same("uk", "військових", "військові", "військового")).toEqual(new Set(["військ"]));
    expect(same("uk", "Лавров", "Лаврова", "Лаврову")).toEqual(new Set(["лавр"]));
    expect(same("uk", "фахівців", "фахівці", "фахівця")).toEqual(new Set(["фахівц"]));
  });

  it("take a Latin word in any text as English, and keep numbers as they are", () => {
    expect(stem("contractors", "ru")).toBe("contractor");
    expect(stem("20000", "uk")).toBe("20000");
  });

  it("of a query word are tried in each language it could be in", () => {
    expect(queryStems("Ростеху")).toEqual(["ростех"]);
    expect(queryStems("військових")).toEqual(["військ"]);
    expect(queryStems("Troops")).toEqual(["troop"]);
  });

  it("make the text the index holds", () => {
    expect(indexed("Близько 400 російських військових прибули", "uk")).toBe("близьк 400 російськ військ прибул");
  });
});
