import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters } from "./filters";

/** Confirmed claims from every source, as a matrix, flagging figures twice apart, the most informative sources first. */
const DEFAULTS = {
  sources: [],
  languages: [],
  stances: [],
  includeSuggested: false,
  factor: 2,
  view: "matrix",
  sort: "informative",
  row: null,
  page: 1,
  cell: null,
};

describe("comparison filters in the URL", () => {
  it("default to confirmed claims from every source, as a matrix, flagging figures twice apart", () => {
    expect(parseFilters(new URLSearchParams())).toEqual(DEFAULTS);
    expect(filtersToQuery(parseFilters(new URLSearchParams()))).toBe("");
  });

  it("read repeated values and write them back the same way", () => {
    const query =
      "view=timeline&source=rt&source=article-x&language=uk&stance=denies&stance=disputes&status=all&factor=5&sort=divergent&row=aspect1&page=3&cell=aspect1%3Art";
    const filters = parseFilters(new URLSearchParams(query));
    expect(filters).toEqual({
      sources: ["rt", "article-x"],
      languages: ["uk"],
      stances: ["denies", "disputes"],
      includeSuggested: true,
      factor: 5,
      view: "timeline",
      sort: "divergent",
      row: "aspect1",
      page: 3,
      cell: "aspect1:rt",
    });
    expect(filtersToQuery(filters)).toBe(query);
    // a page is of an opened row: without one it is the first
    expect(filtersToQuery({ ...filters, row: null })).not.toContain("page=");
  });

  it("take Next's searchParams object too", () => {
    expect(parseFilters({ source: ["a", "a", "b"], stance: "asserts", lang: "uk" })).toMatchObject({
      sources: ["a", "b"],
      stances: ["asserts"],
    });
  });

  it("fall back to defaults for nonsense instead of failing", () => {
    expect(
      parseFilters(
        new URLSearchParams(
          "stance=lies&factor=0.5&view=pie&status=maybe&language=<script>&sort=loudest&page=-2&cell=a:b:c&row=a%20b",
        ),
      ),
    ).toEqual(DEFAULTS);
    expect(parseFilters(new URLSearchParams("page=2.5")).page).toBe(1);
  });

  it("take a name like constructor for only a name", () => {
    expect(parseFilters(new URLSearchParams("constructor=1&toString=x&__proto__=y"))).toEqual(DEFAULTS);
    expect(parseFilters({ constructor: "1", source: "rt" }).sources).toEqual(["rt"]);
  });
});
