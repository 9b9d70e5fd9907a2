import { describe, expect, it } from "vitest";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { EntityMatcher } from "./entities";
import { scoreFigures } from "./evaluate";
import { extractCandidates, type CandidateDraft } from "./extract";

const entities = [
  { id: "peskov", names: ["Dmitry Peskov", "Дмитро Пєсков", "Дмитрий Песков", "Peskov", "Пєсков", "Песков"] },
  { id: "putin", names: ["Vladimir Putin", "Володимир Путін", "Владимир Путин", "Putin", "Путін", "Путин"] },
  { id: "zakharova", names: ["Maria Zakharova", "Марія Захарова", "Мария Захарова", "Zakharova", "Захарова"] },
  { id: "bolton", names: ["John Bolton", "Bolton", "Болтон"] },
  { id: "rodriguez", names: ["Bruno Rodríguez", "Rodriguez", "Родригес", "Родрігес"] },
  { id: "russia", names: ["Russia", "Росія", "Россия", "Moscow", "Москва"] },
  { id: "mfa", names: ["Russian Foreign Ministry", "МЗС Росії", "МИД России"] },
  { id: "united-states", names: ["United States", "США", "US", "U.S."] },
];

/** The candidates of one kind as [their words, speaker entity or words, stance]. */
function found(text: string, lang: string, kind: CandidateDraft["kind"]) {
  return extractCandidates(text, lang, entities)
    .filter((c) => c.kind === kind)
    .map((c) => [text.slice(c.start, c.end), c.speaker?.entityId ?? c.speaker?.text ?? null, c.stance]);
}

describe("EntityMatcher", () => {
  const matcher = new EntityMatcher(entities);
  it("finds names in their case forms, possessives and capitals only for short ones", () => {
    const text = "Путіним, Захаровой, Bolton's aides and the US; but not us, and not Росіянин.";
    expect(matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ["Путіним", "putin"],
      ["Захаровой", "zakharova"],
      ["Bolton", "bolton"],
      ["US", "united-states"],
    ]);
  });
});

describe("attributions", () => {
  it.each([
    ["en", "The Kremlin wants talks, Dmitry Peskov said on Friday.", "peskov"],
    ["en", "According to Peskov, the visit is planned for October.", "peskov"],
    ["en", "A U.S. official told Reuters the deployment was reckless.", "united-states"],
    ["en", "The official, speaking on condition of anonymity, said the talks had failed.", "The official"],
    [
      "uk",
      "Візит запланований на жовтень, заявив журналістам речник президента Володимира Путіна Дмитро Пєсков.",
      "peskov",
    ],
    ["uk", "За словами Пєскова, візит відбудеться скоро.", "peskov"],
    ["uk", "Візит відбудеться у жовтні, повідомив Кремль у п'ятницю.", "Кремль"],
    ["ru", "Визит состоится в октябре, заявил журналистам пресс-секретарь президента Дмитрий Песков.", "peskov"],
    ["ru", "По словам Захаровой, российские специалисты находятся в Венесуэле по договору.", "zakharova"],
    ["ru", "Мария Захарова сообщила, что специалисты прибыли по договору.", "zakharova"],
    ["uk", "Як повідомили в Повітряних силах, Росія випустила 43 ракети.", "в Повітряних силах"],
    ["ru", "Как сообщили в Минобороны, было сбито 112 беспилотников.", "в Минобороны"],
    ["en", "As reported by the State Emergency Service, 12 people were rescued.", "the State Emergency Service"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(found(text, lang, "statement")).toEqual([[text, speaker, "reports"]]);
  });

  it("gives a figure the speaker of its sentence or quotation", () => {
    const text = "“Some 20,000 Cubans are in Venezuela,” Bolton said.";
    const figure = extractCandidates(text, "en", entities).find((c) => c.kind === "figure")!;
    expect([text.slice(figure.start, figure.end), figure.speaker?.entityId, figure.stance, figure.quantity]).toEqual([
      "Some 20,000 Cubans",
      "bolton",
      "reports",
      {
        low: 18000,
        high: 22000,
        unit: null,
        counted: "Cubans",
        approximate: true,
        stated: { low: 20000, high: 20000, vagueness: null },
      },
    ]);
  });
});

describe("quotations", () => {
  it.each([
    ["en", "At a photo op today, Trump said “Russia has to get out.” He left.", "Russia has to get out."],
    [
      "en",
      "“The presence of Russian specialists is regulated by an agreement,” said Russian Foreign Ministry spokeswoman Maria Zakharova.",
      "The presence of Russian specialists is regulated by an agreement",
    ],
    ["uk", "«Візит планується найближчим часом», — заявив Пєсков журналістам.", "Візит планується найближчим часом"],
    [
      "ru",
      "«Визит планируется в ближайшее время», — сообщил Песков журналистам.",
      "Визит планируется в ближайшее время",
    ],
  ])("%s: %s", (lang, text, quote) => {
    expect(found(text, lang, "quote").map((q) => q[0])).toEqual([quote]);
  });

  it("leaves scare quotes and titles alone", () => {
    expect(
      found(
        "The bill to combat “Russian influence” passed; the “Law on the Prevention of the Threat” waits.",
        "en",
        "quote",
      ),
    ).toEqual([]);
    expect(found("Це «стратегічний союзник» Москви.", "uk", "quote")).toEqual([]);
  });
});

describe("denials and disputes", () => {
  it.each([
    ["en", "The Russian Foreign Ministry categorically rejected Washington’s accusations.", "mfa", "denies"],
    ["en", "Trump denied the reports on Tuesday.", null, "denies"],
    [
      "en",
      "The president accused Cuba of propping Maduro – a claim the Cuban government challenged.",
      "the Cuban government",
      "disputes",
    ],
    ["en", "Moscow put its losses at 5,000 – a figure Kyiv dismissed as propaganda.", "Kyiv", "denies"],
    ["uk", "Росія відхилила цей запит, звинувативши США у бажанні здійснити переворот.", "russia", "denies"],
    ["uk", "Песков спростував повідомлення про виведення військ.", "peskov", "denies"],
    ["uk", "МЗС Росії заперечило присутність військових у Венесуелі.", "mfa", "denies"],
    ["ru", "МИД России категорически отвергло обвинения Вашингтона.", "mfa", "denies"],
    ["ru", "Песков опроверг сообщения о выводе войск.", "peskov", "denies"],
    ["en", "Moscow called the claims “absurd”.", "russia", "denies"],
    ["uk", "У МЗС Росії назвали ці заяви брехнею.", "mfa", "denies"],
    ["ru", "В МИД России назвали эти заявления ложью.", "mfa", "denies"],
    ["ru", "Это чепуха, сказал Песков.", "peskov", "denies"],
  ])("%s: %s", (lang, text, speaker, stance) => {
    const expectedSpeaker = speaker ?? (text.startsWith("Trump") ? "Trump" : null);
    expect(found(text, lang, "denial")).toEqual([[text, expectedSpeaker, stance]]);
  });

  it("finds a denial inside a quotation and gives it the quotation's speaker", () => {
    const text =
      "‘They were deployed to the border. That’s a lie. I invite them to provide evidence,’ Rodriguez said at a news conference April 25.";
    expect(found(text, "en", "denial")).toEqual([["That’s a lie.", "rodriguez", "denies"]]);
  });

  it("gives a denial to the one who denies, not to the one whose words are denied", () => {
    const text =
      "Peskov said that a dozen soldiers had been captured, a figure the Russian Foreign Ministry dismissed.";
    expect(found(text, "en", "denial")).toEqual([[text, "mfa", "denies"]]);
    const uk = "Захарова заявила про полонених, але Пєсков це заперечив.";
    expect(found(uk, "uk", "denial")).toEqual([[uk, "peskov", "denies"]]);
  });

  it("does not take a conjunction for part of the speaker's name", () => {
    const en = "Casualties exceed 600,000, officials said, although the Kremlin disputes the figure.";
    expect(found(en, "en", "denial")).toEqual([[en, "the Kremlin", "disputes"]]);
    const uk = "Втрати перевищують 600 тисяч, хоча Кремль оскаржує цю цифру.";
    expect(found(uk, "uk", "denial")).toEqual([[uk, "Кремль", "disputes"]]);
  });

  it("names the speaker of a quotation, not the one spoken to", () => {
    const uk = "«Нам потрібно щонайменше сім систем Patriot», — заявив президент Володимир Зеленський журналістам.";
    expect(found(uk, "uk", "quote")).toEqual([
      ["Нам потрібно щонайменше сім систем Patriot", "президент Володимир Зеленський", "asserts"],
    ]);
    const ru = "«Нам нужно как минимум семь систем Patriot», — заявил президент Владимир Зеленский изданию.";
    expect(found(ru, "ru", "quote")).toEqual([
      ["Нам нужно как минимум семь систем Patriot", "президент Владимир Зеленский", "asserts"],
    ]);
  });
});

describe("page furniture and reader comments", () => {
  it("skips credits, captions and everything from the first comment on", () => {
    const text = [
      "Russia sent 100 troops to Caracas.",
      "  • Reuters",
      "  • © Zach Gibson",
      "Source: Sic Semper Tyrannis",
      "  1. silver749 says",
      "    US has troops 200 meters from Russian borders. 100 thousand dead in the 1st month alone.",
    ].join("\n");
    expect(extractCandidates(text, "en", entities).map((c) => text.slice(c.start, c.end))).toEqual(["100 troops"]);
  });

  it("reads on past a headline that ends with its source, and stops at a comment in Ukrainian or Russian", () => {
    const en = "Kremlin denies troop build-up, Peskov says\n\nRussia sent 100 troops to Caracas.";
    expect(
      extractCandidates(en, "en", entities)
        .filter((c) => c.kind === "figure")
        .map((c) => en.slice(c.start, c.end)),
    ).toEqual(["100 troops"]);
    const uk = "Росія відправила 100 військових до Каракаса.\n\nОлена Коваль пише:\nА я чула про 5000 військових.";
    expect(extractCandidates(uk, "uk", entities).map((c) => uk.slice(c.start, c.end))).toEqual(["100 військових"]);
    const ru = "Россия отправила 100 военных в Каракас.\n\nКомментарии (12)\nА я слышал про 5000 военных.";
    expect(extractCandidates(ru, "ru", entities).map((c) => ru.slice(c.start, c.end))).toEqual(["100 военных"]);
  });
});

describe("the demo corpus", () => {
  it("proposes at least 90% of the hand-made figure claims, and no model number or year as a figure", () => {
    const scores = scoreFigures(loadDemoCorpus());
    const claims = scores.reduce((n, s) => n + s.claims, 0);
    const found = scores.reduce((n, s) => n + s.found, 0);
    expect(claims).toBe(7);
    expect(found / claims).toBeGreaterThanOrEqual(0.9);
    expect(scores.flatMap((s) => s.wrong)).toEqual([]);
  });
});

describe("attribution chains", () => {
  const via = (text: string, lang: string, outlet?: string[]) =>
    extractCandidates(text, lang, entities, { outlet }).map((c) => [
      c.kind,
      c.speaker?.entityId ?? c.speaker?.text ?? null,
      c.reportedVia.map((r) => r.entityId ?? r.text),
    ]);

  it("names who heard the words as relays, nearest the speaker first, and leaves the chain empty when nobody did", () => {
    expect(via("A U.S. official told Reuters the deployment was reckless.", "en")).toEqual([
      ["statement", "united-states", ["Reuters"]],
    ]);
    expect(via("The Kremlin wants talks, Dmitry Peskov said on Friday.", "en")).toEqual([["statement", "peskov", []]]);
    expect(via("Візит відбудеться у жовтні, заявив Пєсков виданню РБК-Україна, передає Укрінформ.", "uk")).toEqual([
      ["statement", "peskov", ["Укрінформ"]],
    ]);
    expect(via("Визит состоится в октябре, заявил Песков, передает ТАСС.", "ru", ["ТАСС", "TASS"])).toEqual([
      ["statement", "peskov", []],
    ]);
  });

  it("gives a quotation's chain to the figure inside it", () => {
    const text = "“Some 20,000 Cubans are in Venezuela,” Bolton said in an interview with the BBC.";
    const figure = extractCandidates(text, "en", entities).find((c) => c.kind === "figure")!;
    expect([figure.speaker, figure.reportedVia]).toEqual([
      { entityId: "bolton", text: "Bolton" },
      [{ entityId: null, text: "the BBC" }],
    ]);
  });
});

describe("a paragraph opening with a dateline", () => {
  it("leaves the dateline out of the denial, in every language, and reads the figure inside it as its speaker's", () => {
    const cases: [string, string, string][] = [
      [
        "en",
        "HAVANA, March 26 (Reuters) - Bruno Rodríguez called Bolton a liar for saying that some 20,000 Cuban troops are in Venezuela.",
        "Bruno Rodríguez called Bolton a liar",
      ],
      [
        "uk",
        "ГАВАНА, 26 березня — Бруно Родрігес назвав Болтона брехуном за слова про те, що у Венесуелі перебувають 20 тисяч кубинських військових.",
        "Бруно Родрігес назвав Болтона брехуном",
      ],
      [
        "ru",
        "ГАВАНА, 26 марта. /ТАСС/. Бруно Родригес назвал Болтона лжецом за слова о том, что в Венесуэле находятся 20 тысяч кубинских военных.",
        "Бруно Родригес назвал Болтона лжецом",
      ],
    ];
    for (const [lang, text, opening] of cases) {
      const [denial] = found(text, lang, "denial");
      expect(denial![0], lang).toMatch(new RegExp(`^${opening}`, "u"));
      expect(denial!.slice(1), lang).toEqual(["rodriguez", "denies"]);
      expect(
        found(text, lang, "figure").map((f) => f[1]),
        lang,
      ).toEqual(["bolton"]);
    }
  });
});
