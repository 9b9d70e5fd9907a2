import { describe, expect, it } from "vitest";
import { likelyKind, properName } from "./kind";

describe("the kind of an entity made from a name in an article", () => {
  it("is an organisation for abbreviations, names in quotation marks and bodies named by their work", () => {
    expect(
      [
        "BBC",
        "ТАСС",
        "«Ростех»",
        "the Russian Foreign Ministry",
        "агентство Bloomberg",
        "Міністерство оборони України",
      ].map(likelyKind),
    ).toEqual(["organisation", "organisation", "organisation", "organisation", "organisation", "organisation"]);
  });

  it("is a person for people's names in any script", () => {
    expect(["Javier Mayorca", "Хавьер Майорка", "Марія Захарова", "Bruno Rodríguez"].map(likelyKind)).toEqual([
      "person",
      "person",
      "person",
      "person",
    ]);
  });

  it("is made from the proper name the speaker's words end in, never from a description", () => {
    expect(
      [
        "spokesman Dmitry Peskov",
        "речник президента Володимира Путіна Дмитро Пєсков",
        'агентство "Інтерфакс"',
        "Ursula von der Leyen",
        "місцеві журналісти",
        "Cuban officials",
        "the BBC",
        "эксперт Хавьер Майорка",
      ].map(properName),
    ).toEqual([
      "Dmitry Peskov",
      "Дмитро Пєсков",
      '"Інтерфакс"',
      "Ursula von der Leyen",
      null,
      null,
      "BBC",
      "Хавьер Майорка",
    ]);
  });
});
