import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline";
import { isDebris, siteNameLine, withoutSiteName } from "./debris";
import { readPlainText } from "./plain-text";
import { datesIn } from "./text-dates";

const day = (text: string) => datesIn(text).map(({ year, month, day }) => [year, month, day]);

describe("dates as articles write them", () => {
  it("reads days in English, Ukrainian and Russian, with or without the year", () => {
    expect(day("March 25, 2019")).toEqual([[2019, 3, 25]]);
    expect(day("Mon 25 March 2019 14:02 GMT")).toEqual([[2019, 3, 25]]);
    expect(day("Mar. 25th")).toEqual([[null, 3, 25]]);
    expect(day("date 2019-03-25")).toEqual([[2019, 3, 25]]);
    expect(day("опубліковано 25.03.2019, 10:15")).toEqual([[2019, 3, 25]]);
    expect(day("25 березня 2019 року")).toEqual([[2019, 3, 25]]);
    expect(day("28 травня")).toEqual([[null, 5, 28]]);
    expect(day("25 марта 2019 г.")).toEqual([[2019, 3, 25]]);
    expect(day("1 апр. 2019")).toEqual([[2019, 4, 1]]);
  });

  it("takes no date from a day that is not in the calendar, a year alone or a figure", () => {
    expect(day("30 February 2019")).toEqual([]);
    expect(day("2019")).toEqual([]);
    expect(day("100 Russian troops, 35 tonnes")).toEqual([]);
    expect(day("2019-13-01")).toEqual([]);
  });
});

describe("datelines", () => {
  it("reads the place, the day and the outlet of a dateline in each language", () => {
    const reuters = readDateline("MOSCOW, March 25 (Reuters) - Two Russian planes landed in Caracas.");
    expect(reuters).toMatchObject({ place: "MOSCOW", date: { year: null, month: 3, day: 25 }, outlet: "Reuters" });
    expect(reuters?.rest).toBe("Two Russian planes landed in Caracas.");
    expect(readDateline("КИЇВ, 25 березня. /Укрінформ/. Два літаки прибули до Каракаса.")).toMatchObject({
      place: "КИЇВ",
      date: { month: 3, day: 25 },
      outlet: "Укрінформ",
      rest: "Два літаки прибули до Каракаса.",
    });
    expect(readDateline("МОСКВА, 25 марта — РИА Новости. Самолеты прибыли в Каракас.")).toMatchObject({
      place: "МОСКВА",
      outlet: "РИА Новости",
      rest: "Самолеты прибыли в Каракас.",
    });
    expect(readDateline("KYIV, Ukraine (AP) — The ministry summoned the envoy.")).toMatchObject({
      outlet: "AP",
      date: null,
      rest: "The ministry summoned the envoy.",
    });
    expect(readDateline("КИЇВ, 25 березня. Посольство заявило про консультації.")).toMatchObject({
      outlet: null,
      rest: "Посольство заявило про консультації.",
    });
  });

  it("finds none in a sentence that opens with capitals, nor names a sentence after the dash as the outlet", () => {
    expect(readDateline("NATO said on Monday it was watching the flights.")).toBeNull();
    expect(readDateline("США заявили, що стежать за польотами.")).toBeNull();
    expect(readDateline("MOSCOW, March 25 - Russia said nothing.")).toMatchObject({
      outlet: null,
      rest: "Russia said nothing.",
    });
  });
});

describe("page debris", () => {
  it("knows menus, notices, buttons and the site's name in three languages", () => {
    for (const line of [
      "Accessibility links",
      "Skip to main content",
      "Перейти к основному контенту",
      "Перейти до основного вмісту",
      "Главная",
      "Новини",
      "Share",
      "Menu",
      "Главная / Новости / Политика",
      "Home | World | Europe",
      "- Sputnik International",
      "We use cookies to improve your experience.",
      "Ми використовуємо файли cookie",
      "Підписуйтеся на наш канал",
      "Подписывайтесь на нас в соцсетях",
      "© 2019 Reuters. All rights reserved.",
      "Фото: РИА Новости",
      "4 min read",
      "14:02",
    ])
      expect([line, isDebris(line)]).toEqual([line, true]);
    for (const line of ["Russia moves in", "Гуайдо обвинил Москву", "Новини з Каракаса: прибули військові"])
      expect([line, isDebris(line)]).toEqual([line, false]);
  });

  it("reads the site's name off a line or a title", () => {
    expect(siteNameLine("- Sputnik International")).toBe("Sputnik International");
    expect(siteNameLine("| Share")).toBeNull();
    expect(withoutSiteName("Russia sends specialists to Venezuela - Sputnik International", null)).toBe(
      "Russia sends specialists to Venezuela",
    );
    expect(withoutSiteName("Кремль о визите Мадуро | Коммерсантъ", null)).toBe("Кремль о визите Мадуро");
    expect(withoutSiteName("Путін - Мадуро: переговори в Москві - Укрінформ", "Укрінформ")).toBe(
      "Путін - Мадуро: переговори в Москві",
    );
    expect(withoutSiteName("Bolton warns Moscow - and Havana", null)).toBe("Bolton warns Moscow - and Havana");
  });
});

describe("readPlainText", () => {
  it("in English: skips the page's debris for the title, and reads the dateline's day, year and agency", () => {
    const text = [
      "Accessibility links",
      "Skip to main content",
      "Home",
      "News",
      "World",
      "Share",
      "Russian air force planes land in Caracas",
      "MOSCOW, March 25 (Reuters) - Two Russian air force planes landed in Caracas on Saturday carrying about 100 troops and 35 tonnes of cargo, a local journalist said.",
      "The Kremlin declined to comment.",
      "© 2019 Reuters",
    ].join("\n\n");
    expect(readPlainText(text)).toEqual({
      title: "Russian air force planes land in Caracas",
      publishedAt: "2019-03-25",
      outlet: "Reuters",
    });
  });

  it("in English: a date line at the top, the site's name after a dash, and a byline naming the outlet", () => {
    const text = [
      "date 2019-03-25",
      "Menu",
      "Russia says its specialists arrived in Venezuela under a 2001 agreement - Sputnik International",
      "By a staff correspondent | Sputnik International",
      "Russian military specialists are in Venezuela under an agreement signed in 2001, the Russian embassy in Caracas said on Monday.",
    ].join("\n");
    expect(readPlainText(text)).toEqual({
      title: "Russia says its specialists arrived in Venezuela under a 2001 agreement",
      publishedAt: "2019-03-25",
      outlet: "Sputnik International",
    });
  });

  it("in English: a source line names the outlet, and '25 March 2019' alone on its line is the day", () => {
    const text =
      "Sign in\n\nBolton warns Russia over troops in Venezuela\n\n25 March 2019\n\nUS national security adviser John Bolton said Washington would not tolerate foreign military powers in the Western Hemisphere.\n\nSource: BBC News";
    expect(readPlainText(text)).toEqual({
      title: "Bolton warns Russia over troops in Venezuela",
      publishedAt: "2019-03-25",
      outlet: "BBC News",
    });
  });

  it("in Ukrainian: the agency between slashes, the year from a date line further down the top", () => {
    const text = [
      "Перейти до основного вмісту",
      "Головна",
      "Новини",
      "Політика",
      "До Каракаса прибули російські військові",
      "25 березня 2019 року, 12:40",
      "КИЇВ, 25 березня. /Укрінформ/. Два літаки російських повітряних сил прибули до столиці Венесуели, повідомила місцева журналістка.",
    ].join("\n");
    expect(readPlainText(text)).toEqual({
      title: "До Каракаса прибули російські військові",
      publishedAt: "2019-03-25",
      outlet: "Укрінформ",
    });
  });

  it("in Ukrainian: a dateline without a year and no year near it gives no day", () => {
    const text =
      "Поділитися\n\nПосольство Росії пояснило присутність військових у Венесуелі\n\nКИЇВ, 26 березня. /Укрінформ/. Посольство заявило, що фахівці прибули відповідно до угоди про військово-технічну співпрацю.";
    expect(readPlainText(text)).toEqual({
      title: "Посольство Росії пояснило присутність військових у Венесуелі",
      publishedAt: null,
      outlet: "Укрінформ",
    });
  });

  it("in Russian: the agency after the dash of the dateline, the year from a short line near the top", () => {
    const text = [
      "Перейти к основному контенту",
      "Главная",
      "Новости",
      "В мире",
      "Захарова ответила на заявления Болтона о Венесуэле",
      "МОСКВА, 28 марта — РИА Новости. Официальный представитель МИД России Мария Захарова назвала слова Джона Болтона провокацией.",
      "© 2019 МИА «Россия сегодня»",
    ].join("\n");
    expect(readPlainText(text)).toEqual({
      title: "Захарова ответила на заявления Болтона о Венесуэле",
      publishedAt: "2019-03-28",
      outlet: "РИА Новости",
    });
  });

  it("in Russian: a text that opens with its dateline is titled by its first words after it", () => {
    const text =
      "МОСКВА, 25 марта 2019 года — РИА Новости. Песков заявил, что визит Николаса Мадуро в Москву готовится.";
    expect(readPlainText(text)).toEqual({
      title: "Песков заявил, что визит Николаса Мадуро в Москву готовится.",
      publishedAt: "2019-03-25",
      outlet: "РИА Новости",
    });
  });

  it("keeps a short first line as the title, and names no outlet or day where the text gives none", () => {
    expect(readPlainText("Russia moves in\n\nText")).toEqual({
      title: "Russia moves in",
      publishedAt: null,
      outlet: null,
    });
    expect(readPlainText("Звіт Укрінформ 3 (k2x)\n\nПосадовці нарахували 100 російських військових.")).toEqual({
      title: "Звіт Укрінформ 3 (k2x)",
      publishedAt: null,
      outlet: null,
    });
    // a text that is all debris keeps its first line, as before
    expect(readPlainText("Menu\nShare").title).toBe("Menu");
  });
});
