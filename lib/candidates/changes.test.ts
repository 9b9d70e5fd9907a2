import { describe, expect, it } from "vitest";
import { changesIn } from "./changes";
import { findFigures } from "./figures";

/** Each change as the words of its earlier and its later figure. */
const changes = (text: string) =>
  changesIn(text, findFigures(text)).map((c) => [
    text.slice(c.from.start, c.from.end),
    text.slice(c.to.start, c.to.end),
  ]);

describe("changesIn: one source's figure before and after", () => {
  it.each([
    [
      "Rostec has cut its staff in Venezuela from about 1,000 to just a few dozen, the Wall Street Journal reported.",
      [["about 1,000", "a few dozen"]],
    ],
    [
      "According to the Wall Street Journal, Rostec has cut its staff in Venezuela from a thousand to a few dozen.",
      [["a thousand", "a few dozen"]],
    ],
    [
      "Rostec had stationed around 1,000 contractors there two years ago, down to just a few dozen now.",
      [["around 1,000 contractors", "a few dozen"]],
    ],
    [
      "Rostec had around 1,000 specialists in the country, but that number has been cut to a few dozen.",
      [["around 1,000 specialists", "a few dozen"]],
    ],
    ["The Russian contingent grew from 100 up to 400 servicemen by June.", [["100", "400 servicemen"]]],
    [
      "Як повідомило джерело, кількість працівників «Ростеху» у Венесуелі скоротилася з тисячі до кількох десятків осіб.",
      [["тисячі", "кількох десятків осіб"]],
    ],
    [
      "КИЇВ, 3 червня. «Ростех» скоротив свій персонал у Венесуелі з тисячі до декількох десятків співробітників, пише WSJ.",
      [["тисячі", "декількох десятків співробітників"]],
    ],
    [
      "Раніше у країні працювало близько тисячі фахівців, тепер їхня кількість скоротилася до 50.",
      [["близько тисячі фахівців", "50"]],
    ],
    [
      'По данным источника, штат "Ростеха" в Каракасе за два года сократился с тысячи до нескольких десятков сотрудников.',
      [["тысячи", "нескольких десятков сотрудников"]],
    ],
    [
      "Если раньше там работало около тысячи специалистов, то теперь их число сократилось до 50.",
      [["около тысячи специалистов", "50"]],
    ],
    ["Численность российских военных выросла от 100 до 400 человек.", [["100", "400 человек"]]],
  ])("%s", (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it.each([
    // ranges: one figure, or two that bound it
    "From 2 to 9 billion dollars was spent on arms.",
    "Від 2 до 9 млрд доларів витратили на зброю.",
    "От 2 до 9 млрд долларов потратили на оружие.",
    "Від тисячі до двох тисяч осіб виїхали з країни.",
    // two figures of different things
    "Officials said 300 people were killed and up to 1,000 injured.",
    "За даними ООН, 300 людей загинули, а до тисячі поранені.",
    "По данным ООН, 300 человек погибли, а до тысячи ранены.",
    // a figure in each sentence
    "Rostec had 1,000 specialists in 2017. Today it has cut costs to $5 million.",
    "У 2017 році «Ростех» мав тисячу фахівців. Тепер до 50 осіб прибули з Москви.",
  ])("no change: %s", (text) => {
    expect(changes(text)).toEqual([]);
  });
});
