import { createAccount, query, signInQuickly } from "./accounts";
import { expect, test } from "./test";

/**
 * A Russian article for the corpus, which the demo lacks (Guaidó and Peskov in Russian spelling), and an
 * English one; both name Zircon missiles, a word no other spec writes, so this spec's counts are its own.
 */
const ARTICLES = [
  {
    name: "guaido-ru.txt",
    language: "ru",
    text: "Гуайдо обвинил Москву\n\nХуан Гуайдо заявил, что российские военные прибыли в страну. Дмитрий Песков ответил, что у России нет таких планов, и ракет Zircon там не будет.",
  },
  {
    name: "zircon-en.txt",
    language: "en",
    text: "Zircon missiles in the Caribbean?\n\nNo Zircon missile has been seen near Venezuela, analysts say.",
  },
];

test.beforeAll(async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL });
  await signInQuickly({ request: editor }, createAccount("editor", "search-setup"));
  for (const a of ARTICLES) {
    const imported = await editor.post(`/api/import?name=${a.name}&language=${a.language}`, {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      data: Buffer.from(a.text, "utf8"),
    });
    expect(imported.status()).toBe(200);
  }
  await editor.dispose();
});

for (const [lng, typed, label, via] of [
  ["en", "Guaidó", "Search", "Found through the other names of Juan Guaidó"],
  ["uk", "Guaidó", "Пошук", "Знайдено через інші імена: Хуан Гуайдо"],
  ["ru", "Песков", "Поиск", "Найдено через другие имена: Дмитрий Песков"],
] as const) {
  test(`in ${lng}: a search from the header finds articles in the other languages through an entity`, async ({
    page,
  }) => {
    await page.goto(`/${lng}/outlets`);
    // "/" goes to the search field from anywhere on the page, once its script has loaded
    const search = page.getByRole("banner").getByRole("searchbox", { name: label });
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(search).toBeFocused({ timeout: 1_000 });
    }).toPass();
    await expect(search).toHaveValue("");
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${lng}/search?q=${encodeURIComponent(typed)}`);
    const results = page.locator(".search-result");
    const langs = await results.evaluateAll((items) =>
      items.map((li) => li.querySelector("h2 a")!.getAttribute("lang")),
    );
    expect(new Set(langs)).toEqual(new Set(["en", "uk", "ru"]));
    // the hits whose text spells the name otherwise say through whom they were found
    await expect(results.filter({ hasText: via }).first()).toBeVisible();
    // only the name, in its spellings and forms, is marked
    for (const mark of await results.locator("mark").allTextContents())
      expect(mark).toMatch(/^(Guaid[oó]|Guaydo|Гуайдо|Peskov|Пєсков|Песков)/);
  });
}

test("a filter narrows the results, stays in the address, and survives a reload", async ({ page }) => {
  await page.goto("/en/search?q=zircon");
  await expect(page.getByRole("status")).toHaveText("2 results");
  await page
    .getByRole("complementary", { name: "Narrow the results" })
    .getByRole("link", { name: "Russian (1)" })
    .click();
  await expect(page).toHaveURL("/en/search?q=zircon&language=ru");
  await expect(page.getByRole("status")).toHaveText("1 result");
  await page.reload();
  await expect(page.getByRole("status")).toHaveText("1 result");
  await expect(page.locator(".search-result h2")).toHaveText(["Гуайдо обвинил Москву"]);
  // user text that looks like query syntax is only text
  await page.goto(`/en/search?q=${encodeURIComponent('troops" OR NEAR(x')}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
});

test("an editor adds three results to an event and finds them on the event page", async ({ page }) => {
  await signInQuickly(page, createAccount("editor", "search-gatherer"));
  const created = await page.request.post("/api/events", { data: { title: { en: "Gathered by search" } } });
  expect(created.status()).toBe(201);
  const eventId = ((await created.json()) as { event: { id: string } }).event.id;

  await page.goto("/en/search?q=Russia&type=article");
  const boxes = page.locator(".search-result").getByRole("checkbox");
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  const chosen = await Promise.all([0, 1, 2].map((i) => boxes.nth(i).getAttribute("value")));
  await page.getByLabel("Add the chosen results' articles to").selectOption({ label: "Gathered by search" });
  await page.getByRole("button", { name: "Add to event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added;" })).toBeVisible();
  expect(
    query<{ articleId: string }>(
      `SELECT "articleId" FROM "EventArticle" WHERE "eventId" = ? ORDER BY "articleId"`,
      eventId,
    ).map((r) => r.articleId),
  ).toEqual([...chosen].sort());

  await page.goto(`/en/events/${eventId}`);
  await expect(
    page
      .getByRole("region", { name: /Articles/ })
      .getByRole("table")
      .getByRole("row"),
  ).toHaveCount(4);
});
