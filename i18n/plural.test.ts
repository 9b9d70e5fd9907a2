import { describe, expect, it } from "vitest";
import { formatQuantity } from "./format";
import { getT } from "./server";

describe("plural forms and numbers", () => {
  it("declines Ukrainian counts as one / few / many", () => {
    const t = getT("uk", "common");
    const articles = [1, 3, 5, 11, 21, 22, 25, 1000].map((count) => t("count.articles", { count }));
    expect(articles).toEqual([
      "1 стаття",
      "3 статті",
      "5 статей",
      "11 статей",
      "21 стаття",
      "22 статті",
      "25 статей",
      "1\u00a0000 статей",
    ]);
  });

  it("declines Russian counts as one / few / many", () => {
    const t = getT("ru", "common");
    expect([1, 2, 5, 21, 111].map((count) => t("count.claims", { count }))).toEqual([
      "1 утверждение",
      "2 утверждения",
      "5 утверждений",
      "21 утверждение",
      "111 утверждений",
    ]);
  });

  it("keeps English to one / other, with grouped digits", () => {
    const t = getT("en", "common");
    expect([1, 2, 20000].map((count) => t("count.outlets", { count }))).toEqual([
      "1 outlet",
      "2 outlets",
      "20,000 outlets",
    ]);
  });

  it("formats figures and ranges for each language", () => {
    expect(formatQuantity("en", 20000, 20000)).toBe("20,000");
    expect(formatQuantity("uk", 20000, 20000)).toBe("20\u00a0000");
    expect(formatQuantity("ru", 24, 60)).toBe("24–60");
  });
});
