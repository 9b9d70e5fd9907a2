import type { Page } from "@playwright/test";
import { createAccount, signInQuickly } from "./accounts";
import { axeProblems } from "./layout";
import { expect, test } from "./test";

// An event of 27 outlets, the last of which counts troops seven times: more sources than an aspect's
// row shows before "show all", and more claims than one cell shows. The spec makes all its own data.
const NAMED = ["Укрінформ", "ТАСС", "BBC", "Новая газета", "Дзеркало тижня", "Reuters", "Коммерсантъ"];
const OUTLETS = [...Array.from({ length: 20 }, (_, n) => `Регіональне видання ${n + 1}`), ...NAMED];
const LAST = OUTLETS.length - 1;

/** Tells this run's articles from an earlier run's, so that the spec can run again on the same database. */
const RUN = Date.now().toString(36);

async function importArticle(page: Page, outlet: string, n: number, figures: number[]) {
  const text = [
    `Звіт ${outlet} ${n} (${RUN})`,
    ...figures.map((f) => `Посадовці нарахували ${f} російських військових.`),
  ].join("\n\n");
  const response = await page.request.post(
    `/api/import?name=paging-${n}.txt&language=uk&outlet=${encodeURIComponent(outlet)}`,
    { headers: { "Content-Type": "text/plain; charset=utf-8" }, data: Buffer.from(text, "utf8") },
  );
  expect(response.status()).toBe(200);
  const { results } = (await response.json()) as { results: { articleId: string }[] };
  return { articleId: results[0]!.articleId, text };
}

test("in Ukrainian: a row shows 25 sources and then all 27, sorts by most claims, and a full cell opens whole", async ({
  page,
}) => {
  // 27 articles imported and 33 claims marked through the API before the page is read
  test.setTimeout(120_000);
  await signInQuickly(page, createAccount("editor", "paging"));
  const event = await page.request.post("/api/events", {
    data: { title: { uk: `Війська в Каракасі: сім видань (${RUN})` } },
  });
  expect(event.status()).toBe(201);
  const eventId = ((await event.json()) as { event: { id: string } }).event.id;
  const aspect = await page.request.post("/api/aspects", {
    data: { eventId, question: "Скільки російських військових у Каракасі?", kind: "numeric", lang: "uk" },
  });
  expect(aspect.status()).toBe(201);
  const aspectId = ((await aspect.json()) as { aspect: { id: string } }).aspect.id;

  for (const [n, outlet] of OUTLETS.entries()) {
    // the last outlet counts seven times, the others once
    const figures = n === LAST ? [100, 110, 120, 130, 140, 150, 160] : [100 + n];
    const { articleId, text } = await importArticle(page, outlet, n, figures);
    expect(
      (await page.request.post(`/api/events/${eventId}/articles`, { data: { articleIds: [articleId] } })).ok(),
    ).toBe(true);
    for (const figure of figures) {
      const quote = `Посадовці нарахували ${figure} російських військових.`;
      const start = text.indexOf(quote);
      const claim = await page.request.post("/api/claims", {
        data: {
          articleId,
          eventId,
          aspectId,
          start,
          end: start + quote.length,
          kind: "figure",
          stance: "reports",
          quantity: { stated: { low: figure, high: figure }, unit: "personnel", counted: "військових" },
        },
      });
      expect(claim.status()).toBe(201);
    }
  }

  await page.goto(`/uk/events/${eventId}`);
  const comparison = page.locator(".comparison");
  const cells = comparison.locator(".aspect-cells > .cell");
  await expect(cells).toHaveCount(25);
  expect(await axeProblems(page)).toEqual([]);
  await comparison.getByRole("link", { name: "Показати всі 27 джерел" }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/events/${eventId}\\?row=${aspectId}#aspect-`));
  await expect(cells).toHaveCount(27);
  await expect(comparison.getByRole("navigation", { name: /Сторінки/ })).toHaveCount(0);
  await comparison.getByRole("link", { name: "Показати лише перші 25" }).click();
  await expect(cells).toHaveCount(25);

  // most claims first: the outlet with seven figures leads; a row of 25 shows the first claim of each
  // cell and offers the rest
  await page.locator(".filters-panel > summary").click();
  await page.getByLabel("Порядок джерел").selectOption({ label: "Найбільше тверджень" });
  await expect(page).toHaveURL(new RegExp(`sort=claims`));
  const first = cells.first();
  await expect(first.locator(".cell-source")).toContainText("Коммерсантъ");
  await expect(first.locator(".cell-claims > li")).toHaveCount(1);
  await first.getByRole("link", { name: "Показати всі 7 тверджень" }).click();
  await expect(page).toHaveURL(/cell=/);
  const opened = cells.first();
  await expect(opened.locator(".cell-claims > li")).toHaveCount(7);
  await expect(opened.locator(".cell-claims > li").last()).toContainText(
    "Посадовці нарахували 160 російських військових.",
  );
  await opened.getByRole("link", { name: "Показати менше" }).click();
  await expect(cells.first().locator(".cell-claims > li")).toHaveCount(1);
});
