import type { Page } from "@playwright/test";
import { createAccount, signInQuickly } from "./accounts";
import { axeProblems } from "./layout";
import { expect, test } from "./test";

// An event of seven outlets, the first of which counts troops seven times: more sources than one page
// holds and more claims than one cell shows. The spec makes all its own data.
const OUTLETS = ["Укрінформ", "ТАСС", "BBC", "Новая газета", "Дзеркало тижня", "Reuters", "Коммерсантъ"];

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

test("in Ukrainian: sources come five to a page, sort by most claims, and a full cell opens whole", async ({
  page,
}) => {
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
    const figures = n === 6 ? [100, 110, 120, 130, 140, 150, 160] : [100 * (n + 1)];
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
  const pager = comparison.getByRole("navigation", { name: "Сторінки: джерела" });
  await expect(pager).toContainText("Джерела 1–5 з 7");
  await expect(comparison.locator(".aspect-cells > .cell")).toHaveCount(5);
  expect(await axeProblems(page)).toEqual([]);
  await pager.getByRole("link", { name: "Наступна сторінка" }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/events/${eventId}\\?page=2#comparison$`));
  await expect(comparison.getByRole("navigation", { name: "Сторінки: джерела" })).toContainText("Джерела 6–7 з 7");
  await expect(comparison.locator(".aspect-cells > .cell")).toHaveCount(2);

  // most claims first: the outlet with seven figures leads, its cell shows five and offers the rest
  await page.getByLabel("Порядок джерел").selectOption({ label: "Найбільше тверджень" });
  await expect(page).toHaveURL(new RegExp(`sort=claims`));
  const first = comparison.locator(".aspect-cells > .cell").first();
  await expect(first.locator(".cell-source")).toContainText("Коммерсантъ");
  await expect(first.locator(".cell-claims > li")).toHaveCount(5);
  await first.getByRole("link", { name: "Показати всі 7 тверджень" }).click();
  await expect(page).toHaveURL(/cell=/);
  const opened = comparison.locator(".aspect-cells > .cell").first();
  await expect(opened.locator(".cell-claims > li")).toHaveCount(7);
  await expect(opened.locator(".cell-claims > li").last()).toContainText(
    "Посадовці нарахували 160 російських військових.",
  );
  await opened.getByRole("link", { name: "Показати менше" }).click();
  await expect(comparison.locator(".aspect-cells > .cell").first().locator(".cell-claims > li")).toHaveCount(5);
});
