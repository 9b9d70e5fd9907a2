import { describe, expect, it } from "vitest";
import { parseFigure } from "./quote-figure";

describe("parseFigure reads the figure in a quote", () => {
  it.each([
    [
      "100 Russian troops and technical specialists and 35 tons of equipment",
      { low: 100, high: 100, unit: null, counted: "Russian troops", approximate: false },
    ],
    [
      "Rostec had stationed around 1,000 security contractors in the country two years ago",
      { low: 900, high: 1100, unit: null, counted: "security contractors", approximate: true },
    ],
    [
      "some 20,000 Cubans in Venezuela are providing security support for Maduro",
      { low: 18000, high: 22000, unit: null, counted: "Cubans", approximate: true },
    ],
    [
      "recent reports suggest that number has been cut to just a few dozen",
      { low: 24, high: 60, unit: null, counted: null, approximate: true },
    ],
    [
      "100 thousand Kalashnikov assault rifles",
      { low: 100000, high: 100000, unit: null, counted: "Kalashnikov assault rifles", approximate: false },
    ],
    ["contracts estimated at $11 billion", { low: 11e9, high: 11e9, unit: "USD", counted: null, approximate: false }],
    ["близько 20 тисяч кубинців", { low: 18000, high: 22000, unit: null, counted: "кубинців", approximate: true }],
    [
      "Каракас придбав російську зброю на суму від 2 до 9 млрд доларів",
      { low: 2e9, high: 9e9, unit: "USD", counted: null, approximate: false },
    ],
    ["около 11 млрд долларов", { low: 9.9e9, high: 12.1e9, unit: "USD", counted: null, approximate: true }],
    ["кілька десятків фахівців", { low: 24, high: 60, unit: null, counted: "фахівців", approximate: true }],
    ["20\u00a0000 военных", { low: 20000, high: 20000, unit: null, counted: "военных", approximate: false }],
    ["1,5 млн рублей", { low: 1.5e6, high: 1.5e6, unit: "RUB", counted: null, approximate: false }],
  ])("%s", (quote, figure) => {
    expect(parseFigure(quote)).toEqual(figure);
  });

  it("finds nothing in a quote without a figure", () => {
    expect(parseFigure("Росія відхилила цей запит")).toBeNull();
    expect(parseFigure("Russia has to get out.")).toBeNull();
  });
});
