import { describe, expect, it } from "vitest";
import { quoteSelector } from "@/lib/anchoring/context";
import { contentHash } from "./hash";
import { normalizeName } from "./names";
import { normalizeText } from "./normalize";
import { safeHttpUrl } from "./url";

describe("normalizeText", () => {
  it("drops the byte-order mark and unifies line breaks", () => {
    expect(normalizeText("\uFEFFКремль\r\n\r\nВізит планується\rкінець")).toBe("Кремль\n\nВізит планується\nкінець");
  });

  it("composes decomposed letters (NFC) so offsets count what a reader sees", () => {
    const decomposed = "Rodri\u0301guez, Гуаи\u0306до";
    expect(normalizeText(decomposed)).toBe("Rodríguez, Гуайдо");
    expect(normalizeText(decomposed).length).toBe(17);
  });

  it("keeps paragraphs, bullets and trailing spaces as they are", () => {
    const text = "  • Russia is ready \n\nSource: Read Full Article";
    expect(normalizeText(text)).toBe(text);
  });
});

describe("contentHash", () => {
  it("is the SHA-256 of the UTF-8 text", () => {
    expect(contentHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(contentHash("Гуайдо")).not.toBe(contentHash("Гуайдо "));
  });
});

describe("normalizeName", () => {
  it("matches spellings with and without accents", () => {
    expect(normalizeName("Juan Guaidó")).toBe("juan guaido");
    expect(normalizeName("  BRUNO   Rodríguez ")).toBe("bruno rodriguez");
  });

  it("keeps Cyrillic letters that only look accented", () => {
    expect(normalizeName("Хуан Гуайдо")).toBe("хуан гуайдо");
    expect(normalizeName("Їжак Йосип")).toBe("їжак йосип");
  });
});

describe("quoteSelector", () => {
  const text = "Cuban Foreign Minister Bruno Rodríguez called Bolton a ‘pathological liar’ for his claims";

  it("gives the exact quote with up to 32 characters either side", () => {
    const start = text.indexOf("called");
    const end = text.indexOf(" for his");
    expect(quoteSelector(text, start, end)).toEqual({
      exact: "called Bolton a ‘pathological liar’",
      prefix: "oreign Minister Bruno Rodríguez ",
      suffix: " for his claims",
    });
  });

  it("refuses a span outside the text", () => {
    expect(() => quoteSelector(text, 10, 5)).toThrow(RangeError);
    expect(() => quoteSelector(text, 0, text.length + 1)).toThrow(RangeError);
  });
});

describe("safeHttpUrl", () => {
  it("keeps http and https addresses only", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeHttpUrl("/relative")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
