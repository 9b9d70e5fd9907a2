import { describe, expect, it } from "vitest";
import { isoDay, publicationDate, publishedInput, publishedOn } from "./dates";

describe("dates people give", () => {
  it("take a calendar day as midnight UTC and refuse days that do not exist", () => {
    expect(isoDay.parse("2019-03-25")).toEqual(new Date("2019-03-25T00:00:00Z"));
    expect(isoDay.safeParse("2019-02-30").success).toBe(false);
    expect(isoDay.safeParse("25.03.2019").success).toBe(false);
    expect(isoDay.safeParse("2019-3-25").success).toBe(false);
  });

  it("take a publication date as a day or only a month", () => {
    expect(publicationDate.parse("2019-03-25")).toEqual({
      publishedAt: new Date("2019-03-25T00:00:00Z"),
      datePrecision: "day",
    });
    expect(publicationDate.parse("2019-03")).toEqual({
      publishedAt: new Date("2019-03-01T00:00:00Z"),
      datePrecision: "month",
    });
    expect(publicationDate.safeParse("2019-13").success).toBe(false);
    expect(publicationDate.safeParse("2019").success).toBe(false);
  });

  it("give a month-precision date back as YYYY-MM, which sorts before the days of that month", () => {
    const month = publishedOn({ publishedAt: new Date("2019-03-01T00:00:00Z"), datePrecision: "month" });
    const day = publishedOn({ publishedAt: new Date("2019-03-01T10:30:00Z"), datePrecision: "day" });
    expect([month, day]).toEqual(["2019-03", "2019-03-01T10:30:00.000Z"]);
    expect(month!.localeCompare(day!)).toBe(-1);
    expect(publishedOn({ publishedAt: null, datePrecision: "day" })).toBeNull();
    expect([publishedInput(month), publishedInput(day), publishedInput(null)]).toEqual(["2019-03", "2019-03-01", ""]);
  });
});
