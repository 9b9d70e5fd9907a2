import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";

/** Each figure as [its words, low, high, unit, counted noun, approximate]. */
const figures = (text: string) =>
  findFigures(text).map((f) => [text.slice(f.start, f.end), f.low, f.high, f.unit, f.counted, f.approximate]);

describe("findFigures: digits with any group separator", () => {
  it.each([
    [
      "Rostec had stationed around 1,000 security contractors in the country.",
      ["around 1,000 security contractors", 900, 1100, null, "security contractors", true],
    ],
    [
      "Лавров заявив, що в країні перебуває близько 20 000 кубинських військових.",
      ["близько 20 000 кубинських військових", 18000, 22000, null, "кубинських військових", true],
    ],
    [
      "По данным агентства, в страну прибыли 1 300 000 беженцев.",
      ["1 300 000 беженцев", 1300000, 1300000, null, "беженцев", false],
    ],
    ["В Венесуэле находятся 20\u00a0000 кубинцев.", ["20\u00a0000 кубинцев", 20000, 20000, null, "кубинцев", false]],
    ["Inflation reached 1 300 000% last year.", ["1 300 000%", 1300000, 1300000, "%", null, false]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

describe("findFigures: scale words and currencies", () => {
  it.each([
    [
      "These steps can be quite specific: 560 thousand barrels of oil daily.",
      [["560 thousand barrels of oil", 560000, 560000, "barrels", "oil", false]],
    ],
    [
      "Україна отримала 100 тисяч снарядів від союзників.",
      [["100 тисяч снарядів", 100000, 100000, null, "снарядів", false]],
    ],
    ["В Венесуэле находятся 20 тысяч кубинцев.", [["20 тысяч кубинцев", 20000, 20000, null, "кубинцев", false]]],
    [
      "The contracts were worth $11 billion, and later $ 700 billion.",
      [
        ["$11 billion", 11e9, 11e9, "USD", null, false],
        ["$ 700 billion", 700e9, 700e9, "USD", null, false],
      ],
    ],
    ["Контракти оцінювали у 11 млрд доларів.", [["11 млрд доларів", 11e9, 11e9, "USD", null, false]]],
    ["Сумма сделки составила 2,5 млрд рублей.", [["2,5 млрд рублей", 2.5e9, 2.5e9, "RUB", null, false]]],
    ["Зарплата становить 7,5 тис. гривень.", [["7,5 тис. гривень", 7500, 7500, "UAH", null, false]]],
    ["Sanctions froze $1.5bn of assets.", [["$1.5bn", 1.5e9, 1.5e9, "USD", null, false]]],
    ["Від 2 до 9 млрд доларів витратили на зброю.", [["2 до 9 млрд доларів", 2e9, 9e9, "USD", null, false]]],
    ["From 2 to 9 billion dollars was spent.", [["2 to 9 billion dollars", 2e9, 9e9, "USD", null, false]]],
    ["Between 10 and 15 per cent of the budget.", [["10 and 15 per cent of the budget", 10, 15, "%", "budget", false]]],
    ["Прибули 10-15 тисяч військових.", [["10-15 тисяч військових", 10000, 15000, null, "військових", false]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("findFigures: number words", () => {
  it.each([
    [
      "Twenty-five soldiers and two hundred civilians were evacuated.",
      [
        ["Twenty-five soldiers", 25, 25, null, "soldiers", false],
        ["two hundred civilians", 200, 200, null, "civilians", false],
      ],
    ],
    [
      "Двадцять п'ять солдатів і двісті цивільних евакуювали.",
      [
        ["Двадцять п'ять солдатів", 25, 25, null, "солдатів", false],
        ["двісті цивільних", 200, 200, null, "цивільних", false],
      ],
    ],
    [
      "Двадцать пять солдат и двести мирных жителей эвакуировали.",
      [
        ["Двадцать пять солдат", 25, 25, null, "солдат", false],
        ["двести мирных жителей", 200, 200, null, "мирных жителей", false],
      ],
    ],
    ["Two Russian planes landed in Caracas.", [["Two Russian planes", 2, 2, null, "Russian planes", false]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ["Two dozen tanks were lost near Avdiivka.", ["Two dozen tanks", 24, 24, null, "tanks", false]],
    ["Два десятки танків втрачено під Авдіївкою.", ["Два десятки танків", 20, 20, null, "танків", false]],
    ["Три десятка танков уничтожены под Авдеевкой.", ["Три десятка танков", 30, 30, null, "танков", false]],
    ["A dozen soldiers were captured.", ["A dozen soldiers", 12, 12, null, "soldiers", false]],
    ["Дюжина ракет влучила в енергосистему.", ["Дюжина ракет", 12, 12, null, "ракет", false]],
    ["Half a million refugees crossed the border.", ["Half a million refugees", 5e5, 5e5, null, "refugees", false]],
    ["Півмільйона біженців перетнули кордон.", ["Півмільйона біженців", 5e5, 5e5, null, "біженців", false]],
    ["Полмиллиона беженцев пересекли границу.", ["Полмиллиона беженцев", 5e5, 5e5, null, "беженцев", false]],
    [
      "Понад півтора мільйона людей залишилися без світла.",
      ["Понад півтора мільйона людей", 1.5e6, 1.5e6, null, "людей", true],
    ],
    [
      "Более полутора миллионов человек остались без света.",
      ["Более полутора миллионов человек", 1.5e6, 1.5e6, null, "человек", true],
    ],
  ])("dozens, tens and halves: %s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it("leaves out 'one' and number words that count nothing", () => {
    expect(figures("One of the trips was cancelled; two of them stayed.")).toEqual([]);
  });
});

describe("findFigures: vague quantities become ranges", () => {
  it.each([
    ["recent reports suggest that number has been cut to just a few dozen", ["a few dozen", 24, 60, null, null, true]],
    ["Only a few dozen contractors remain.", ["a few dozen contractors", 24, 60, null, "contractors", true]],
    [
      "На кордоні залишилися кілька десятків військових.",
      ["кілька десятків військових", 24, 60, null, "військових", true],
    ],
    ["На границе остались несколько десятков военных.", ["несколько десятков военных", 24, 60, null, "военных", true]],
    ["Around 100 troops arrived on Saturday.", ["Around 100 troops", 90, 110, null, "troops", true]],
    ["В город прибыли около ста военных.", ["около ста военных", 90, 110, null, "военных", true]],
    ["Nearly 300 people were detained.", ["Nearly 300 people", 270, 300, null, "people", true]],
    [
      "More than 800 military bases around the world.",
      ["More than 800 military bases", 800, 800, null, "military bases", true],
    ],
    ["Понад 800 військових баз у всьому світі.", ["Понад 800 військових баз", 800, 800, null, "військових баз", true]],
    ["Более 800 военных баз по всему миру.", ["Более 800 военных баз", 800, 800, null, "военных баз", true]],
    ["Hundreds of protesters gathered outside.", ["Hundreds of protesters", 200, 900, null, "protesters", true]],
    ["Сотні людей вийшли на вулиці.", ["Сотні людей", 200, 900, null, "людей", true]],
    ["Тысячи людей вышли на улицы.", ["Тысячи людей", 2000, 9000, null, "людей", true]],
    ["Thousands of troops were moved to the border.", ["Thousands of troops", 2000, 9000, null, "troops", true]],
    ["Tens of thousands of people fled.", ["Tens of thousands of people", 20000, 90000, null, "people", true]],
    ["Десятки тисяч людей втекли.", ["Десятки тисяч людей", 20000, 90000, null, "людей", true]],
    ["Десятки тысяч человек бежали.", ["Десятки тысяч человек", 20000, 90000, null, "человек", true]],
    ["Каракас придбав російську зброю на мільярди доларів.", ["мільярди доларів", 2e9, 9e9, "USD", null, true]],
    ["Россия инвестировала миллиарды долларов.", ["миллиарды долларов", 2e9, 9e9, "USD", null, true]],
    [
      "За словами Пєскова, в полон потрапили близько десятка військових.",
      ["близько десятка військових", 9, 11, null, "військових", true],
    ],
    [
      "По словам Пескова, в плен попали около десятка военных.",
      ["около десятка военных", 9, 11, null, "военных", true],
    ],
    [
      "Rodriguez said those few ten thousand Cubans are mostly medical workers.",
      ["few ten thousand Cubans", 20000, 50000, null, "Cubans", true],
    ],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

describe("findFigures: what is not a figure", () => {
  it.each([
    "Два російські літаки Ан-124 та Іл-62 приземлилися в Каракасі о 10:30.",
    "Россия поставила зенитные комплексы С-300 и самолеты Су-30МК2.",
    "The rifles were AK-103s, and the tanks T-72, BMP-3 and BTR-80.",
    "Two Russian Tu-160 bombers flew in December 2018.",
    "Мадуро відвідає Москву з 2 по 5 жовтня 2019 року.",
    "Встреча состоится 18 февраля в 10:30.",
    "The meeting ended at 10:30 on 18 February 2019.",
    "On February 28, the United States introduced a draft law; on March 24 two aircraft arrived.",
    "By mid-2013 the talks had stalled; in 2019 they resumed.",
    "Right won the elections in Chile 2018 year and in Argentina 2015 year.",
    "She was 45 years old, and he lived there for 5 years.",
    "Він прожив там 5 років, а вона 3 місяці.",
    "Article 51 of the UN Charter applies, says resolution 2254.",
    "Call +7 495 123 45 67 for details.",
    "The Boeing 737 landed.",
    "The 2014 annexation of Crimea and a 2022 report were cited.",
  ])("%s", (text) => {
    const found = figures(text).map((f) => f[0] as string);
    expect(found.filter((quote) => /\d/u.test(quote))).toEqual([]);
  });

  it("keeps the figure and drops the model number beside it", () => {
    expect(figures("Two Russian Tu-160 bombers flew in December 2018.")).toEqual([
      ["Two Russian", 2, 2, null, "Russian", false],
    ]);
    expect(figures("За последние 3 дня прибыло 200 человек.")).toEqual([
      ["200 человек", 200, 200, null, "человек", false],
    ]);
    expect(figures("In 2018, the country exported 500 tons of gold.")).toEqual([
      ["500 tons of gold", 500, 500, "tons", "gold", false],
    ]);
    expect(figures("Some 2000 troops crossed the border.")).toEqual([
      ["Some 2000 troops", 1800, 2200, null, "troops", true],
    ]);
  });
});

describe("findFigures: the counted noun", () => {
  it.each([
    [
      "Прибули 300 російських військових фахівців з Москви.",
      ["300 російських військових фахівців", 300, 300, null, "російських військових фахівців", false],
    ],
    ["Пять мирных жителей ранены при обстреле.", ["Пять мирных жителей", 5, 5, null, "мирных жителей", false]],
    [
      "Россия отправила 35 тонн гуманитарного груза.",
      ["35 тонн гуманитарного груза", 35, 35, "tons", "гуманитарного груза", false],
    ],
    ["За ніч 120 дронів атакували Київ.", ["120 дронів", 120, 120, null, "дронів", false]],
    ["Three Russian warships entered the port.", ["Three Russian warships", 3, 3, null, "Russian warships", false]],
  ])("ends at the noun: %s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

/** Each figure as [its words, stated low, stated high, vagueness, compared low, compared high, approximate, counted noun]. */
const readings = (text: string) =>
  findFigures(text).map((f) => [
    text.slice(f.start, f.end),
    f.stated.low,
    f.stated.high,
    f.stated.vagueness,
    f.low,
    f.high,
    f.approximate,
    f.counted,
  ]);

describe("findFigures: prepositions and cases decide the value", () => {
  it.each([
    [
      "According to the Wall Street Journal, Rostec has cut its staff in Venezuela from a thousand to a few dozen.",
      [
        ["a thousand", 1000, 1000, null, 1000, 1000, false, null],
        ["a few dozen", 12, 12, "few", 24, 60, true, null],
      ],
    ],
    [
      "Як повідомило джерело, кількість працівників «Ростеху» у Венесуелі скоротилася з тисячі до кількох десятків осіб.",
      [
        ["тисячі", 1000, 1000, null, 1000, 1000, false, null],
        ["кількох десятків осіб", 12, 12, "few", 24, 60, true, "осіб"],
      ],
    ],
    [
      'По данным источника, штат "Ростеха" в Каракасе за два года сократился с тысячи до нескольких десятков сотрудников.',
      [
        ["тысячи", 1000, 1000, null, 1000, 1000, false, null],
        ["нескольких десятков сотрудников", 12, 12, "few", 24, 60, true, "сотрудников"],
      ],
    ],
    [
      "Москва, 3 червня. Посольство скоротило місію з тисячі до декількох десятків дипломатів.",
      [
        ["тисячі", 1000, 1000, null, 1000, 1000, false, null],
        ["декількох десятків дипломатів", 12, 12, "few", 24, 60, true, "дипломатів"],
      ],
    ],
    [
      "The embassy said the mission was cut from a hundred to twenty people.",
      [
        ["a hundred", 100, 100, null, 100, 100, false, null],
        ["twenty people", 20, 20, null, 20, 20, false, "people"],
      ],
    ],
    [
      "Місію скоротили з сотні до двадцяти осіб, повідомило посольство.",
      [
        ["сотні", 100, 100, null, 100, 100, false, null],
        ["двадцяти осіб", 20, 20, null, 20, 20, false, "осіб"],
      ],
    ],
    [
      "Миссию сократили с сотни до двадцати человек, сообщили в посольстве.",
      [
        ["сотни", 100, 100, null, 100, 100, false, null],
        ["двадцати человек", 20, 20, null, 20, 20, false, "человек"],
      ],
    ],
    // "до" after a word of change is where the change ends, not a bound
    ["Штат «Ростеху» у Каракасі скоротили до 50 осіб.", [["50 осіб", 50, 50, null, 50, 50, false, "осіб"]]],
    [
      "Численность контингента, по словам источника, выросла до тысячи человек.",
      [["тысячи человек", 1000, 1000, null, 1000, 1000, false, "человек"]],
    ],
  ])("from and to: %s", (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    [
      "CARACAS, June 2 (Reuters) - Rostec once had up to a thousand specialists in Venezuela, a source said.",
      ["up to a thousand specialists", 1000, 1000, null, 1000, 1000, true, "specialists"],
    ],
    [
      "За даними видання, у Венесуелі працювало до тисячі співробітників «Ростеху».",
      ["до тисячі співробітників", 1000, 1000, null, 1000, 1000, true, "співробітників"],
    ],
    [
      'По данным издания, в Венесуэле работали до тысячи специалистов "Ростеха".',
      ["до тысячи специалистов", 1000, 1000, null, 1000, 1000, true, "специалистов"],
    ],
    [
      "Officials said up to 100 Russian servicemen had arrived.",
      ["up to 100 Russian servicemen", 100, 100, null, 100, 100, true, "Russian servicemen"],
    ],
    [
      "За словами посадовців, прибули до 100 російських військових.",
      ["до 100 російських військових", 100, 100, null, 100, 100, true, "російських військових"],
    ],
    [
      "По словам чиновников, прибыли до сотни российских военных.",
      ["до сотни российских военных", 100, 100, null, 100, 100, true, "российских военных"],
    ],
  ])("'up to' is a bound, compared as at most the figure: %s", (text, expected) => {
    expect(readings(text)).toEqual([expected]);
  });

  it.each([
    [
      "Thousands of Venezuelans marched in Caracas on Saturday.",
      ["Thousands of Venezuelans", 1000, 1000, "many", 2000, 9000, true, "Venezuelans"],
    ],
    [
      "Тисячі венесуельців вийшли на протест у Каракасі.",
      ["Тисячі венесуельців", 1000, 1000, "many", 2000, 9000, true, "венесуельців"],
    ],
    [
      "Тысячи венесуэльцев вышли на акцию протеста в Каракасе.",
      ["Тысячи венесуэльцев", 1000, 1000, "many", 2000, 9000, true, "венесуэльцев"],
    ],
    [
      "Hundreds of Russian specialists have left the country.",
      ["Hundreds of Russian specialists", 100, 100, "many", 200, 900, true, "Russian specialists"],
    ],
    [
      "Сотні російських фахівців залишили країну.",
      ["Сотні російських фахівців", 100, 100, "many", 200, 900, true, "російських фахівців"],
    ],
    [
      "Сотни российских специалистов покинули страну.",
      ["Сотни российских специалистов", 100, 100, "many", 200, 900, true, "российских специалистов"],
    ],
    [
      "Dozens of military advisers stayed in Caracas.",
      ["Dozens of military advisers", 12, 12, "many", 24, 99, true, "military advisers"],
    ],
    // "десятки" reads as "dozens" does, so that outlets in different languages compare equal
    [
      "Десятки військових радників залишилися в Каракасі.",
      ["Десятки військових радників", 12, 12, "many", 24, 99, true, "військових радників"],
    ],
    [
      "Десятки военных советников остались в Каракасе.",
      ["Десятки военных советников", 12, 12, "many", 24, 99, true, "военных советников"],
    ],
    // "с тысячами" is the instrumental plural: still thousands
    [
      "Мадуро встретился с тысячами сторонников.",
      ["тысячами сторонников", 1000, 1000, "many", 2000, 9000, true, "сторонников"],
    ],
  ])("a plural without a preposition stays vague: %s", (text, expected) => {
    expect(readings(text)).toEqual([expected]);
  });
});

describe("findFigures: dates, years, times, ages, model numbers, ordinals, captions and page furniture", () => {
  it.each([
    // dates
    "The Russian Defence Ministry said the Il-62 and the An-124 landed on Oct. 24, 2018.",
    "A Boeing 777 landed in Caracas on 24 October.",
    "Самолеты Ил-62 и Ан-124 приземлились в Каракасе 25 марта.",
    "Літаки Іл-62 та Ан-124 приземлилися в Каракасі 25 березня 2019 року.",
    // years and ranges of years
    "The memorial honours those who fought in 1941-1945.",
    "Russian Su-35 fighters and S-300 systems were mentioned in the 2018–2019 talks.",
    "Мемориал посвящён погибшим в 1941–1945 годах.",
    "Меморіал присвячено загиблим у 1941–1945 роках.",
    "The 2019 elections were disputed, and 2018–2019 talks failed.",
    "В 2019 году Ростех сократил штат.",
    "У 2019 році Ростех скоротив штат.",
    // times
    "The Boeing 777 carrying the delegation landed at 10:30.",
    "The delegation left at 9.45am.",
    "Переговоры начались в 10.30 по местному времени.",
    "Переговори почалися о 10.30 за місцевим часом.",
    "Літак вилетів о 7 ранку.",
    // ages
    "The pilot, aged 45, was not hurt.",
    "Ivan Petrov, 45, a Russian officer, was detained.",
    "A 45-year-old Russian officer was detained.",
    "Задержан 45-летний российский офицер.",
    "Пилот в возрасте 45 лет не пострадал.",
    "Затримано 45-річного російського офіцера.",
    "Пілот віком 45 років не постраждав.",
    // ordinals
    "The 24th brigade left, and the 3rd battalion stayed.",
    "Ушла 5-я бригада, а 25-й батальон остался.",
    "Пішла 5-та бригада, а 25-й батальйон залишився.",
    // photo captions and page furniture
    "Some 100 Russian troops arrived in Caracas on March 23. Photo: Reuters",
    "Около 100 российских военных прибыли в Каракас. Фото: EPA",
    "Близько 100 російських військових прибули до Каракаса. Фото: AFP/Федеріко Парра",
    "1,234 views",
    "Просмотров: 1523",
    "12 коментарів",
  ])("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ["Between 2000–3000 troops were moved to the border.", ["2000–3000 troops", 2000, 3000, null, "troops", false]],
    ["До кордону перекинули 2000-2500 військових.", ["2000-2500 військових", 2000, 2500, null, "військових", false]],
    ["К границе перебросили 1900–2000 военных.", ["1900–2000 военных", 1900, 2000, null, "военных", false]],
  ])("keeps counts that look like years: %s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it("reads the story's figures around a caption line", () => {
    const text =
      "Russian Il-62 at Maiquetia, 100 troops on board. Photo: Reuters\nAbout 100 troops arrived in Caracas.";
    expect(figures(text)).toEqual([["About 100 troops", 90, 110, null, "troops", true]]);
  });
});
