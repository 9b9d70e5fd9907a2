import { describe, expect, it } from "vitest";
import { parseFigure } from "./figures";

describe("parseFigure reads the figure in a quote", () => {
  it.each([
    ["100 Russian troops and technical specialists and 35 tons of equipment", { low: 100, high: 100, unit: null, approximate: false }],
    ["Rostec had stationed around 1,000 security contractors in the country two years ago", { low: 1000, high: 1000, unit: null, approximate: true }],
    ["some 20,000 Cubans in Venezuela are providing security support for Maduro", { low: 20000, high: 20000, unit: null, approximate: true }],
    ["recent reports suggest that number has been cut to just a few dozen", { low: 24, high: 60, unit: null, approximate: true }],
    ["100 thousand Kalashnikov assault rifles", { low: 100000, high: 100000, unit: null, approximate: false }],
    ["contracts estimated at $11 billion", { low: 11e9, high: 11e9, unit: "USD", approximate: false }],
    ["близько 20 тисяч кубинців", { low: 20000, high: 20000, unit: null, approximate: true }],
    ["Каракас придбав російську зброю на суму від 2 до 9 млрд доларів", { low: 2e9, high: 9e9, unit: "USD", approximate: false }],
    ["около 11 млрд долларов", { low: 11e9, high: 11e9, unit: "USD", approximate: true }],
    ["кілька десятків фахівців", { low: 24, high: 60, unit: null, approximate: true }],
    ["20\u00a0000 военных", { low: 20000, high: 20000, unit: null, approximate: false }],
    ["1,5 млн рублей", { low: 1.5e6, high: 1.5e6, unit: "RUB", approximate: false }],
  ])("%s", (quote, figure) => {
    expect(parseFigure(quote)).toEqual(figure);
  });

  it("finds nothing in a quote without a figure", () => {
    expect(parseFigure("Росія відхилила цей запит")).toBeNull();
    expect(parseFigure("Russia has to get out.")).toBeNull();
  });
});
