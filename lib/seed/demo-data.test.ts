import { describe, expect, it } from "vitest";
import { languages } from "@/i18n/settings";
import { loadDemoCorpus } from "./demo-data";
import { demoArticleSchema } from "./demo-schema";

const { demo, texts } = loadDemoCorpus();

describe("demo corpus", () => {
  it("anchors every claim: its quote is exactly text.slice(start, end) of its article", () => {
    for (const claim of demo.claims) {
      const text = texts.get(claim.article);
      expect(text, claim.article).toBeDefined();
      expect(text!.slice(claim.start, claim.end)).toBe(claim.quote);
    }
  });

  it("has at least 15 claims over at least four articles, covering every aspect", () => {
    expect(demo.claims.length).toBeGreaterThanOrEqual(15);
    expect(new Set(demo.claims.map((c) => c.article)).size).toBeGreaterThanOrEqual(4);
    const aspects = demo.events.flatMap((e) => e.aspects.map((a) => a.slug));
    expect(aspects).toEqual(expect.arrayContaining(["russian-personnel", "cuban-personnel", "russian-withdrawal"]));
    for (const aspect of aspects)
      expect(
        demo.claims.some((c) => c.aspect === aspect),
        aspect,
      ).toBe(true);
  });

  it("names only speakers, aspects and articles that exist", () => {
    const entities = new Set(demo.entities.map((e) => e.slug));
    const aspects = new Set(demo.events.flatMap((e) => e.aspects.map((a) => `${e.slug}/${a.slug}`)));
    for (const c of demo.claims) {
      if (c.speaker) expect(entities.has(c.speaker), c.speaker).toBe(true);
      expect(aspects.has(`${c.event}/${c.aspect}`), c.aspect).toBe(true);
      expect(texts.has(c.article)).toBe(true);
    }
  });

  it("gives the key speakers as entities", () => {
    const speakers = new Set(demo.claims.map((c) => c.speaker));
    for (const slug of ["john-bolton", "bruno-rodriguez", "donald-trump", "maria-zakharova"]) {
      expect(speakers.has(slug), slug).toBe(true);
    }
    expect(demo.entities.map((e) => e.slug)).toContain("dmitry-peskov");
  });

  it("titles the event and every aspect in en, uk and ru", () => {
    for (const event of demo.events) {
      expect(event.translations.map((t) => t.lang).sort()).toEqual([...languages].sort());
      for (const aspect of event.aspects) expect(Object.keys(aspect.questions).sort()).toEqual([...languages].sort());
    }
    expect(demo.events[0]!.translations.find((t) => t.lang === "en")!.title).toBe(
      "Russian military presence in Venezuela, 2019",
    );
  });

  it("names every entity in all three languages, with the spellings the texts use", () => {
    for (const entity of demo.entities) {
      const primary = entity.names.filter((n) => n.primary).map((n) => n.lang);
      expect(primary.sort(), entity.slug).toEqual([...languages].sort());
    }
    const guaido = demo.entities.find((e) => e.slug === "juan-guaido")!.names.map((n) => n.name);
    expect(guaido).toEqual(expect.arrayContaining(["Juan Guaidó", "Хуан Гуайдо", "Guaydo", "Guaido", "Гуайдо"]));
    // The machine-translated article really spells it so.
    expect(texts.get("000_3e3b3355eff12a28.txt")).toContain("Guaydo");
    expect(texts.get("001_92ca2dcb50815d7c.txt")).toContain("Гуайдо");
  });

  it("invents no outlet: each is named by its text or recognised by its form and wording", () => {
    expect(demo.outlets.map((o) => o.name).sort()).toEqual(["Daily Mail", "Infobae", "RT", "Sic Semper Tyrannis"]);
    const named = Object.fromEntries(demo.articles.map((a) => [a.file, a.outlet]));
    expect(named).toEqual({
      "000_3e3b3355eff12a28.txt": null,
      "001_92ca2dcb50815d7c.txt": "infobae",
      "002_722968f53b82805a.txt": "sic-semper-tyrannis",
      "003_6a85c22d5a88b97a.txt": "daily-mail",
      "004_89609013e285c14e.txt": "rt",
    });
    expect(texts.get("002_722968f53b82805a.txt")).toContain("Source: Sic Semper Tyrannis");
    expect(texts.get("004_89609013e285c14e.txt")).toContain("in an interview with RT");
    // The Daily Mail's headline and bullet points; the last line is a republisher's.
    const mail = texts.get("003_6a85c22d5a88b97a.txt")!;
    expect(mail).toContain("had just finished pulling its people OUT\n");
    expect(mail).toContain("\n  • Russia is ready to send military specialists");
    expect(mail.trimEnd().endsWith("Source: Read Full Article")).toBe(true);
    // Infobae's wording, translated from the Spanish.
    const infobae = texts.get("001_92ca2dcb50815d7c.txt")!;
    for (const word of ["Диктатор Ніколас Мадуро", "Чавіста", "Страх зради"]) expect(infobae).toContain(word);
    // The outlets added by recognition say how they were recognised; no language is guessed.
    expect(demo.outlets.find((o) => o.slug === "infobae")).toMatchObject({ lang: null });
    expect(demo.outlets.find((o) => o.slug === "daily-mail")).toMatchObject({ lang: "en" });
    for (const o of demo.outlets) expect(o.notes, o.slug).toBeTruthy();
  });

  it("dates every article as its text supports it: the day where the text gives it, else the month", () => {
    const dates = Object.fromEntries(
      demo.articles.map((a) => [
        a.file,
        a.publishedAt && [a.publishedAt.publishedAt.toISOString(), a.publishedAt.datePrecision],
      ]),
    );
    expect(dates).toEqual({
      "000_3e3b3355eff12a28.txt": ["2019-01-01T00:00:00.000Z", "month"],
      "001_92ca2dcb50815d7c.txt": ["2019-09-01T00:00:00.000Z", "month"],
      "002_722968f53b82805a.txt": ["2019-03-26T00:00:00.000Z", "day"],
      "003_6a85c22d5a88b97a.txt": ["2019-06-01T00:00:00.000Z", "month"],
      "004_89609013e285c14e.txt": ["2019-03-01T00:00:00.000Z", "month"],
    });
    for (const a of demo.articles) expect(a.dateBasis, a.file).toMatch(/^Dated to /);
    // What the dates rest on is in the texts.
    const evidence: Record<string, string[]> = {
      "000_3e3b3355eff12a28.txt": [
        'A "temporary president"',
        "To power this year in Brazil",
        "Russian Security Council",
      ],
      "001_92ca2dcb50815d7c.txt": ["заявив Кремль у п'ятницю", "з 2 по 5 жовтня", "кілька днів тому"],
      "002_722968f53b82805a.txt": ["arrived in Venezuela over the weekend", "told Reuters on Tuesday"],
      "003_6a85c22d5a88b97a.txt": ["withdrawn ‘most of its people’", "On April 30", "news conference April 25"],
      "004_89609013e285c14e.txt": ["March 26 edition of Le Figaro", "became known a month ago. On February 28"],
    };
    for (const [file, quotes] of Object.entries(evidence))
      for (const quote of quotes) expect(texts.get(file), file).toContain(quote);
  });

  it("refuses a date the calendar lacks, a date without its basis and a field it does not know", () => {
    const article = {
      file: "002_722968f53b82805a.txt",
      outlet: null,
      lang: "en",
      title: "A title",
      notes: null,
      publishedAt: "2019-03-26",
      dateBasis: "Dated to 26 March 2019.",
    };
    expect(demoArticleSchema.parse(article).publishedAt).toEqual({
      publishedAt: new Date("2019-03-26T00:00:00Z"),
      datePrecision: "day",
    });
    expect(demoArticleSchema.parse({ ...article, publishedAt: "2019-03" }).publishedAt).toEqual({
      publishedAt: new Date("2019-03-01T00:00:00Z"),
      datePrecision: "month",
    });
    const { publishedAt: _date, dateBasis: _basis, ...undated } = article;
    expect(demoArticleSchema.parse(undated).publishedAt).toBeUndefined();
    for (const bad of [
      { ...article, publishedAt: "2019-02-30" },
      { ...article, publishedAt: "2019-13" },
      { ...article, publishedAt: "26.03.2019" },
      { ...undated, publishedAt: "2019-03-26" },
      { ...undated, dateBasis: "Dated to 26 March 2019." },
      { ...article, published: "2019-03-26" },
    ])
      expect(demoArticleSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
