import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters } from "./filters";

describe("comparison filters in the URL", () => {
  it("default to confirmed claims from every source, as a matrix, flagging figures twice apart", () => {
    expect(parseFilters(new URLSearchParams())).toEqual({
      sources: [],
      languages: [],
      stances: [],
      includeSuggested: false,
      factor: 2,
      view: "matrix",
    });
    expect(filtersToQuery(parseFilters(new URLSearchParams()))).toBe("");
  });

  it("read repeated values and write them back the same way", () => {
    const query =
      "view=timeline&source=rt&source=article-x&language=uk&stance=denies&stance=disputes&status=all&factor=5";
    const filters = parseFilters(new URLSearchParams(query));
    expect(filters).toEqual({
      sources: ["rt", "article-x"],
      languages: ["uk"],
      stances: ["denies", "disputes"],
      includeSuggested: true,
      factor: 5,
      view: "timeline",
    });
    expect(filtersToQuery(filters)).toBe(query);
  });

  it("take Next's searchParams object too", () => {
    expect(parseFilters({ source: ["a", "a", "b"], stance: "asserts", lang: "uk" })).toMatchObject({
      sources: ["a", "b"],
      stances: ["asserts"],
    });
  });

  it("fall back to defaults for nonsense instead of failing", () => {
    expect(parseFilters(new URLSearchParams("stance=lies&factor=0.5&view=pie&status=maybe&language=<script>"))).toEqual(
      {
        sources: [],
        languages: [],
        stances: [],
        includeSuggested: false,
        factor: 2,
        view: "matrix",
      },
    );
  });
});
