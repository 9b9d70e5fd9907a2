import { describe, expect, it } from "vitest";
import { currencyName } from "@/i18n/format";
import type { Stated } from "@/lib/domain/figures";
import { newAspectQuestion, suggestAspect, type AspectProfile, type CandidateProfile } from "./aspect";
import { findFigures } from "./figures";

const at = (low: number, vagueness: Stated["vagueness"] = null): Stated => ({ low, high: low, vagueness });
const words = { unit: null, counted: null, stated: null };

// The demo event's aspects, with their questions in three languages and some of their claims
// as editors have marked them.
const troops: AspectProfile = {
  id: "russian-personnel",
  eventId: "e",
  kind: "numeric",
  unit: "personnel",
  questions: [
    "How many Russian military personnel are in Venezuela?",
    "Скільки російських військових у Венесуелі?",
    "Сколько российских военных в Венесуэле?",
  ],
  claims: [
    {
      quote: "100 Russian troops and technical specialists and 35 tons of equipment",
      lang: "en",
      unit: "personnel",
      counted: "Russian troops and technical specialists",
      stated: at(100),
      speakerId: null,
    },
    {
      quote: "Rostec had stationed around 1,000 security contractors in the country",
      lang: "en",
      unit: "personnel",
      counted: "Russian security contractors",
      stated: at(1000),
      speakerId: null,
    },
    {
      quote: "The presence of Russian specialists in Venezuela is regulated by an agreement",
      lang: "en",
      ...words,
      speakerId: "maria-zakharova",
    },
  ],
};
const cubans: AspectProfile = {
  id: "cuban-personnel",
  eventId: "e",
  kind: "numeric",
  unit: "personnel",
  questions: [
    "How many Cuban personnel are in Venezuela, and in what role?",
    "Скільки кубинців у Венесуелі і в якій ролі?",
    "Сколько кубинцев в Венесуэле и в какой роли?",
  ],
  claims: [
    {
      quote: "some 20,000 Cubans in Venezuela are providing security support for Maduro",
      lang: "en",
      unit: "personnel",
      counted: "Cubans providing security support",
      stated: at(20000),
      speakerId: "john-bolton",
    },
    {
      quote: "those few ten thousand Cubans are mostly medical workers",
      lang: "en",
      unit: null,
      counted: null,
      stated: at(10000, "few"),
      speakerId: "bruno-rodriguez",
    },
    { quote: "That’s a lie. I invite them to provide evidence", lang: "en", ...words, speakerId: "bruno-rodriguez" },
  ],
};
const arms: AspectProfile = {
  id: "arms-deals",
  eventId: "e",
  kind: "numeric",
  unit: "USD",
  questions: ["How much Russian weaponry has Venezuela bought?", "Скільки російської зброї купила Венесуела?"],
  claims: [
    {
      quote: "Каракас придбав російську зброю на мільярди доларів",
      lang: "uk",
      unit: "USD",
      counted: "Russian weapons bought by Venezuela",
      stated: at(1e9, "many"),
      speakerId: null,
    },
  ],
};
const interference: AspectProfile = {
  id: "russian-interference",
  eventId: "e",
  kind: "categorical",
  unit: null,
  questions: [
    "Is Russia interfering in Venezuela's internal affairs?",
    "Вмешивается ли Россия во внутренние дела Венесуэлы?",
  ],
  claims: [
    { quote: "the constant interference of the Russian military", lang: "en", ...words, speakerId: "mike-pompeo" },
    {
      quote: "The Russian Foreign Ministry categorically rejected Washington’s accusations of interference",
      lang: "en",
      ...words,
      speakerId: "russian-mfa",
    },
  ],
};
const demo = [troops, cubans, arms, interference];

/** The last figure of a sentence as the extractor reads it, as a candidate. */
function figure(sentence: string, lang: string, speakerId: string | null = null): CandidateProfile {
  const found = findFigures(sentence, 0, sentence.length, lang).at(-1)!;
  const { unit, counted, stated } = found;
  return {
    quote: sentence.slice(found.start, found.end),
    lang,
    kind: "figure",
    speakerId,
    quantity: { unit, counted, stated },
  };
}
const spoken = (quote: string, lang: string, kind: "statement" | "denial", speakerId: string | null) =>
  ({ quote, lang, kind, speakerId, quantity: null }) satisfies CandidateProfile;

describe("suggestAspect", () => {
  it("follows the counted thing and a figure already claimed: the troops, not the Cubans", () => {
    const soldiers = figure("Two planes landed in Caracas with around 100 Russian soldiers on Saturday.", "en");
    expect(soldiers.quote).toBe("around 100 Russian soldiers");
    expect(suggestAspect(soldiers, demo, "en")).toEqual({ aspectId: "russian-personnel", confidence: "high" });
    // the same in Russian, against the aspect's Russian question
    const military = figure("В Каракас прибыли около 100 российских военных.", "ru");
    expect(suggestAspect(military, demo, "ru")).toEqual({ aspectId: "russian-personnel", confidence: "high" });
  });

  it("follows the Cubans across scripts, even when another aspect counts «військових» too", () => {
    const cuban = figure("За словами Болтона, у країні перебувають близько 20 тисяч кубинських військових.", "uk");
    expect(cuban.quantity!.counted).toBe("кубинських військових");
    expect(suggestAspect(cuban, demo, "uk")).toEqual({ aspectId: "cuban-personnel", confidence: "high" });
  });

  it("never sends tonnes to people: with no aspect in tonnes, it proposes a new one", () => {
    const cargo = figure("Літаки Ан-124 та Іл-62 доставили до Каракаса 35 тонн вантажу.", "uk");
    expect(suggestAspect(cargo, demo, "uk")).toEqual({
      newAspect: { question: "Скільки тонн «вантажу»?", kind: "numeric", unit: "tons" },
      confidence: "high",
    });
    expect(suggestAspect(figure("The planes brought 35 tons of cargo.", "en"), demo, "en")).toEqual({
      newAspect: { question: "How many tons of “cargo”?", kind: "numeric", unit: "tons" },
      confidence: "high",
    });
  });

  it("sends tonnes to an aspect an editor counts in “tonnes”: sure when its question names the cargo", () => {
    const cargo = figure("Літаки доставили до Каракаса 35 тонн вантажу.", "uk");
    const tonnes: AspectProfile = {
      id: "cargo",
      eventId: "e",
      kind: "numeric",
      unit: "tonnes",
      questions: ["How much cargo did the planes bring?"],
      claims: [],
    };
    // the unit alone: "вантажу" meets no English word, so the editor confirms
    expect(suggestAspect(cargo, [...demo, tonnes], "uk")).toEqual({ aspectId: "cargo", confidence: "low" });
    const named = { ...tonnes, questions: [...tonnes.questions, "Скільки вантажу доставили літаки?"] };
    expect(suggestAspect(cargo, [...demo, named], "uk")).toEqual({ aspectId: "cargo", confidence: "high" });
  });

  it("sends money to the aspect in money and never to people", () => {
    const credit = figure("Россия выделила Венесуэле кредит на 2 млрд долларов.", "ru");
    expect(suggestAspect(credit, demo, "ru")).toEqual({ aspectId: "arms-deals", confidence: "high" });
    const loans = figure("Moscow lent Caracas $300 million.", "en");
    expect(suggestAspect(loans, [troops, cubans], "en")).toEqual({
      newAspect: { question: `How much money (${currencyName("en", "USD")})?`, kind: "numeric", unit: "USD" },
      confidence: "high",
    });
  });

  it("proposes a new aspect, unsure, for people no aspect counts", () => {
    const mercenaries = figure("У Венесуелі, за даними розвідки, перебувають 5 тисяч найманців.", "uk");
    expect(suggestAspect(mercenaries, demo, "uk")).toEqual({
      newAspect: { question: "Скільки «найманців»?", kind: "numeric", unit: null },
      confidence: "low",
    });
  });

  it("takes no small figure for evidence: two planes are not the troops' two", () => {
    const planes = figure("Місцеві журналісти бачили два літаки.", "uk");
    const two = { quote: "два літаки", lang: "uk", unit: null, counted: null, stated: at(2), speakerId: null };
    expect(suggestAspect(planes, [{ ...troops, claims: [...troops.claims, two] }, cubans], "uk")).toEqual({
      newAspect: { question: "Скільки «літаки»?", kind: "numeric", unit: null },
      confidence: "low",
    });
  });

  it("weighs the speaker less than the counted thing: the Cubans' speaker on doctors", () => {
    const doctors = figure("Rodríguez said that about 3,000 doctors work there.", "en", "bruno-rodriguez");
    // "doctors" meets no aspect: the speaker alone does not outweigh that
    expect(suggestAspect(doctors, demo, "en")).toEqual({
      newAspect: { question: "How many “doctors”?", kind: "numeric", unit: null },
      confidence: "low",
    });
    const cubanDoctors = figure("Rodríguez said that about 3,000 Cuban doctors work there.", "en", "bruno-rodriguez");
    expect(suggestAspect(cubanDoctors, demo, "en")).toEqual({ aspectId: "cuban-personnel", confidence: "high" });
  });

  it("sends words to the aspect whose words and speakers they share: sure with two words, unsure on the speaker alone", () => {
    const denial = spoken(
      "Moscow denied any interference in Venezuela's internal affairs.",
      "en",
      "denial",
      "russian-mfa",
    );
    expect(suggestAspect(denial, demo, "en")).toEqual({ aspectId: "russian-interference", confidence: "high" });
    const lie = spoken("Bruno Rodríguez called the reports a fabrication.", "en", "statement", "bruno-rodriguez");
    expect(suggestAspect(lie, demo, "en")).toEqual({ aspectId: "cuban-personnel", confidence: "low" });
  });

  it("proposes nothing when nothing speaks for an aspect and no new one can be worded", () => {
    expect(suggestAspect(spoken("Погода була ясна.", "uk", "statement", null), demo, "uk")).toBeNull();
    // a bare count names nothing to ask about
    const bare = figure("За даними ООН, кількість біженців зросла до 20 000.", "uk");
    expect(bare.quantity).toMatchObject({ unit: null, counted: null });
    expect(suggestAspect(bare, [], "uk")).toBeNull();
  });
});

describe("newAspectQuestion", () => {
  it.each([
    ["en", { unit: null, counted: "Russian soldiers" }, "How many “Russian soldiers”?"],
    ["uk", { unit: null, counted: "кубинських військових" }, "Скільки «кубинських військових»?"],
    ["ru", { unit: "tons", counted: "груза" }, "Сколько тонн «груза»?"],
    ["ru", { unit: "tons", counted: null }, "Сколько тонн?"],
    ["en", { unit: "USD", counted: "loans" }, `What is the sum of “loans” (${currencyName("en", "USD")})?`],
    ["uk", { unit: "tonnes", counted: null }, "Скільки тонн?"],
    ["uk", { unit: "%", counted: null }, "Який відсоток?"],
    ["en", { unit: null, counted: null }, null],
  ] as const)("%s %j: %s", (lng, quantity, question) => {
    expect(newAspectQuestion(quantity, lng)).toBe(question);
  });
});
