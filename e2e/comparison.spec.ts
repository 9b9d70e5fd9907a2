import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { demo, demoEvent, demoEventId, languages, type Lng } from "./fixtures";
import { expect, test } from "./test";

const nbsp = "\u00a0";
const question = (slug: string, lng: Lng) => demoEvent.aspects.find((a) => a.slug === slug)!.questions[lng];
/** One aspect of the comparison: its question, verdict line, chart and cells. */
const aspect = (page: Page, slug: string, lng: Lng) => page.getByRole("region", { name: question(slug, lng) });
const card = (page: Page, quoteStart: string) =>
  page.locator(".claim-card").filter({ has: page.locator("blockquote", { hasText: quoteStart }) });
const dailyMail = "Daily Mail";

const expected: Record<
  Lng,
  {
    personnel: string;
    cuban: string;
    withdrawal: string;
    fewDozen: string;
    thousand: string;
    bolton: string;
    silent: string;
    outletItself: string;
  }
> = {
  en: {
    personnel: "3 outlets speak to this, with figures from a few dozen to 100.",
    cuban: `1 outlet speaks to this, with the figure ≈${nbsp}20,000; Bruno Rodríguez contradicts John Bolton. There is 1 more contradiction.`,
    withdrawal: "2 outlets speak to this; Russian Foreign Ministry contradicts Donald Trump.",
    fewDozen: `Changed: ≈${nbsp}1,000 → a few dozen Russian security contractors`,
    thousand: `≈${nbsp}1,000 Russian security contractors`,
    bolton: "Disputed by Bruno Rodríguez, in the same article",
    silent: "Silent: ",
    outletItself: "the outlet itself asserts",
  },
  // the names stay in the nominative, and what an English article counts is quoted in English
  uk: {
    personnel: "Про це пишуть 3 видання; найменша цифра — кілька десятків, найбільша — 100.",
    cuban: `Про це пише 1 видання; цифра — ≈${nbsp}20${nbsp}000; Бруно Родрігес спростовує твердження, автор якого — Джон Болтон. Є ще 1 суперечність.`,
    withdrawal: "Про це пишуть 2 видання; МЗС Росії спростовує твердження, автор якого — Дональд Трамп.",
    fewDozen: `Зміна: ≈${nbsp}1${nbsp}000 → кілька десятків “Russian security contractors”`,
    thousand: `≈${nbsp}1${nbsp}000 “Russian security contractors”`,
    bolton: "Це спростовує Бруно Родрігес у тій самій статті",
    silent: "Мовчить: ",
    outletItself: "саме видання стверджує",
  },
  ru: {
    personnel: "Об этом пишут 3 издания; наименьшая цифра — несколько десятков, наибольшая — 100.",
    cuban: `Об этом пишет 1 издание; цифра — ≈${nbsp}20${nbsp}000; Бруно Родригес опровергает утверждение, автор которого — Джон Болтон. Есть ещё 1 противоречие.`,
    withdrawal: "Об этом пишут 2 издания; МИД России опровергает утверждение, автор которого — Дональд Трамп.",
    fewDozen: `Изменение: ≈${nbsp}1${nbsp}000 → несколько десятков “Russian security contractors”`,
    thousand: `≈${nbsp}1${nbsp}000 “Russian security contractors”`,
    bolton: "Это опровергает Бруно Родригес в той же статье",
    silent: "Молчит: ",
    outletItself: "само издание утверждает",
  },
};

for (const lng of languages) {
  test(`the comparison in ${lng}: per aspect a verdict line and the outlets side by side, figures as stated, disputes by whom`, async ({
    page,
    request,
  }) => {
    const e = expected[lng];
    await page.goto(`/${lng}/events/${await demoEventId(request)}`);
    for (const a of demoEvent.aspects) await expect(page.getByRole("region", { name: a.questions[lng] })).toBeVisible();

    const personnel = aspect(page, "russian-personnel", lng);
    await expect(personnel.locator(".verdict-line")).toHaveText(e.personnel);
    // Columns name the outlet: the Daily Mail's article, recognised by its form, under its outlet.
    await expect(personnel.locator(".aspect-cells > .cell")).toHaveCount(3);
    await expect(personnel.getByRole("group", { name: "Sic Semper Tyrannis" })).toBeVisible();
    await expect(personnel.getByRole("group", { name: dailyMail })).toBeVisible();
    const hundred = card(page, "100 Russian troops and technical specialists and 35 tons of equipment");
    const thousand = card(page, "Rostec had stationed around 1,000 security contractors");
    await expect(hundred).toContainText(e.outletItself);
    await expect(thousand.locator(".figure summary")).toHaveText(e.thousand);
    // The few dozen updates the 1,000 of the same article: a change over time, shown as one, and
    // neither figure a dispute, nor the 100 troops 9 times apart from a figure that is history.
    await expect(card(page, "recent reports suggest").locator(".figure--change")).toHaveText(e.fewDozen);
    for (const figure of [hundred, thousand, card(page, "recent reports suggest")])
      await expect(figure.locator(".dispute-flags")).toHaveCount(0);

    const cuban = aspect(page, "cuban-personnel", lng);
    await expect(cuban.locator(".verdict-line")).toHaveText(e.cuban);
    // Two denials by Rodríguez in the article make one flag; the denials themselves are not disputed.
    await expect(card(page, "some 20,000 Cubans in Venezuela").locator(".dispute-flags li")).toHaveText([e.bolton]);
    await expect(card(page, "those few ten thousand Cubans").locator(".dispute-flags")).toHaveCount(0);
    // The outlets silent on an aspect share one quiet line.
    await expect(cuban.locator(".silent-sources")).toContainText(e.silent);
    await expect(cuban.locator(".silent-sources bdi")).toHaveCount(4);

    await expect(aspect(page, "russian-withdrawal", lng).locator(".verdict-line")).toHaveText(e.withdrawal);
    // Only a confirmed contradiction disputes a claim: nothing answers "Russia has to get out."
    await expect(card(page, "Trump claimed that Russia had withdrawn")).toHaveClass(/claim-card--disputed/);
    await expect(card(page, "Russia has to get out.")).not.toHaveClass(/claim-card--disputed/);
    await expect(page.locator(".claim-card--disputed")).toHaveCount(3);
    // Quotes keep their own language.
    await expect(page.locator("blockquote", { hasText: "Росія відхилила цей запит" })).toHaveAttribute("lang", "uk");
  });

  // at a desktop's width in the language the phone-sized axe walks of pages.spec.ts leave out (they walk en and uk)
  if (lng === "ru")
    test(`the comparison page has no accessibility violations in ${lng}`, async ({ page, request }) => {
      await page.goto(`/${lng}/events/${await demoEventId(request)}`);
      await expect(page.locator(".aspect-block").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
}

test("each numeric aspect's chart sits with its aspect, labelled by outlet, with its unit and a legend", async ({
  page,
  request,
}) => {
  await page.goto(`/en/events/${await demoEventId(request)}`);
  const personnel = aspect(page, "russian-personnel", "en");
  const chart = personnel.getByRole("img", { name: `${question("russian-personnel", "en")}: the figures, by outlet` });
  await expect(chart).toBeVisible();
  const figure = personnel.locator("figure.chart");
  await expect(figure.locator("figcaption")).toHaveText("Counted: people stated figure approximate figure range");
  // 100; ≈ 1,000 compared as 900–1,100; a few dozen as 24–60
  await expect(chart.locator(".chart-dot")).toHaveCount(5);
  await expect(chart.locator(".chart-range")).toHaveCount(2);
  await expect(chart.locator(".chart-row:not(.chart-axis) .chart-label")).toHaveText([
    "Sic Semper Tyrannis",
    dailyMail,
    dailyMail,
  ]);
  // the chart comes after the verdict line and before the outlets' cells
  const [line, drawn, cells] = await Promise.all([
    personnel.locator(".verdict-line").boundingBox(),
    chart.boundingBox(),
    personnel.locator(".aspect-cells").boundingBox(),
  ]);
  expect(line!.y).toBeLessThan(drawn!.y);
  expect(drawn!.y + drawn!.height).toBeLessThan(cells!.y);
  await figure.getByText("The figures in the chart").click();
  // In publication order: Sic Semper Tyrannis's of 26 March 2019 before the Daily Mail's of June 2019,
  // whose two figures follow its text.
  await expect(figure.getByRole("row")).toHaveText([
    "OutletsFigure",
    "Sic Semper Tyrannis100 Russian troops and technical specialists",
    `${dailyMail}≈${nbsp}1,000 Russian security contractors`,
    `${dailyMail}a few dozen Russian security contractors`,
  ]);
  // The Cuban figure's aspect has its own chart; the withdrawal, without figures, has none.
  await expect(aspect(page, "cuban-personnel", "en").getByRole("img")).toHaveCount(1);
  await expect(aspect(page, "russian-withdrawal", "en").getByRole("img")).toHaveCount(0);
});

test("a filter says what it hides: a banner with the count, and a cell emptied by it says so", async ({
  page,
  request,
}) => {
  const id = await demoEventId(request);
  await page.goto(`/uk/events/${id}?stance=denies`);
  const denials = demo.claims.filter((c) => c.stance === "denies").length;
  await expect(page.locator(".filter-banner")).toHaveText(
    `Фільтри приховують ${demo.claims.length - denials} тверджень цієї події. Показати все`,
  );
  const sic = aspect(page, "russian-personnel", "uk").getByRole("group", { name: "Sic Semper Tyrannis" });
  await expect(sic.locator(".claim-card")).toHaveCount(0);
  await expect(sic.locator(".hidden-note")).toHaveText("2 твердження приховано фільтрами");
  await page.locator(".filter-banner").getByRole("link", { name: "Показати все" }).click();
  await expect(page).toHaveURL(`/uk/events/${id}#comparison`);
  await expect(page.locator(".filter-banner")).toHaveCount(0);
  await expect(sic.locator(".claim-card")).toHaveCount(2);
});

test("a filter changes the URL, the view follows, and both survive a reload", async ({ page, request }) => {
  const id = await demoEventId(request);
  await page.goto(`/en/events/${id}`);
  const hundred = card(page, "100 Russian troops and technical specialists");
  await expect(hundred).toBeVisible();

  // the filters are one line that says what they are, opened on demand
  await expect(page.locator(".filters-panel > summary")).toHaveText("Filters: none");
  await page.locator(".filters-panel > summary").click();
  await page.getByRole("group", { name: "Stances" }).getByLabel("denies").check();
  await expect(page).toHaveURL(`/en/events/${id}?stance=denies`);
  await expect(page.locator(".filters-panel > summary")).toHaveText("Filters: denies");
  await expect(hundred).toHaveCount(0);
  await expect(card(page, "That’s a lie. I invite them to provide evidence")).toBeVisible();

  await page.getByRole("group", { name: "Article languages" }).getByLabel("Ukrainian").check();
  await expect(page).toHaveURL(`/en/events/${id}?language=uk&stance=denies`);
  await expect(page.locator(".filters-panel > summary")).toHaveText("Filters: Ukrainian · denies");
  await expect(page.locator(".claim-card")).toHaveCount(0);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();

  await page.getByRole("group", { name: "Article languages" }).getByLabel("Ukrainian").uncheck();
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(`/en/events/${id}?view=timeline&stance=denies`);
  await expect(page.getByText("Claims in publication order, by aspect.")).toBeVisible();

  await page.reload();
  await page.locator(".filters-panel > summary").click();
  await expect(page.getByRole("group", { name: "Stances" }).getByLabel("denies")).toBeChecked();
  await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".claim-card")).toHaveCount(demo.claims.filter((c) => c.stance === "denies").length);
  await expect(hundred).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(`/en/events/${id}?stance=denies`);
  await expect(page.locator(".aspect-block").first()).toBeVisible();
});

test("a claim opens its article with the span highlighted and in view", async ({ page, request }) => {
  await page.goto(`/uk/events/${await demoEventId(request)}`);
  await page.locator("blockquote a", { hasText: "those few ten thousand Cubans are mostly medical workers" }).click();
  await expect(page).toHaveURL(/\/uk\/articles\/[^/#]+#claim-[\w-]+$/);
  const mark = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(mark).toHaveText("those few ten thousand Cubans are mostly medical workers");
  await expect(mark).toBeInViewport();
  await page.reload();
  await expect(mark).toBeInViewport();
});

test("on a 375 px screen each aspect's outlets stack under its verdict line, without sideways scrolling", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/ru/events/${await demoEventId(request)}`);
  const personnel = aspect(page, "russian-personnel", "ru");
  await expect(personnel).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const cells = personnel.locator(".aspect-cells > .cell");
  const boxes = await Promise.all([0, 1, 2].map((i) => cells.nth(i).boundingBox()));
  const line = (await personnel.locator(".verdict-line").boundingBox())!;
  for (const [i, box] of boxes.entries()) {
    expect(Math.abs(box!.x - line.x)).toBeLessThan(2);
    if (i > 0) expect(box!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
  }
  // the whole chart fits the screen, each outlet's name above its row
  const plot = personnel.locator(".chart-plot");
  const chart = (await plot.boundingBox())!;
  expect(chart.x + chart.width).toBeLessThanOrEqual(375);
  const [name, track] = await Promise.all([
    plot.locator(".chart-label").first().boundingBox(),
    plot.locator(".chart-track").first().boundingBox(),
  ]);
  expect(track!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
  // nothing in it wider than it (a pixel of rounding aside)
  expect(await plot.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});
