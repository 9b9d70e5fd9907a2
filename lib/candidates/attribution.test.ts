import { describe, expect, it } from "vitest";
import { chainsWith } from "@/test/chains";

// Speakers, relays and denials read from the grammar of reported speech, on sentences of our own.
const entities = [
  { id: "lavrov", names: ["Sergey Lavrov", "Lavrov", "Сергей Лавров", "Сергій Лавров", "Лавров"], kind: "person" },
  { id: "kuleba", names: ["Dmytro Kuleba", "Kuleba", "Дмитро Кулеба", "Дмитрий Кулеба", "Кулеба"], kind: "person" },
  { id: "gazprom", names: ["Gazprom", "Газпром"], kind: "organisation" },
  { id: "bbc", names: ["BBC", "Би-би-си", "Бі-бі-сі"] },
];

const chains = chainsWith(entities);

describe("the one called a liar said the figure; the one calling denies it", () => {
  it.each([
    [
      "en",
      "Foreign Minister Sergey Lavrov called Kuleba a liar for saying that some 3,000 mercenaries are in Mali.",
      "some 3,000 mercenaries",
    ],
    [
      "ru",
      "Глава МИД Сергей Лавров назвал Кулебу лжецом за слова о 3 тысячах наемников в Мали.",
      "3 тысячах наемников",
    ],
    [
      "uk",
      "Міністр Сергій Лавров назвав Кулебу брехуном через заяву про 3 тисячі найманців у Малі.",
      "3 тисячі найманців",
    ],
  ])("%s", (lang, text, figure) => {
    expect(chains(text, lang, "figure")).toEqual([[figure, "kuleba", []]]);
    expect(chains(text, lang, "denial").map((c) => c[1])).toEqual(["lavrov"]);
  });

  it("hands a figure repeated in a denial back to the one who stated it first", () => {
    const en =
      "Kuleba said 3,000 mercenaries were in Mali.\n\nLavrov denied that 3,000 mercenaries were there and said the claim was false.";
    expect(chains(en, "en", "figure").map((c) => c[1])).toEqual(["kuleba", "kuleba"]);
  });

  it("finds the claimant in the genitive after the claim's noun, past the claimant's role", () => {
    const ru =
      "Сергей Лавров назвал ложью заявление министра иностранных дел Украины Дмитрия Кулебы о 3 тыс. наемников в Мали. Об этом глава МИД написал в Telegram.";
    expect(chains(ru, "ru", "figure")).toEqual([["3 тыс. наемников", "kuleba", []]]);
  });

  it("reads a pronoun opening a sentence as the subject before, not the one called a liar", () => {
    const uk = "Міністр Сергій Лавров назвав Кулебу брехуном. Він заперечив, що у Малі є 3 тисячі найманців.";
    expect(chains(uk, "uk", "denial").map((c) => c[1])).toEqual(["lavrov", "lavrov"]);
  });
});

describe("relays", () => {
  it.each([
    ["en", "Kuleba told the BBC that about 400 ships were waiting.", [["about 400 ships", "kuleba", ["bbc"]]]],
    [
      "en",
      "Interfax, citing the BBC, reported that analyst Ivan Petrov said about 400 ships were waiting.",
      [["about 400 ships", "analyst Ivan Petrov", ["bbc", "Interfax"]]],
    ],
    [
      "ru",
      "Как сообщает Интерфакс со ссылкой на Би-би-си, аналитик Иван Петров заявил, что в порту ждут около 400 судов.",
      [["около 400 судов", "аналитик Иван Петров", ["bbc", "Интерфакс"]]],
    ],
    [
      "ru",
      "В порту ждут около 400 судов, сообщил в интервью РБК аналитик Иван Петров.",
      [["около 400 судов", "аналитик Иван Петров", ["РБК"]]],
    ],
    [
      "uk",
      "Газпром, як передає РІА Новини, заявив, що постачання скоротилося до 20 млн кубометрів.",
      [["20 млн кубометрів", "gazprom", ["РІА Новини"]]],
    ],
    [
      "en",
      "The port authority said 120 ships had passed, according to a statement quoted by Interfax.",
      [["120 ships", "The port authority", ["Interfax"]]],
    ],
    [
      "en",
      "Chairman Ivan Petrov told Ukrainian state television that 120 ships had passed.",
      [["120 ships", "Chairman Ivan Petrov", ["Ukrainian state television"]]],
    ],
  ])("%s: %s", (lang, text, expected) => {
    expect(chains(text, lang, "figure")).toEqual(expected);
  });

  it("gives the words pointing back after a comma the chain of what came before", () => {
    const uk =
      "До порту прибули 30 суден.\n\nЯк пише видання Interfax з посиланням на Бі-бі-сі, про це повідомив аналітик Іван Петров.";
    expect(chains(uk, "uk", "figure")).toEqual([["30 суден", "аналітик Іван Петров", ["bbc", "видання Interfax"]]]);
  });
});

describe("speakers named by reference, description or headline", () => {
  it.each([
    [
      "ru",
      "Министерство энергетики Германии сообщило об угрозе. По данным ведомства, в хранилищах осталось 20 млн кубометров газа.",
      "Министерство энергетики Германии",
    ],
    [
      "ru",
      "Датское энергетическое агентство сообщило, что в трубах находилось около 700 млн кубометров газа, а утечка, по его оценке, прекратится скоро.",
      "Датское энергетическое агентство",
    ],
    [
      "en",
      "About 400 vessels were waiting, according to a Turkish official who follows shipping. Mehmet Yilmaz wrote on Twitter.",
      "Mehmet Yilmaz",
    ],
    ["uk", "Кулеба: у Малі перебувають 3 тисячі найманців\n\nМіністр Дмитро Кулеба заявив це в ефірі.", "kuleba"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(chains(text, lang, "figure").map((c) => c[1])).toEqual([speaker]);
  });

  it("reads an institution's reference to the institution, not to the outlet relaying it", () => {
    const uk =
      "У «Газпромі» звіт спростували. Як передає Бі-бі-сі, у корпорації заявили, що публікація не відповідає дійсності.";
    expect(chains(uk, "uk", "denial")).toEqual([
      ["У «Газпромі» звіт спростували.", "gazprom", []],
      ["Як передає Бі-бі-сі, у корпорації заявили, що публікація не відповідає дійсності.", "gazprom", ["bbc"]],
    ]);
  });

  it("takes no subject from before a passive: 'was estimated at'", () => {
    const en = "By 2013 the sum of contracts between Moscow and Caracas was estimated at $11 billion.";
    expect(chains(en, "en", "figure")).toEqual([["$11 billion", null, []]]);
  });
});

describe("denials", () => {
  it.each([
    ["en", "The ministry said the report did not reflect reality."],
    ["en", "Peskov said the drills threatened no one."],
    ["en", "The agency said it was scientifically impossible that a drone had hit the plant."],
    ["uk", "У міністерстві заявили, що публікація не відповідала дійсності."],
    ["uk", "Речник заявив, що навчання нікому не загрожують."],
    ["ru", "В ведомстве назвали сообщение не соответствующим действительности."],
    ["ru", "Песков назвал глупыми заявления о причастности Москвы."],
    ["ru", "Власти Кубы заявили, что не держат в стране войск."],
    ["ru", "Эксперт утверждал, что ракета не могла попасть в здание."],
  ])("%s: %s", (lang, text) => {
    expect(chains(text, lang, "denial").map((c) => c[0])).toEqual([text]);
  });

  it("names the one calling, not the words called: «назвали безпідставними звинувачення»", () => {
    const uk = "У Кремлі, як передає Бі-бі-сі, назвали безпідставними звинувачення на адресу Росії.";
    // an institution named by where it is keeps its preposition, as «в Минобороны» does
    expect(chains(uk, "uk", "denial")).toEqual([[uk, "У Кремлі", ["bbc"]]]);
  });
});

describe("no fragments as speakers", () => {
  it.each([
    ["ru", "Как сообщает Интерфакс со ссылкой на Би-би-си, в порт прибыли 30 судов.", "bbc"],
    ["uk", "До порту прибули 30 суден. Про це повідомив Бі-бі-сі.", "bbc"],
    ["ru", "В порт прибыли 30 судов. Об этом РБК сообщил аналитик Иван Петров.", "аналитик Иван Петров"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(chains(text, lang, "figure").map((c) => c[1])).toEqual([speaker]);
  });
});
