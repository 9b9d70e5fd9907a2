import { describe, expect, it } from "vitest";
import { matchExpression, parseQuery } from "./query";

describe("a search as typed", () => {
  it("has words, phrases, exclusions and prefixes", () => {
    expect(parseQuery('Ростеху "20 тисяч" -Syria contract*')).toEqual([
      { words: ["ростеху"], phrase: false, exclude: false, prefix: false },
      { words: ["20", "тисяч"], phrase: true, exclude: false, prefix: false },
      { words: ["syria"], phrase: false, exclude: true, prefix: false },
      { words: ["contract"], phrase: false, exclude: false, prefix: true },
    ]);
  });

  it("becomes a MATCH expression of quoted stems, a word in any of its languages", () => {
    expect(matchExpression(parseQuery("Ростеху troops"))).toBe('"ростех" AND "troop"');
    expect(matchExpression(parseQuery('"20 тысяч кубинцев" -Syria'))).toBe('("20 тысяч кубинц") NOT ("syria")');
    expect(matchExpression(parseQuery("contract*"))).toBe('"contract" *');
    expect(matchExpression(parseQuery("Guaidó"), new Map([["guaido", ["гуайд", "guaydo"]]]))).toBe(
      '("guaido" OR "гуайд" OR "guaydo")',
    );
  });

  it("never passes the user's own FTS5 syntax through", () => {
    expect(matchExpression(parseQuery('NEAR(a b) title:x ^start "unbalanced'))).toBe(
      '"near" AND "b" AND "titl" AND "x" AND "start" AND "unbalanc"',
    );
    expect(matchExpression(parseQuery('" OR "'))).toBe('"or"');
  });

  it("is empty when nothing is left to look for", () => {
    for (const q of ["", "   ", "the and of", "і та в", "-Syria", '""', "*", "(:^)"])
      expect([q, matchExpression(parseQuery(q))]).toEqual([q, null]);
  });

  it("is cut to a sensible length", () => {
    const long = "слово ".repeat(2_000);
    expect(parseQuery(long).length).toBe(12);
  });
});
