import { describe, expect, it } from "vitest";
import { languages } from "@/i18n/settings";
import { loadDemoCorpus } from "./demo-data";

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

  it("invents no outlet: only RT and Sic Semper Tyrannis are named by their texts", () => {
    expect(demo.outlets.map((o) => o.name).sort()).toEqual(["RT", "Sic Semper Tyrannis"]);
    const named = Object.fromEntries(demo.articles.map((a) => [a.file, a.outlet]));
    expect(named).toEqual({
      "000_3e3b3355eff12a28.txt": null,
      "001_92ca2dcb50815d7c.txt": null,
      "002_722968f53b82805a.txt": "sic-semper-tyrannis",
      "003_6a85c22d5a88b97a.txt": null,
      "004_89609013e285c14e.txt": "rt",
    });
    expect(texts.get("002_722968f53b82805a.txt")).toContain("Source: Sic Semper Tyrannis");
    expect(texts.get("004_89609013e285c14e.txt")).toContain("in an interview with RT");
  });
});
