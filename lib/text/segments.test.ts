import { describe, expect, it } from "vitest";
import { crosses, overlaps, segmentText, within } from "./segments";

describe("segmentText", () => {
  const text = "Cuban Foreign Minister Bruno Rodríguez called Bolton a ‘pathological liar’";

  it("returns the whole text as one plain segment when there are no spans", () => {
    expect(segmentText(text.length, [])).toEqual([{ start: 0, end: text.length, spanIds: [] }]);
  });

  it("cuts around a single span", () => {
    const start = text.indexOf("called");
    expect(segmentText(text.length, [{ id: "c1", start, end: text.length }])).toEqual([
      { start: 0, end: start, spanIds: [] },
      { start, end: text.length, spanIds: ["c1"] },
    ]);
  });

  it("keeps overlapping spans readable by splitting them into shared and own parts", () => {
    const speaker = { id: "speaker", start: 23, end: 38 }; // "Bruno Rodríguez"
    const denial = { id: "denial", start: 30, end: text.length };
    const segments = segmentText(text.length, [speaker, denial]);
    expect(segments).toEqual([
      { start: 0, end: 23, spanIds: [] },
      { start: 23, end: 30, spanIds: ["speaker"] },
      { start: 30, end: 38, spanIds: ["speaker", "denial"] },
      { start: 38, end: text.length, spanIds: ["denial"] },
    ]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(text.slice(23, 38)).toBe("Bruno Rodríguez");
  });

  it("clips spans that run past the text and drops empty ones", () => {
    expect(
      segmentText(10, [
        { id: "a", start: 8, end: 20 },
        { id: "b", start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 8, spanIds: [] },
      { start: 8, end: 10, spanIds: ["a"] },
    ]);
  });
});

describe("overlaps", () => {
  const text = "Близько 100 російських військових прибули до Каракаса.";
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it("is true for spans sharing a character, false for spans that only touch or lie apart", () => {
    expect(overlaps(span("100 російських"), span("російських військових"))).toBe(true);
    expect(overlaps(span("Близько 100 російських військових"), span("100"))).toBe(true);
    expect(overlaps(span("Близько"), span(" 100"))).toBe(false);
    expect(overlaps(span("Близько"), span("Каракаса"))).toBe(false);
  });
});

describe("claims inside claims", () => {
  // «Бруно Родрігес назвав Болтона брехуном за слова про 20 тисяч кубинців»
  const denial = { start: 0, end: 68 };
  const figure = { start: 51, end: 67 };
  const speaker = { start: 0, end: 14 };

  it("read a figure inside a denial's sentence as lying within it, and a span as lying within itself", () => {
    expect([within(figure, denial), within(denial, figure), within(denial, denial)]).toEqual([true, false, true]);
  });

  it("let spans nest, even sharing an end, but refuse spans that cross or repeat the same words", () => {
    expect(crosses(denial, figure)).toBe(false);
    expect(crosses(figure, denial)).toBe(false);
    expect(crosses(speaker, denial)).toBe(false);
    expect(crosses({ start: 60, end: 75 }, denial)).toBe(true);
    expect(crosses(denial, { start: 0, end: 68 })).toBe(true);
    expect(crosses({ start: 68, end: 75 }, denial)).toBe(false);
  });
});
