import { describe, expect, it } from "vitest";
import { moveEdge } from "./words";

describe("moveEdge", () => {
  const text = "Росія готова направити ще «військових фахівців» до Венесуели.";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const quote = (span: { start: number; end: number }) => text.slice(span.start, span.end);

  it("moves the start and the end of a span word by word, in Cyrillic", () => {
    const span = at("направити ще");
    expect(quote(moveEdge(text, span, "start", -1))).toBe("готова направити ще");
    expect(quote(moveEdge(text, span, "start", 1))).toBe("ще");
    expect(quote(moveEdge(text, span, "end", 1))).toBe("направити ще «військових");
    expect(quote(moveEdge(text, span, "end", -1))).toBe("направити");
  });

  it("never empties the span or leaves the text", () => {
    expect(moveEdge(text, at("Росія"), "start", -1)).toEqual(at("Росія"));
    expect(moveEdge(text, at("Росія"), "start", 1)).toEqual({ start: 4, end: 5 });
    expect(moveEdge(text, at("Венесуели."), "end", 1)).toEqual({ start: text.indexOf("Венесуели."), end: text.length });
  });
});
