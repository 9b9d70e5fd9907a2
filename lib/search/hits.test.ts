import { describe, expect, it } from "vitest";
import { queryStems } from "@/lib/text/words";
import { matchingOf, shapeHits, type Hit, type PageRows } from "./hits";
import { parseQuery } from "./query";

const nothingBorrowed = { alternatives: new Map<string, string[]>(), via: new Map<string, string>() };

const peskov = {
  id: "peskov",
  slug: "dmitry-peskov",
  names: [
    { lang: "en", name: "Dmitry Peskov", isPrimary: true },
    { lang: "uk", name: "Дмитро Пєсков", isPrimary: true },
    { lang: "ru", name: "Дмитрий Песков", isPrimary: true },
  ],
};

/** A Ukrainian and an English report of the flights to Caracas, a Russian claim, and a note on the Ukrainian one. */
const rows: PageRows = {
  articles: [
    {
      id: "pravda",
      title: "Росія направила до Каракаса близько 100 військових",
      lang: "uk",
      publishedAt: new Date("2019-03-25T00:00:00Z"),
      datePrecision: "day",
      outlet: { id: "up", name: "Українська правда" },
    },
    {
      id: "ria",
      title: "В Каракас прибыли российские военные",
      lang: "ru",
      publishedAt: new Date("2019-03-01T00:00:00Z"),
      datePrecision: "month",
      outlet: null,
    },
    {
      id: "reuters",
      title: "Russian planes land in Caracas",
      lang: "en",
      publishedAt: null,
      datePrecision: "day",
      outlet: { id: "reuters", name: "Reuters" },
    },
  ],
  claims: [
    { id: "c1", quote: "около 100 российских военных", kind: "figure", stance: "asserts", speaker: peskov },
    { id: "c2", quote: "100 военных", kind: "figure", stance: "reports", speaker: null },
  ],
  notes: [
    {
      id: "n1",
      body: JSON.stringify([
        { type: "TextualBody", value: "100 чи 99?", purpose: "commenting" },
        { type: "TextualBody", value: "цифри", purpose: "tagging" },
      ]),
    },
  ],
  texts: new Map([
    ["pravda", "За даними ЗМІ, два літаки доставили близько 100 військових. Пєсков це заперечив."],
    ["reuters", "Two Russian air force planes landed in Caracas carrying about 100 troops, Peskov said nothing."],
  ]),
};

const hit = (kind: Hit["kind"], itemId: string, articleId = itemId): Hit => ({ kind, itemId, articleId, rank: -1 });
const plain = (text: string) => ({ text, mark: false });
const marked = (text: string) => ({ text, mark: true });

describe("what the snippets mark", () => {
  it("is the stems typed, the prefixes, and the stems an entity's other names brought in", () => {
    const matching = matchingOf(parseQuery('Росія "100 військових" -Сирія Кара*'), {
      alternatives: new Map([["росія", ["росс", "рос", "russia"]]]),
      via: new Map([["росія", "Russia"]]),
    });
    expect(matching).toEqual({
      own: new Set(["рос", "росі", "100", "військ", "кар"]),
      borrowed: new Map([
        ["росс", "Russia"],
        ["russia", "Russia"],
      ]),
      prefixes: ["кара"],
    });
  });
});

describe("the hits of a page", () => {
  it("mark the matched words of an article's title and text, a claim's quote and a note, in their languages", () => {
    const page = [hit("article", "pravda"), hit("claim", "c1", "ria"), hit("note", "n1", "pravda")];
    const [article, claim, note] = shapeHits(page, rows, matchingOf(parseQuery("100"), nothingBorrowed), "uk");
    expect(article).toEqual({
      type: "article",
      id: "pravda",
      articleId: "pravda",
      title: "Росія направила до Каракаса близько 100 військових",
      titleMarks: [plain("Росія направила до Каракаса близько "), marked("100"), plain(" військових")],
      snippet: [
        plain("За даними ЗМІ, два літаки доставили близько "),
        marked("100"),
        plain(" військових. Пєсков це заперечив."),
      ],
      lang: "uk",
      outlet: { id: "up", name: "Українська правда" },
      publishedAt: "2019-03-25T00:00:00.000Z",
      via: null,
      claim: undefined,
    });
    expect(claim).toEqual({
      type: "claim",
      id: "c1",
      articleId: "ria",
      title: "В Каракас прибыли российские военные",
      titleMarks: null,
      snippet: [plain("около "), marked("100"), plain(" российских военных")],
      lang: "ru",
      outlet: null,
      publishedAt: "2019-03",
      via: null,
      claim: { kind: "figure", stance: "asserts", speaker: { id: "peskov", name: "Дмитро Пєсков" } },
    });
    expect([note!.type, note!.snippet, note!.claim]).toEqual([
      "note",
      [marked("100"), plain(" чи 99? · цифри")],
      undefined,
    ]);
  });

  it("name the entity through which only another spelling matched", () => {
    const alternatives = {
      alternatives: new Map([["peskov", queryStems("Пєсков")]]),
      via: new Map([["peskov", "Dmitry Peskov"]]),
    };
    const page = [hit("article", "pravda"), hit("article", "reuters")];
    const [uk, en] = shapeHits(page, rows, matchingOf(parseQuery("Peskov"), alternatives), "en");
    expect([uk!.via, uk!.titleMarks, uk!.snippet.filter((p) => p.mark)]).toEqual([
      "Dmitry Peskov",
      null,
      [marked("Пєсков")],
    ]);
    expect([en!.via, en!.snippet.filter((p) => p.mark), en!.publishedAt]).toEqual([null, [marked("Peskov")], null]);
  });

  it("show a claim in the outlet's voice without a speaker, and a speaker's name in the reader's language", () => {
    const matching = matchingOf(parseQuery("военных"), nothingBorrowed);
    const [bare] = shapeHits([hit("claim", "c2", "ria")], rows, matching, "en");
    expect([bare!.claim, bare!.snippet]).toEqual([
      { kind: "figure", stance: "reports", speaker: null },
      [plain("100 "), marked("военных")],
    ]);
    const [spoken] = shapeHits([hit("claim", "c1", "ria")], rows, matching, "ru");
    expect(spoken!.claim!.speaker).toEqual({ id: "peskov", name: "Дмитрий Песков" });
  });

  it("keep a hit whose item is gone, with an empty snippet", () => {
    const [gone] = shapeHits(
      [hit("claim", "deleted", "reuters")],
      rows,
      matchingOf(parseQuery("troops"), nothingBorrowed),
      "en",
    );
    expect([gone!.title, gone!.snippet, gone!.claim]).toEqual(["Russian planes land in Caracas", [], undefined]);
  });
});
