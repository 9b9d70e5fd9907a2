import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "./spreadsheet";

describe("spreadsheetSafe", () => {
  it("turns every cell a spreadsheet would run into text", () => {
    expect(
      ['=HYPERLINK("http://evil.example/","click")', "+7 495 123", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"].map(
        spreadsheetSafe,
      ),
    ).toEqual([
      `'=HYPERLINK("http://evil.example/","click")`,
      "'+7 495 123",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "'\rReturn",
    ]);
  });

  it("leaves other text and every number as they are", () => {
    expect(["Сергей Лавров", "100 Russian troops", "a=b", "", 1000, -5, 0.5].map(spreadsheetSafe)).toEqual([
      "Сергей Лавров",
      "100 Russian troops",
      "a=b",
      "",
      1000,
      -5,
      0.5,
    ]);
  });
});
