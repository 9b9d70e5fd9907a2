import { describe, expect, it } from "vitest";
import { completeQuantity } from "@/lib/domain/figures";
import { formatComparedRange, formatDate, formatDateTime, formatFigure } from "./format";

describe("dates", () => {
  const moment = new Date("2026-11-24T09:05:00Z");

  it("show a day in each interface language", () => {
    expect([formatDate("en", moment), formatDate("uk", moment), formatDate("ru", moment)]).toEqual([
      "November 24, 2026",
      "24 листопада 2026 р.",
      "24 ноября 2026 г.",
    ]);
  });

  it("show only the month when only the month is known", () => {
    expect([formatDate("en", "2019-03"), formatDate("uk", "2019-03"), formatDate("ru", "2019-03")]).toEqual([
      "March 2019",
      "березень 2019 р.",
      "март 2019 г.",
    ]);
  });

  it("show a moment to the minute, in UTC, for logs everyone reads alike", () => {
    expect([formatDateTime("en", moment), formatDateTime("uk", moment), formatDateTime("ru", moment)]).toEqual([
      "Nov 24, 2026, 09:05 AM UTC",
      "24 лист. 2026 р., 09:05 UTC",
      "24 нояб. 2026 г., 09:05 UTC",
    ]);
  });
});

describe("figures", () => {
  const nbsp = "\u00a0";
  const cases = [
    { low: 20000, high: 20000, unit: "personnel", approximate: true },
    { low: 24, high: 60, unit: "personnel", approximate: true },
    { low: 1000, high: 1000, unit: "personnel", approximate: false },
    { low: 11e9, high: 11e9, unit: "USD", approximate: true },
    { low: 2e9, high: 9e9, unit: "USD", approximate: true },
    { low: 1500, high: 1500, unit: "EUR", approximate: false },
  ];

  it("group thousands, draw ranges and mark approximations the English way", () => {
    expect(cases.map((c) => formatFigure("en", c))).toEqual([
      `≈${nbsp}20,000`,
      `≈${nbsp}24–60`,
      "1,000",
      `≈${nbsp}$11B`,
      `≈${nbsp}$2–9B`,
      "€1,500",
    ]);
  });

  it("group thousands with a no-break space in Ukrainian and Russian, and write money alike in both", () => {
    expect(cases.map((c) => formatFigure("uk", c))).toEqual([
      `≈${nbsp}20${nbsp}000`,
      `≈${nbsp}24–60`,
      `1${nbsp}000`,
      `≈${nbsp}11${nbsp}млрд${nbsp}$`,
      `≈${nbsp}2–9${nbsp}млрд${nbsp}$`,
      `1${nbsp}500${nbsp}€`,
    ]);
    expect(cases.map((c) => formatFigure("ru", c))).toEqual([
      `≈${nbsp}20${nbsp}000`,
      `≈${nbsp}24–60`,
      `1${nbsp}000`,
      `≈${nbsp}11${nbsp}млрд${nbsp}$`,
      `≈${nbsp}2–9${nbsp}млрд${nbsp}$`,
      `1${nbsp}500${nbsp}€`,
    ]);
  });

  it("spell units of measure in each language, with its plural forms", () => {
    const units = [
      { low: 35, high: 35, unit: "tons" },
      { low: 1, high: 1, unit: "tons" },
      { low: 3, high: 3, unit: "tons" },
      { low: 560000, high: 560000, unit: "barrels", approximate: true },
      { low: 15, high: 15, unit: "%" },
      { low: 300, high: 300, unit: "km" },
    ];
    expect(units.map((u) => formatFigure("en", u))).toEqual([
      "35 tons",
      "1 ton",
      "3 tons",
      `≈${nbsp}560,000 barrels`,
      "15%",
      "300 km",
    ]);
    expect(units.map((u) => formatFigure("uk", u))).toEqual([
      "35 тонн",
      "1 тонна",
      "3 тонни",
      `≈${nbsp}560${nbsp}000 барелів`,
      "15%",
      "300 км",
    ]);
    expect(units.map((u) => formatFigure("ru", u))).toEqual([
      "35 тонн",
      "1 тонна",
      "3 тонны",
      `≈${nbsp}560${nbsp}000 баррелей`,
      `15${nbsp}%`,
      "300 км",
    ]);
    expect(formatFigure("uk", { low: 2, high: 5, unit: "tons" })).toBe("2–5 тонн");
  });
});

describe("figures as the text states them", () => {
  const nbsp = "\u00a0";
  const stated = (low: number, high: number, vagueness: "few" | "many" | null, unit: string | null = null) => {
    const q = completeQuantity({ stated: { low, high, vagueness }, unit, approximate: vagueness === null });
    return [formatFigure("en", q), formatFigure("uk", q), formatFigure("ru", q), formatComparedRange("en", q)];
  };

  it("show an approximate figure as said, with the range it is compared by apart", () => {
    // "близько 35 військових": a count, never a fraction
    expect(stated(35, 35, null)).toEqual([`≈${nbsp}35`, `≈${nbsp}35`, `≈${nbsp}35`, "31–39"]);
    expect(stated(20000, 20000, null)).toEqual([
      `≈${nbsp}20,000`,
      `≈${nbsp}20${nbsp}000`,
      `≈${nbsp}20${nbsp}000`,
      "18,000–22,000",
    ]);
  });

  it("say a vague figure in words, in each interface language", () => {
    expect(stated(12, 12, "few")).toEqual(["a few dozen", "кілька десятків", "несколько десятков", "24–60"]);
    expect(stated(100, 100, "many")).toEqual(["hundreds", "сотні", "сотни", "200–900"]);
    expect(stated(10000, 10000, "many")).toEqual([
      "tens of thousands",
      "десятки тисяч",
      "десятки тысяч",
      "20,000–90,000",
    ]);
    expect(stated(1e9, 1e9, "many", "USD")).toEqual(["billions ($)", "мільярди ($)", "миллиарды ($)", "$2–9B"]);
  });

  it("show a range as a range, and fall back to the figure for a base it has no words for", () => {
    expect(formatFigure("uk", completeQuantity({ stated: { low: 2e9, high: 9e9 }, unit: "USD" }))).toBe(
      `2–9${nbsp}млрд${nbsp}$`,
    );
    expect(formatFigure("en", completeQuantity({ stated: { low: 7, high: 7, vagueness: "few" } }))).toBe(
      `≈${nbsp}14–35`,
    );
  });
});
