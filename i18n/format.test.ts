import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

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
