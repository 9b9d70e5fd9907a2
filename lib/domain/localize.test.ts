import { describe, expect, it } from "vitest";
import { swapLng } from "@/i18n/paths";
import { pickTranslation } from "./localize";

const titles = [
  { lang: "ru", title: "Российское военное присутствие в Венесуэле, 2019" },
  { lang: "en", title: "Russian military presence in Venezuela, 2019" },
];

describe("pickTranslation", () => {
  it("takes the interface language when it exists", () => {
    expect(pickTranslation(titles, "ru")?.title).toBe("Российское военное присутствие в Венесуэле, 2019");
  });

  it("falls back to English before the other language for Ukrainian", () => {
    expect(pickTranslation(titles, "uk")?.lang).toBe("en");
  });

  it("falls back to Ukrainian, then Russian, for English when English is missing", () => {
    expect(pickTranslation([titles[0]!], "en")?.lang).toBe("ru");
    expect(
      pickTranslation(
        [
          { lang: "ru", t: 1 },
          { lang: "uk", t: 2 },
        ],
        "en",
      )?.t,
    ).toBe(2);
  });

  it("takes any translation there is rather than none, and none from nothing", () => {
    expect(pickTranslation([{ lang: "es", title: "Presencia militar rusa" }], "uk")?.lang).toBe("es");
    expect(pickTranslation([], "en")).toBeUndefined();
  });
});

describe("swapLng", () => {
  it("keeps the page and changes the language", () => {
    expect(swapLng("/uk/events/abc", "ru")).toBe("/ru/events/abc");
    expect(swapLng("/en", "uk")).toBe("/uk");
    expect(swapLng("/ru/", "en")).toBe("/en");
  });

  it("adds a language to a path that has none", () => {
    expect(swapLng("/", "uk")).toBe("/uk");
    expect(swapLng("/outlets", "ru")).toBe("/ru/outlets");
  });
});
