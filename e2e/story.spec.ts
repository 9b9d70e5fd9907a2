import type { APIRequestContext, Page } from "@playwright/test";
import { createAccount, signInQuickly } from "./accounts";
import { layoutProblems } from "./layout";
import { expect, test } from "./test";

// An investigation as a journalist builds one: twelve outlets in three languages on the Russian
// flight to Caracas in March 2019, three questions. Every outlet counts the personnel (one of them
// contractors, not troops, and ten times as many), eight say what Moscow said of their stay, five
// who flew them in. The spec makes all its own data.

const RUN = Date.now().toString(36);
type Lang = "en" | "uk" | "ru";
const OUTLETS: [name: string, lang: Lang, personnel: number][] = [
  ["The Washington Post", "en", 100],
  ["Суспільне", "uk", 100],
  ["Интерфакс", "ru", 99],
  ["Bloomberg", "en", 100],
  ["Главком", "uk", 120],
  ["Ведомости", "ru", 100],
  ["CNN", "en", 1000],
  ["Новинарня", "uk", 100],
  ["Известия", "ru", 99],
  ["Financial Times", "en", 100],
  ["Детектор медіа", "uk", 100],
  ["Медуза", "ru", 110],
];
const CONTRACTORS = "CNN";

const SENTENCES: Record<Lang, { figure: (n: number) => string; counted: string; stay: string; flight: string }> = {
  en: {
    figure: (n) => `The two planes brought ${n} Russian troops to Caracas.`,
    counted: "Russian troops",
    stay: "Moscow said its specialists would stay as long as Caracas needed them.",
    flight: "The flight was operated by the Russian Air Force.",
  },
  uk: {
    figure: (n) => `Два літаки доставили до Каракаса ${n} російських військових.`,
    counted: "російських військових",
    stay: "Москва заявила, що фахівці залишаться стільки, скільки буде потрібно Каракасу.",
    flight: "Рейс виконали Повітряно-космічні сили Росії.",
  },
  ru: {
    figure: (n) => `Два самолёта доставили в Каракас ${n} российских военных.`,
    counted: "российских военных",
    stay: "Москва заявила, что специалисты останутся столько, сколько потребуется Каракасу.",
    flight: "Рейс выполнили Воздушно-космические силы России.",
  },
};
const contractors = (n: number) => `The two planes brought ${n} Russian security contractors to Caracas.`;

const QUESTIONS = {
  personnel: {
    en: "How many Russian troops arrived in Caracas?",
    uk: "Скільки російських військових прибуло до Каракаса?",
    ru: "Сколько российских военных прибыло в Каракас?",
  },
  stay: {
    en: "Did Moscow say how long they would stay?",
    uk: "Чи сказала Москва, як довго вони залишаться?",
    ru: "Сказала ли Москва, как долго они останутся?",
  },
  flight: {
    en: "Who flew them in?",
    uk: "Хто їх доправив?",
    ru: "Кто их доставил?",
  },
};

let eventId: string;

async function createAspect(api: APIRequestContext, key: keyof typeof QUESTIONS, kind: string, unit?: string) {
  const created = await api.post("/api/aspects", {
    data: { eventId, question: QUESTIONS[key].en, kind, lang: "en", ...(unit ? { unit } : {}) },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { aspect: { id: string } }).aspect.id;
  expect((await api.patch(`/api/aspects/${id}`, { data: { question: QUESTIONS[key] } })).status()).toBe(200);
  return id;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright, baseURL }) => {
  // twelve articles imported and 25 claims marked through the API
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL });
  await signInQuickly({ request: api }, createAccount("editor", "story"));
  const event = await api.post("/api/events", {
    data: { title: { en: `Russian flight to Caracas (${RUN})`, uk: `Російський рейс до Каракаса (${RUN})` } },
  });
  expect(event.status()).toBe(201);
  eventId = ((await event.json()) as { event: { id: string } }).event.id;
  const aspects = {
    personnel: await createAspect(api, "personnel", "numeric", "personnel"),
    stay: await createAspect(api, "stay", "categorical"),
    flight: await createAspect(api, "flight", "categorical"),
  };
  for (const [n, [outlet, lang, personnel]] of OUTLETS.entries()) {
    const s = SENTENCES[lang];
    const figure = outlet === CONTRACTORS ? contractors(personnel) : s.figure(personnel);
    const text = [`${outlet}: ${RUN}`, figure, s.stay, s.flight].join("\n\n");
    const imported = await api.post(
      `/api/import?name=story-${n}.txt&language=${lang}&outlet=${encodeURIComponent(outlet)}`,
      { headers: { "Content-Type": "text/plain; charset=utf-8" }, data: Buffer.from(text, "utf8") },
    );
    expect(imported.status()).toBe(200);
    const articleId = ((await imported.json()) as { results: { articleId: string }[] }).results[0]!.articleId;
    const date = `2019-03-${String(24 + (n % 4)).padStart(2, "0")}`;
    expect((await api.patch(`/api/articles/${articleId}`, { data: { publishedAt: date } })).status()).toBe(200);
    expect((await api.post(`/api/events/${eventId}/articles`, { data: { articleIds: [articleId] } })).ok()).toBe(true);
    const claim = async (quote: string, aspectId: string, extra: object) => {
      const start = text.indexOf(quote);
      const response = await api.post("/api/claims", {
        data: { articleId, eventId, aspectId, start, end: start + quote.length, stance: "reports", ...extra },
      });
      expect(response.status()).toBe(201);
    };
    const counted = outlet === CONTRACTORS ? "Russian security contractors" : s.counted;
    await claim(figure, aspects.personnel, {
      kind: "figure",
      quantity: { stated: { low: personnel, high: personnel }, unit: "personnel", counted },
    });
    if (n < 8) await claim(s.stay, aspects.stay, { kind: "statement" });
    if (n < 5) await claim(s.flight, aspects.flight, { kind: "statement" });
  }
  await api.dispose();
});

/** The names in each aspect's row, and in its quiet line of silent sources, as the page shows them. */
async function rows(page: Page) {
  return page.locator(".aspect-block").evaluateAll((blocks) =>
    blocks.map((b) => ({
      cells: [...b.querySelectorAll(".cell .source-name")].map((n) => n.textContent!.trim()).sort(),
      silent: b.querySelector(".silent-sources")?.textContent ?? "",
    })),
  );
}

const sorted = (list: string[]) => [...list].sort();
const names = OUTLETS.map(([name]) => name);
/** What the figures count, in the reader's words: the outlet's own, or the question's. */
const COUNTED: Record<Lang, RegExp> = {
  en: /^[^а-яіїєґё]* Russian troops$/i,
  uk: /^[^a-zыэъё]* російських військових$/i,
  ru: /^[^a-zіїєґ]* российских военных$/i,
};
/** The contractors, which the question does not count: the article's words, quoted where they are another language. */
const CONTRACTORS_LINE: Record<Lang, string> = {
  en: " Russian security contractors",
  uk: " “Russian security contractors”",
  ru: " “Russian security contractors”",
};

for (const lng of ["en", "uk", "ru"] as const) {
  test(`in ${lng}: every source is in each aspect's row on one page, and the first aspect opens the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/${lng}/events/${eventId}`);
    const blocks = page.locator(".aspect-block");
    await expect(blocks).toHaveCount(3);
    await expect(blocks.first().getByRole("heading", { level: 3 })).toHaveText(QUESTIONS.personnel[lng]);

    // every source with a claim on an aspect has its cell in that aspect's row; the rest are named as silent
    const [personnel, stay, flight] = await rows(page);
    expect(personnel!.cells).toEqual(sorted(names));
    expect(stay!.cells).toEqual(sorted(names.slice(0, 8)));
    expect(flight!.cells).toEqual(sorted(names.slice(0, 5)));
    for (const silent of names.slice(8)) expect(stay!.silent).toContain(silent);
    for (const silent of names.slice(5)) expect(flight!.silent).toContain(silent);
    await expect(page.locator(".comparison .pager")).toHaveCount(0);

    // the chart labels each point with its outlet's whole name
    const chart = blocks.first().locator("figure.chart");
    const labels = await chart.locator(".chart-row:not(.chart-axis) .chart-label").allTextContents();
    expect(sorted(labels)).toEqual(sorted(names));

    // one language per line: what another language's outlet counts reads in the reader's words,
    // and the contractors, which the question does not count, stay a quotation of their own
    const figures = await blocks.first().locator(".cell .figure").allTextContents();
    expect(figures).toHaveLength(12);
    const contractors = figures.filter((f) => f.endsWith(CONTRACTORS_LINE[lng]));
    expect(contractors).toHaveLength(1);
    for (const line of figures.filter((f) => f !== contractors[0])) expect(line.trim()).toMatch(COUNTED[lng]);

    // the first screen answers the first question: its verdict and its whole chart within 900 px
    const verdict = (await blocks.first().locator(".verdict-line").boundingBox())!;
    const plot = (await chart.boundingBox())!;
    expect(verdict.y + verdict.height).toBeLessThanOrEqual(900);
    expect(plot.y + plot.height).toBeLessThanOrEqual(900);
    // the filters are one line until opened
    const filters = page.locator(".filters-panel");
    await expect(filters.locator("form")).toBeHidden();
    await filters.locator("summary").click();
    await expect(filters.locator("form")).toBeVisible();

    // on a phone: within the first two screens, and nothing wider than the screen
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/${lng}/events/${eventId}`);
    const phone = (await page.locator(".aspect-block").first().locator("figure.chart").boundingBox())!;
    expect(phone.y + phone.height).toBeLessThanOrEqual(2 * 812);
    expect(phone.x + phone.width).toBeLessThanOrEqual(375);
    expect(await layoutProblems(page)).toEqual([]);
  });
}

test("an empty event says what to do next, with the actions at hand", async ({ page }) => {
  await signInQuickly(page, createAccount("editor", "story-empty"));
  const created = await page.request.post("/api/events", { data: { title: { en: `Nothing yet (${RUN})` } } });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { event: { id: string } }).event.id;
  await page.goto(`/en/events/${id}`);
  const empty = page.locator(".empty-comparison");
  await expect(empty.locator("p")).toHaveText(
    "This event has no articles yet. Import articles into it, or add articles already stored.",
  );
  await expect(empty.getByRole("link")).toHaveText(["Import articles into this event", "Add stored articles"]);
  await empty.getByRole("link", { name: "Add stored articles" }).click();
  // the article picker opens, listing the stored articles to add
  const picker = page.locator("details.manage").filter({ has: page.locator("summary", { hasText: "Add articles" }) });
  await expect(picker).toHaveAttribute("open", "");
  await expect(picker.getByRole("button", { name: "Add the chosen articles" })).toBeVisible();
  await page.goBack();
  await empty.getByRole("link", { name: "Import articles into this event" }).click();
  await expect(page).toHaveURL(`/en/import?event=${id}`);
  await expect(page.getByLabel("Add to event")).toHaveValue(id);

  // a reader is told the same, without an editor's actions
  await page.context().clearCookies();
  await page.goto(`/uk/events/${id}`);
  await expect(page.locator(".empty-comparison p")).toHaveText("У цій події ще немає статей.");
  await expect(page.locator(".empty-comparison").getByRole("link")).toHaveCount(0);
});
