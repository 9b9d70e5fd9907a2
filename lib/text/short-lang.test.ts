import { describe, expect, it } from "vitest";
import { shortTextLang } from "./short-lang";

describe("shortTextLang", () => {
  it("reads Latin words as English, whatever the article's language", () => {
    expect(shortTextLang("Russian troops", "uk")).toBe("en");
    expect(shortTextLang("personnel", "ru")).toBe("en");
  });

  it("tells Ukrainian from Russian by the letters only one of them has", () => {
    expect(shortTextLang("військових", "en")).toBe("uk");
    expect(shortTextLang("кубинських силовиків", "ru")).toBe("uk");
    expect(shortTextLang("военных", "en")).toBe("ru");
    expect(shortTextLang("российских военных", "uk")).toBe("ru");
  });

  it("falls back to the article's language for Cyrillic both languages share", () => {
    expect(shortTextLang("солдат", "uk")).toBe("uk");
    expect(shortTextLang("солдат", "ru")).toBe("ru");
    expect(shortTextLang("солдат", "en")).toBe("");
  });

  it("gives no language for figures alone or for mixed scripts", () => {
    expect(shortTextLang("100", "en")).toBe("");
    expect(shortTextLang("ПВК Wagner", "ru")).toBe("");
  });
});
