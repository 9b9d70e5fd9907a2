import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatFigure } from "./format";

describe("dates", () => {
  const moment = new Date("2026-11-24T09:05:00Z");

  it("show a day in each interface language", () => {
    expect([formatDate("en", moment), formatDate("uk", moment), formatDate("ru", moment)]).toEqual([
      "November 24, 2026",
      "24 листопада 2026 р.",
      "24 ноября 2026 г.",
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
    expect(cases.map((c) => formatFigure("en", c))).toEqual([`≈${nbsp}20,000`, `≈${nbsp}24–60`, "1,000", `≈${nbsp}$11B`, `≈${nbsp}$2–9B`, "€1,500"]);
  });

  it("group thousands with a no-break space in Ukrainian and Russian", () => {
    expect(cases.map((c) => formatFigure("uk", c))).toEqual([
      `≈${nbsp}20${nbsp}000`,
      `≈${nbsp}24–60`,
      `1${nbsp}000`,
      `≈${nbsp}11${nbsp}млрд${nbsp}USD`,
      `≈${nbsp}2–9${nbsp}млрд${nbsp}USD`,
      `1${nbsp}500${nbsp}EUR`,
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
});
