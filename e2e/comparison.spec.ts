import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { demo, demoEvent, demoEventId, languages, type Lng } from "./fixtures";
import { expect, test } from "./test";

const nbsp = "\u00a0";
const question = (slug: string, lng: Lng) => demoEvent.aspects.find((a) => a.slug === slug)!.questions[lng];
const row = (page: Page, slug: string, lng: Lng) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: question(slug, lng) }) });
const card = (page: Page, quoteStart: string) =>
  page.locator(".claim-card").filter({ has: page.locator("blockquote", { hasText: quoteStart }) });

const expected: Record<
  Lng,
  { silent: string; personnel: string; cuban: string; thousand: string; disputed: string; outletItself: string }
> = {
  en: {
    silent: "Silent on this",
    personnel: `3 outlets, figures from ≈${nbsp}24–60 to ≈${nbsp}1,000`,
    cuban: `1 outlet, figure ≈${nbsp}20,000; 3 denials`,
    thousand: `≈${nbsp}1,000`,
    disputed: "disputed",
    outletItself: "the outlet itself asserts",
  },
  uk: {
    silent: "Мовчить про це",
    personnel: `3 видання, цифри від ≈${nbsp}24–60 до ≈${nbsp}1${nbsp}000`,
    cuban: `1 видання, цифра ≈${nbsp}20${nbsp}000; 3 заперечення`,
    thousand: `≈${nbsp}1${nbsp}000`,
    disputed: "суперечливе",
    outletItself: "саме видання стверджує",
  },
  ru: {
    silent: "Молчит об этом",
    personnel: `3 издания, цифры от ≈${nbsp}24–60 до ≈${nbsp}1${nbsp}000`,
    cuban: `1 издание, цифра ≈${nbsp}20${nbsp}000; 3 опровержения`,
    thousand: `≈${nbsp}1${nbsp}000`,
    disputed: "спорное",
    outletItself: "само издание утверждает",
  },
};

for (const lng of languages) {
  test(`the comparison matrix in ${lng}: aspects by outlet, figures in the interface's format, disagreements flagged`, async ({
    page,
    request,
  }) => {
    const e = expected[lng];
    await page.goto(`/${lng}/events/${await demoEventId(request)}`);
    await expect(page.getByRole("rowheader")).toHaveCount(demoEvent.aspects.length);
    for (const aspect of demoEvent.aspects)
      await expect(page.getByRole("rowheader", { name: aspect.questions[lng] })).toBeVisible();
    await expect(page.getByRole("columnheader").filter({ hasText: "Sic Semper Tyrannis" })).toBeVisible();
    await expect(page.getByRole("columnheader").filter({ hasText: "RT" })).toBeVisible();

    const personnel = row(page, "russian-personnel", lng);
    await expect(personnel.getByRole("rowheader")).toContainText(e.personnel);
    const hundred = card(page, "100 Russian troops and technical specialists and 35 tons of equipment");
    const thousand = card(page, "Rostec had stationed around 1,000 security contractors");
    await expect(hundred).toContainText(`100 Russian troops and technical specialists`);
    await expect(hundred).toContainText(e.outletItself);
    await expect(thousand.locator(".figure")).toHaveText(`${e.thousand} Russian security contractors`);
    await expect(hundred.locator(".badge")).toHaveText(e.disputed);
    await expect(thousand.locator(".badge")).toHaveText(e.disputed);
    // The few dozen is in the same article as the 1,000: a change over time, not a disagreement.
    await expect(card(page, "recent reports suggest that number has been cut").locator(".badge")).toHaveCount(0);

    await expect(row(page, "cuban-personnel", lng).getByRole("rowheader")).toContainText(e.cuban);
    await expect(card(page, "some 20,000 Cubans in Venezuela").locator(".badge")).toHaveText(e.disputed);
    await expect(card(page, "those few ten thousand Cubans are mostly medical workers").locator(".badge")).toHaveText(
      e.disputed,
    );
    await expect(card(page, "Trump claimed that Russia had withdrawn").locator(".badge")).toHaveText(e.disputed);
    await expect(card(page, "Russia stands ready to send more").locator(".badge")).toHaveText(e.disputed);

    // An outlet that says nothing on an aspect says so.
    await expect(row(page, "cuban-personnel", lng).getByRole("cell").filter({ hasText: e.silent })).toHaveCount(4);
    // Quotes keep their own language.
    await expect(page.locator("blockquote", { hasText: "Росія відхилила цей запит" })).toHaveAttribute("lang", "uk");
  });

  test(`the comparison page has no accessibility violations in ${lng}`, async ({ page, request }) => {
    await page.goto(`/${lng}/events/${await demoEventId(request)}`);
    await expect(page.locator(".matrix")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("each numeric aspect has a chart on a log scale with a text alternative", async ({ page, request }) => {
  await page.goto(`/en/events/${await demoEventId(request)}`);
  const chart = page.getByRole("img", { name: `${question("russian-personnel", "en")}: each outlet's figures` });
  await expect(chart).toBeVisible();
  await expect(chart.locator("circle")).toHaveCount(4); // 100, 1,000, and both ends of 24–60
  await expect(chart.locator("line.chart-range")).toHaveCount(1);
  await expect(chart.locator("text.chart-tick")).toHaveText(["10", "100", "1K", "10K", "logarithmic scale"]);
  const figure = page.locator("figure.chart").filter({ has: chart });
  await figure.getByText("The figures in the chart").click();
  // In publication order, then outlet order: none of the demo articles has a known date.
  await expect(figure.getByRole("row")).toHaveText([
    "OutletsFigure",
    `Unknown outlet: Russia is ready to send more ‘military specialists’ to Venezuela≈${nbsp}1,000 Russian security contractors`,
    `Unknown outlet: Russia is ready to send more ‘military specialists’ to Venezuela≈${nbsp}24–60 Russian security contractors`,
    "Sic Semper Tyrannis100 Russian troops and technical specialists",
  ]);
});

test("a filter changes the URL, the view follows, and both survive a reload", async ({ page, request }) => {
  const id = await demoEventId(request);
  await page.goto(`/en/events/${id}`);
  const hundred = card(page, "100 Russian troops and technical specialists");
  await expect(hundred).toBeVisible();

  await page.getByRole("group", { name: "Stances" }).getByLabel("denies").check();
  await expect(page).toHaveURL(`/en/events/${id}?stance=denies`);
  await expect(hundred).toHaveCount(0);
  await expect(card(page, "That’s a lie. I invite them to provide evidence")).toBeVisible();

  await page.getByRole("group", { name: "Article languages" }).getByLabel("Ukrainian").check();
  await expect(page).toHaveURL(`/en/events/${id}?language=uk&stance=denies`);
  await expect(page.locator(".claim-card")).toHaveCount(0);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();

  await page.getByRole("group", { name: "Article languages" }).getByLabel("Ukrainian").uncheck();
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(`/en/events/${id}?view=timeline&stance=denies`);
  await expect(page.getByText("Claims in publication order, by aspect.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("group", { name: "Stances" }).getByLabel("denies")).toBeChecked();
  await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".claim-card")).toHaveCount(
    demo.claims.filter((c) => (c as { stance?: string }).stance === "denies").length,
  );
  await expect(hundred).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(`/en/events/${id}?stance=denies`);
  await expect(page.locator(".matrix")).toBeVisible();
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

test("on a 375 px screen the outlets stack under each aspect, without sideways scrolling", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/ru/events/${await demoEventId(request)}`);
  await expect(page.locator(".matrix")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const personnel = row(page, "russian-personnel", "ru");
  const [header, firstCell] = [
    await personnel.getByRole("rowheader").boundingBox(),
    await personnel.getByRole("cell").first().boundingBox(),
  ];
  expect(firstCell!.y).toBeGreaterThan(header!.y + header!.height - 1);
  expect(Math.abs(firstCell!.x - header!.x)).toBeLessThan(2);
  await expect(personnel.locator(".cell-source").first()).toBeVisible();
});

test("the CSV download holds one row per claim, in UTF-8 with a BOM, Cyrillic intact", async ({ page, request }) => {
  await page.goto(`/uk/events/${await demoEventId(request)}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Завантажити CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("russia-venezuela-2019-comparison-uk.csv");
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    "Аспект,Видання,Стаття,Мова статті,Опубліковано,Мовець,Позиція,Тип,Цитата,Початок,Кінець,Від,До,Одиниця,Що рахують,Приблизно,Стан,Розбіжність,Посилання",
  );
  expect(lines).toHaveLength(demo.claims.length + 1);
  const ukrainian = lines.find((l) => l.includes("Росія відхилила цей запит"))!;
  expect(ukrainian).toContain(",Невідоме видання,");
  expect(ukrainian).toContain(",uk,");
  expect(ukrainian).toContain(",оспорює,");
  const rifles = lines.find((l) => l.includes("100 thousand Kalashnikov"))!;
  expect(rifles).toContain(",RT,");
  expect(rifles).toContain(",100000,100000,items,Kalashnikov assault rifles,ні,підтверджене,");
});

test("the comparison API returns cells, claims and disagreements, and 404s an unknown event", async ({ request }) => {
  const id = await demoEventId(request);
  const response = await request.get(`/api/events/${id}/comparison?lang=ru&stance=denies&stance=disputes`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.filters).toEqual({
    sources: [],
    languages: [],
    stances: ["denies", "disputes"],
    includeSuggested: false,
    factor: 2,
    view: "matrix",
  });
  expect(body.claims.every((c: { stance: string }) => ["denies", "disputes"].includes(c.stance))).toBe(true);
  const claim = body.claims.find((c: { quote: string }) => c.quote.startsWith("Росія відхилила"));
  expect(Object.keys(claim).sort()).toEqual(
    [
      "articleId",
      "aspectId",
      "end",
      "id",
      "kind",
      "publishedAt",
      "quantity",
      "quote",
      "quoteLang",
      "sourceId",
      "speaker",
      "stance",
      "start",
      "status",
    ].sort(),
  );
  expect(claim).toMatchObject({ stance: "disputes", quantity: null, publishedAt: null, speaker: { name: "Россия" } });
  const missing = await request.get("/api/events/nope/comparison?lang=uk");
  expect([missing.status(), await missing.json()]).toEqual([
    404,
    { code: "notFound", error: "Запису з таким ідентифікатором не існує." },
  ]);
});
