import { describe, expect, it } from "vitest";
import { chainsWith } from "@/test/chains";
import type { CandidateDraft } from "./extract";

const entities = [
  { id: "bolton", names: ["John Bolton", "Bolton", "Болтон"], kind: "person" },
  { id: "rodriguez", names: ["Bruno Rodríguez", "Rodríguez", "Родригес", "Родрігес"], kind: "person" },
  { id: "peskov", names: ["Dmitry Peskov", "Дмитрий Песков", "Дмитро Пєсков", "Peskov", "Песков", "Пєсков"] },
  { id: "mayorca", names: ["Javier Mayorca", "Хавьер Майорка", "Хав'єр Майорка"], kind: "person" },
  { id: "rostec", names: ["Rostec", "Ростех"], kind: "organisation" },
  { id: "bbc", names: ["BBC", "Би-би-си", "Бі-бі-сі"] },
];

const chains = chainsWith(entities);

describe("speaker and relays", () => {
  it.each([
    [
      "en",
      "Mayorca told the BBC that about 100 Russian servicemen arrived in Caracas.",
      "about 100 Russian servicemen",
      "Mayorca",
      ["bbc"],
    ],
    [
      "en",
      "About 100 Russian servicemen arrived in Caracas, Javier Mayorca told the BBC, NewsMaker reported.",
      "About 100 Russian servicemen",
      "mayorca",
      ["bbc", "NewsMaker"],
    ],
    [
      "uk",
      "Близько 100 військових прибули до Каракаса, повідомив Бі-бі-сі Хав'єр Майорка.",
      "Близько 100 військових",
      "mayorca",
      ["bbc"],
    ],
    [
      "uk",
      "Як повідомляє Бі-бі-сі з посиланням на експерта Хав'єра Майорку, до Каракаса прибули близько 100 військових.",
      "близько 100 військових",
      "mayorca",
      ["bbc"],
    ],
    [
      "ru",
      "Как сообщает Би-би-си со ссылкой на эксперта Хавьера Майорку, в Каракас прибыли около 100 военных.",
      "около 100 военных",
      "mayorca",
      ["bbc"],
    ],
    [
      "en",
      "Some 50 staff remain in Caracas, the Wall Street Journal reported, citing Rostec.",
      "Some 50 staff",
      "rostec",
      ["the Wall Street Journal"],
    ],
    [
      "ru",
      'По данным The Wall Street Journal, "Ростех" сократил персонал до 50 человек.',
      "50 человек",
      "The Wall Street Journal",
      [],
    ],
    [
      "uk",
      "За даними The Wall Street Journal, «Ростех» скоротив персонал до 50 осіб.",
      "50 осіб",
      "The Wall Street Journal",
      [],
    ],
    ["ru", "ВВС со ссылкой на источники сообщает о 100 военных.", "100 военных", "bbc", []],
  ])("%s: %s", (lang, text, figure, speaker, via) => {
    expect(chains(text, lang, "figure")).toEqual([[figure, speaker, via]]);
  });

  it("gives what was said before a sentence pointing back to it its chain, in each language", () => {
    const ru =
      "«Ростех» сократил персонал до 50 человек. Об этом пишет The Wall Street Journal со ссылкой на источники.";
    expect(chains(ru, "ru", "figure")).toEqual([["50 человек", "The Wall Street Journal", []]]);
    expect(chains(ru, "ru", "statement")).toEqual([]);
    const uk = "Пєсков заявив, що до Каракаса прибули 100 військових. Про це повідомляє Укрінформ.";
    expect(chains(uk, "uk", "figure")).toEqual([["100 військових", "peskov", ["Укрінформ"]]]);
    const en = "Peskov said that 100 servicemen had arrived. This was reported by Interfax.";
    expect(chains(en, "en", "figure")).toEqual([["100 servicemen", "peskov", ["Interfax"]]]);
    const told = "В Каракас прибыли 100 военных. Об этом РБК рассказал Дмитрий Песков.";
    expect(chains(told, "ru", "figure")).toEqual([["100 военных", "peskov", ["РБК"]]]);
  });

  it("reads a source inside what an outlet reported as nearer the words, and keeps the chain for what follows", () => {
    const ru =
      "Издание NewsMaker со ссылкой на BBC сообщило, что, по данным журналиста Хавьера Майорки, прибыли два самолета. На борту, по его словам, находились около 100 военных.";
    expect(chains(ru, "ru", "figure")).toEqual([
      ["два самолета", "mayorca", ["bbc", "Издание NewsMaker"]],
      ["около 100 военных", "mayorca", ["bbc", "Издание NewsMaker"]],
    ]);
  });

  it("never makes the article's own outlet a speaker or a relay", () => {
    const ru = "«Ростех» опроверг сообщения WSJ, передает RT.";
    expect(chains(ru, "ru", "denial", ["RT", "Russia Today"])).toEqual([[ru, "rostec", []]]);
    expect(chains(ru, "ru", "denial")).toEqual([[ru, "rostec", ["RT"]]]);
    const uk = "«Ростех» спростував повідомлення WSJ, передає RT.";
    expect(chains(uk, "uk", "denial", ["RT"])).toEqual([[uk, "rostec", []]]);
    const en = "“The staff cut to 50 people is a fabrication,” Rostec told RT.";
    expect(chains(en, "en", "quote", ["RT"])).toEqual([["The staff cut to 50 people is a fabrication", "rostec", []]]);
    const alone = "Russia has sent 100 troops to Caracas, RT reports.";
    expect(chains(alone, "en", "figure", ["RT"])).toEqual([["100 troops", null, []]]);
  });
});

describe("pronouns and short references", () => {
  it.each([
    [
      "en",
      "John Bolton spoke in Miami. He said 20,000 Cuban troops were in Venezuela.",
      "20,000 Cuban troops",
      "bolton",
    ],
    [
      "ru",
      "Дмитрий Песков провел брифинг. Он добавил, что в Венесуэле находятся 100 военных.",
      "100 военных",
      "peskov",
    ],
    [
      "uk",
      "Дмитро Пєсков провів брифінг. Він наголосив, що у Венесуелі перебувають 100 військових.",
      "100 військових",
      "peskov",
    ],
    [
      "en",
      "The Wall Street Journal first reported the cuts. The Journal reported that 50 people remained.",
      "50 people",
      "The Wall Street Journal",
    ],
    ["en", "Reuters spoke to officials in Caracas. The agency said 100 troops had arrived.", "100 troops", "Reuters"],
    [
      "ru",
      "Об отправке военных написало издание The Insider. Издание пишет, что прибыли 100 военных.",
      "100 военных",
      "The Insider",
    ],
    ["ru", "Агентство Reuters связалось с военными. Агентство сообщило о 100 военных.", "100 военных", "Reuters"],
    [
      "uk",
      "Видання The Insider розслідувало відправку. Видання пише, що прибули 100 військових.",
      "100 військових",
      "The Insider",
    ],
    [
      "en",
      "Javier Mayorca, a security analyst, studied the flights. The expert said 100 troops had landed.",
      "100 troops",
      "mayorca",
    ],
  ])("%s: %s", (lang, text, figure, speaker) => {
    expect(chains(text, lang, "figure")).toEqual([[figure, speaker, []]]);
  });

  it("leaves a pronoun that stands for nobody known without a speaker", () => {
    expect(chains("He said 20,000 Cuban troops were in Venezuela.", "en", "figure")).toEqual([
      ["20,000 Cuban troops", null, []],
    ]);
  });
});

describe("a figure inside someone else's denial", () => {
  it.each([
    [
      "en",
      "Rodríguez called Bolton a liar for saying that some 20,000 Cuban troops were in Venezuela.",
      "some 20,000 Cuban troops",
    ],
    ["ru", "Родригес назвал Болтона лжецом за слова о 20 тысячах кубинских военных.", "20 тысячах кубинских военных"],
    [
      "uk",
      "Родрігес назвав Болтона брехуном через заяву про 20 тисяч кубинських військових.",
      "20 тисяч кубинських військових",
    ],
    [
      "ru",
      "Родригес назвал Болтона лжецом из-за заявления о 20 тысячах кубинских военных.",
      "20 тысячах кубинских военных",
    ],
    [
      "uk",
      "Родрігес назвав Болтона брехуном за слова про 20 тисяч кубинських військових.",
      "20 тисяч кубинських військових",
    ],
  ])("%s: the figure is Bolton's, the denial Rodríguez's", (lang, text, figure) => {
    expect(chains(text, lang, "figure")).toEqual([[figure, "bolton", []]]);
    expect(chains(text, lang, "denial")).toEqual([[text, "rodriguez", []]]);
  });

  it("hands a figure back to the one whose report is denied", () => {
    const ru = "«Ростех» опроверг сообщения WSJ о сокращении персонала до 50 человек, передает RT.";
    expect(chains(ru, "ru", "figure", ["RT"])).toEqual([["50 человек", "WSJ", []]]);
    const en = "Havana rejected Bolton's claim that 20,000 Cuban troops were in Venezuela.";
    expect(chains(en, "en", "figure")).toEqual([["20,000 Cuban troops", "bolton", []]]);
  });
});

describe("no fragments as speakers", () => {
  it.each([
    ["en", "Cuban officials not only denied the report but called it a lie.", "denial", "Cuban officials"],
    ["ru", "В Каракас прибыли 100 военных. Об этом РБК сообщил источник.", "figure", "РБК"],
    ["uk", "До Каракаса прибули 100 військових. Про це повідомляє Укрінформ.", "figure", "Укрінформ"],
    ["ru", "ВВС со ссылкой на источники сообщает о прибытии военных.", "statement", "bbc"],
  ])("%s: %s", (lang, text, kind, speaker) => {
    expect(chains(text, lang, kind as CandidateDraft["kind"]).map((c) => c[1])).toEqual([speaker]);
  });

  it("names nobody by a phrase of function words", () => {
    const en = "The talks failed, also the officials said.";
    expect(chains(en, "en", "statement").map((c) => c[1])).toEqual(["the officials"]);
  });
});
