import { describe, expect, it } from "vitest";
import { suggestAspect, type AspectProfile } from "./aspect";

// The demo event's aspects with some of their claims, as an editor has marked them.
const aspects: AspectProfile[] = [
  {
    id: "russian-personnel",
    eventId: "e",
    kind: "numeric",
    unit: "personnel",
    questions: ["How many Russian military personnel are in Venezuela?", "Скільки російських військових у Венесуелі?"],
    claims: [
      {
        quote: "100 Russian troops and technical specialists",
        lang: "en",
        unit: "personnel",
        counted: "Russian troops",
      },
    ],
  },
  {
    id: "cuban-personnel",
    eventId: "e",
    kind: "numeric",
    unit: "personnel",
    questions: ["How many Cuban personnel are in Venezuela?"],
    claims: [{ quote: "some 20,000 Cubans in Venezuela", lang: "en", unit: "personnel", counted: "Cubans" }],
  },
  {
    id: "arms-deals",
    eventId: "e",
    kind: "numeric",
    unit: "USD",
    questions: ["How much are Russia's arms deals with Venezuela worth?"],
    claims: [{ quote: "contracts estimated at $11 billion", lang: "en", unit: "USD", counted: null }],
  },
  {
    id: "russian-interference",
    eventId: "e",
    kind: "categorical",
    unit: null,
    questions: ["Is Russia interfering in Venezuela?"],
    claims: [{ quote: "the constant interference of the Russian military", lang: "en", unit: null, counted: null }],
  },
];

describe("suggestAspect", () => {
  it.each([
    ["близько 20 тисяч кубинців", "uk", { unit: null, counted: "кубинців" }, "cuban-personnel"],
    [
      "some 35 Russian military advisers",
      "en",
      { unit: null, counted: "Russian military advisers" },
      "russian-personnel",
    ],
    ["арсенал на 2 млрд долларов", "ru", { unit: "USD", counted: null }, "arms-deals"],
    ["Moscow denied any interference in Venezuela's affairs", "en", null, "russian-interference"],
  ] as const)("%s → %s", (quote, lang, quantity, expected) => {
    expect(
      suggestAspect(
        { quote, lang, kind: quantity ? "figure" : "denial", quantity: quantity && { ...quantity } },
        aspects,
      ),
    ).toBe(expected);
  });

  it("suggests nothing when nothing speaks for an aspect", () => {
    expect(suggestAspect({ quote: "Погода була ясна", lang: "uk", kind: "statement", quantity: null }, [])).toBeNull();
  });
});
