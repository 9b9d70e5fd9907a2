import { describe, expect, it } from "vitest";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("gives each demo article the language the corpus records", async () => {
    const { demo, texts } = loadDemoCorpus();
    for (const article of demo.articles) {
      expect([article.file, (await detectLanguage(texts.get(article.file)!)).lang]).toEqual([
        article.file,
        article.lang,
      ]);
    }
  });

  it.each([
    ["Russia is ready to send more military specialists to Venezuela", "en"],
    ["Росія готова направити більше військових фахівців до Венесуели", "uk"],
    ["Россия готова направить больше военных специалистов в Венесуэлу", "ru"],
    ["Мадуро відвідає Росію", "uk"],
    ["Мадуро посетит Россию", "ru"],
    ["Кубинські лікарі", "uk"],
    ["Кубинские врачи", "ru"],
    ["Ничего не найдено", "ru"],
  ])("tells short texts apart: %s", async (text, lang) => {
    expect((await detectLanguage(text)).lang).toBe(lang);
  });

  it("does not take Bulgarian, German or digits for one of ours, and says what it looks like", async () => {
    expect(
      await detectLanguage("Бъдещето на България е в Европа, заяви министър-председателят пред журналисти в София."),
    ).toEqual({ lang: null, guess: "bg" });
    expect(
      await detectLanguage("Die Bundesregierung hat am Dienstag beschlossen, weitere Soldaten zu schicken."),
    ).toEqual({ lang: null, guess: "de" });
    expect(await detectLanguage("12 345 — 2019")).toEqual({ lang: null, guess: null });
  });
});
