import { describe, expect, it } from "vitest";
import { firstValue, queryValues, readQuery } from "./query-filters";

const readers = {
  language: firstValue((v) => (v === "uk" || v === "ru" || v === "en" ? v : undefined)),
  page: firstValue((v) => (v !== undefined && /^[1-9]\d*$/.test(v) ? Number(v) : undefined)),
  q: firstValue((v) => v ?? ""),
};

describe("filters in a query string", () => {
  it("are the values of each name, a repeated one's in order, from the URL or from Next's searchParams", () => {
    const url = queryValues(new URLSearchParams("source=rt&language=uk&source=tass"));
    expect([...url]).toEqual([
      ["source", ["rt", "tass"]],
      ["language", ["uk"]],
    ]);
    expect([...queryValues({ source: ["rt", "tass"], language: "uk", stance: undefined })]).toEqual([...url]);
  });

  it("drop a value not understood for the default, and name it; an empty value is not named", () => {
    expect(readQuery(new URLSearchParams("language=de&page=2&q=Росія"), readers)).toStrictEqual({
      found: { language: undefined, page: 2, q: "Росія" },
      ignored: ["language"],
    });
    expect(readQuery({ language: "", page: "-1" }, readers)).toStrictEqual({
      found: { language: undefined, page: undefined, q: "" },
      ignored: ["page"],
    });
  });

  it("leave out a name neither given nor read to a value, as a schema's output would", () => {
    expect(readQuery({}, readers)).toStrictEqual({ found: { q: "" }, ignored: [] });
  });

  it("take the first of repeated values for a filter of one value", () => {
    expect(readQuery({ language: ["ru", "uk"], page: ["x", "3"] }, readers).found).toStrictEqual({
      language: "ru",
      page: undefined,
      q: "",
    });
  });

  it("take a name like constructor or __proto__ for only a name", () => {
    const odd = new URLSearchParams("constructor=1&__proto__=2&toString=3&language=en");
    expect(readQuery(odd, readers)).toStrictEqual({ found: { language: "en", q: "" }, ignored: [] });
    expect(queryValues(odd).get("constructor")).toEqual(["1"]);
  });
});
