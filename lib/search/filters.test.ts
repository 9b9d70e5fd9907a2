import { describe, expect, it } from "vitest";
import { readFilters, searchFilters } from "./filters";

describe("search filters in the URL", () => {
  it("read what the schema reads, and name what they left out", () => {
    const query = { q: "Каракас", type: "claim", language: "ru", kind: "figure", from: "2019-03-25", cursor: "20" };
    expect(readFilters(query)).toStrictEqual({
      filters: { q: "Каракас", type: "claim", language: "ru", kind: "figure", from: "2019-03-25", cursor: 20 },
      ignored: [],
    });
    const odd: Record<string, string>[] = [
      {},
      { q: "", type: "" },
      { type: "user", to: "2019-02-30", cursor: "3.5", lang: "uk" },
    ];
    for (const given of odd) expect(readFilters(given).filters).toStrictEqual(searchFilters.parse(given));
    expect(readFilters({ type: "user", to: "2019-02-30", cursor: "3.5", lang: "uk" }).ignored).toEqual([
      "type",
      "to",
      "cursor",
    ]);
  });

  it("take a name like constructor for only a name", () => {
    expect(readFilters({ constructor: "1", toString: "x", q: "Песков" })).toStrictEqual({
      filters: { q: "Песков" },
      ignored: [],
    });
  });
});
