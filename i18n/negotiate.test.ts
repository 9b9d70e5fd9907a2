import { describe, expect, it } from "vitest";
import { negotiateLng } from "./negotiate";

describe("negotiateLng", () => {
  it("prefers the language the user chose last (cookie)", () => {
    expect(negotiateLng("ru", "uk-UA,uk;q=0.9")).toBe("ru");
  });

  it("ignores a cookie that is not an interface language", () => {
    expect(negotiateLng("de", "uk-UA,uk;q=0.9")).toBe("uk");
  });

  it("follows Accept-Language, regional variants included", () => {
    expect(negotiateLng(undefined, "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("uk");
    expect(negotiateLng(undefined, "ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(negotiateLng(undefined, "en-GB,en;q=0.9")).toBe("en");
  });

  it("takes the best supported language by quality, not by position", () => {
    expect(negotiateLng(undefined, "de-DE,de;q=0.9,ru;q=0.5,uk;q=0.7")).toBe("uk");
  });

  it("falls back to English when nothing matches or the header is unusable", () => {
    expect(negotiateLng(undefined, null)).toBe("en");
    expect(negotiateLng(undefined, "de-DE,fr;q=0.8")).toBe("en");
    expect(negotiateLng(undefined, "*")).toBe("en");
    expect(negotiateLng(undefined, ";;;,,q=")).toBe("en");
  });
});
