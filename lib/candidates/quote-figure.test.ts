import { describe, expect, it } from "vitest";
import type { Quantity, Stated } from "@/lib/domain/quantity";
import { parseFigure } from "./quote-figure";

/** A figure as stated, with the range it is compared by and what it counts. */
const figure = (
  stated: [number, number?, Stated["vagueness"]?],
  range: [number, number],
  rest: Pick<Quantity, "unit" | "counted" | "approximate">,
): Quantity => ({
  low: range[0],
  high: range[1],
  ...rest,
  stated: { low: stated[0], high: stated[1] ?? stated[0], vagueness: stated[2] ?? null },
});

describe("parseFigure reads the figure in a quote as stated, and the range it is compared by", () => {
  it.each([
    [
      "100 Russian troops and technical specialists and 35 tons of equipment",
      figure([100], [100, 100], { unit: null, counted: "Russian troops", approximate: false }),
    ],
    [
      "Rostec had stationed around 1,000 security contractors in the country two years ago",
      figure([1000], [900, 1100], { unit: null, counted: "security contractors", approximate: true }),
    ],
    [
      "some 20,000 Cubans in Venezuela are providing security support for Maduro",
      figure([20000], [18000, 22000], { unit: null, counted: "Cubans", approximate: true }),
    ],
    [
      "recent reports suggest that number has been cut to just a few dozen",
      figure([12, 12, "few"], [24, 60], { unit: null, counted: null, approximate: true }),
    ],
    [
      "100 thousand Kalashnikov assault rifles",
      figure([100000], [100000, 100000], { unit: null, counted: "Kalashnikov assault rifles", approximate: false }),
    ],
    [
      "contracts estimated at $11 billion",
      figure([11e9], [11e9, 11e9], { unit: "USD", counted: null, approximate: false }),
    ],
    [
      "близько 20 тисяч кубинців",
      figure([20000], [18000, 22000], { unit: null, counted: "кубинців", approximate: true }),
    ],
    // a count of people is never a fraction: "близько 35" is compared as 31–39, not 31.5–38.5
    ["близько 35 військових", figure([35], [31, 39], { unit: null, counted: "військових", approximate: true })],
    ["some 20 advisers", figure([20], [18, 22], { unit: null, counted: "advisers", approximate: true })],
    [
      "Каракас придбав російську зброю на суму від 2 до 9 млрд доларів",
      figure([2e9, 9e9], [2e9, 9e9], { unit: "USD", counted: null, approximate: false }),
    ],
    // money may be a fraction
    ["около 11 млрд долларов", figure([11e9], [9.9e9, 12.1e9], { unit: "USD", counted: null, approximate: true })],
    [
      "кілька десятків фахівців",
      figure([12, 12, "few"], [24, 60], { unit: null, counted: "фахівців", approximate: true }),
    ],
    [
      "Каракас придбав російську зброю на мільярди доларів",
      figure([1e9, 1e9, "many"], [2e9, 9e9], { unit: "USD", counted: null, approximate: true }),
    ],
    ["20\u00a0000 военных", figure([20000], [20000, 20000], { unit: null, counted: "военных", approximate: false })],
    ["1,5 млн рублей", figure([1.5e6], [1.5e6, 1.5e6], { unit: "RUB", counted: null, approximate: false })],
  ])("%s", (quote, expected) => {
    expect(parseFigure(quote)).toEqual(expected);
  });

  it("finds nothing in a quote without a figure", () => {
    expect(parseFigure("Росія відхилила цей запит")).toBeNull();
    expect(parseFigure("Russia has to get out.")).toBeNull();
  });
});

describe("a scale noun standing alone is a number, in every grammatical case", () => {
  const exactly = (value: number, counted: string) =>
    figure([value], [value, value], { unit: null, counted, approximate: false });
  it.each([
    ["a thousand troops arrived", exactly(1000, "troops")],
    ["a dozen advisers", exactly(12, "advisers")],
    ["прибула тисяча військових", exactly(1000, "військових")],
    ["направили тисячу військових", exactly(1000, "військових")],
    ["Россия прислала тысячу солдат", exactly(1000, "солдат")],
    ["с тысячей военных", exactly(1000, "военных")],
    ["сотня бойовиків", exactly(100, "бойовиків")],
    ["отправили сотню инструкторов", exactly(100, "инструкторов")],
    ["десяток радників", exactly(10, "радників")],
    ["дюжину советников", exactly(12, "советников")],
    ["мільйон доларів допомоги", figure([1e6], [1e6, 1e6], { unit: "USD", counted: "допомоги", approximate: false })],
  ])("%s", (quote, expected) => {
    expect(parseFigure(quote)).toEqual(expected);
  });

  it("reads тисячі and сотни after a marker that takes the genitive as one, and alone as a plural", () => {
    expect(parseFigure("около тысячи человек")).toEqual(
      figure([1000], [900, 1100], { unit: null, counted: "человек", approximate: true }),
    );
    expect(parseFigure("понад тисячі осіб")).toEqual(
      figure([1000], [1000, 1000], { unit: null, counted: "осіб", approximate: true }),
    );
    expect(parseFigure("тисячі людей вийшли")).toEqual(
      figure([1000, 1000, "many"], [2000, 9000], { unit: null, counted: "людей", approximate: true }),
    );
    expect(parseFigure("сотни военных")).toEqual(
      figure([100, 100, "many"], [200, 900], { unit: null, counted: "военных", approximate: true }),
    );
  });
});
