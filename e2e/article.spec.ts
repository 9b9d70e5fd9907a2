import { type Page } from "@playwright/test";
import { articleIdByTitle } from "./fixtures";
import { expect, test } from "./test";

/** The text of every highlight belonging to a claim, joined: overlapping claims are split into pieces. */
const highlighted = (page: Page, claimId: string) =>
  page.evaluate(
    (id) =>
      [...document.querySelectorAll<HTMLElement>(".article-text mark")]
        .filter((m) => m.dataset.ids!.split(" ").includes(`claim-${id}`))
        .map((m) => m.textContent)
        .join(""),
    claimId,
  );

test("an article shows its full text with every claim highlighted", async ({ page, request }) => {
  const id = await articleIdByTitle(request, "Russia is ready to send more");
  const article = await (await request.get(`/api/articles/${id}`)).json();
  await page.goto(`/en/articles/${id}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Russia is ready to send more ‘military specialists’ to Venezuela",
  );
  // the outlet its form gives away, though a republisher's "Source" line closes it, and its month
  await expect(page.locator(".facts").getByRole("link", { name: "Daily Mail", exact: true })).toBeVisible();
  await expect(page.locator(".facts").getByText("June 2019", { exact: true })).toBeVisible();
  await expect(page.locator(".article-text")).toContainText("Source: Read Full Article");
  expect(article.claims).toHaveLength(10);
  for (const claim of article.claims) expect(await highlighted(page, claim.id)).toBe(claim.quote);
  await expect(page.getByRole("tab", { name: /Claims and notes/ })).toHaveText("Claims and notes (11)");
  const fewDozen = page
    .locator(".panel-item")
    .filter({ has: page.locator("blockquote", { hasText: "recent reports suggest" }) });
  // the figure as the text states it, and the relation a journalist drew: the cut updates the 1,000
  await expect(fewDozen).toContainText("a few dozen");
  await expect(fewDozen.locator(".claim-relations li")).toHaveText([
    "updates Rostec had stationed around 1,000 security contractors in t… · Daily Mail",
  ]);
});

test("a claim in the side list leads to its sentence in the text, and the link survives a reload", async ({
  page,
  request,
}) => {
  const id = await articleIdByTitle(request, "Russia is ready to send more");
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`/en/articles/${id}`);
  const quote = "those few ten thousand Cubans are mostly medical workers";
  await page.getByRole("link", { name: `Show in text: ${quote}` }).click();
  await expect(page).toHaveURL(/#claim-/);
  const target = page.locator(".article-text mark").filter({ hasText: quote });
  await expect(target).toBeInViewport();
  await page.reload();
  await expect(target).toBeInViewport();
});

test("a Ukrainian article keeps its Cyrillic text and highlights", async ({ page, request }) => {
  const id = await articleIdByTitle(request, "Диктатор");
  await page.goto(`/uk/articles/${id}`);
  await expect(page.locator(".article-text")).toHaveAttribute("lang", "uk");
  await expect(page.locator(".article-text mark").filter({ hasText: "Росія відхилила цей запит" })).toBeVisible();
  await expect(page.locator(".facts").getByText("Українська", { exact: true })).toBeVisible();
  // the outlet whose Spanish original it translates, and the month its text dates it by
  await expect(page.locator(".facts").getByRole("link", { name: "Infobae", exact: true })).toBeVisible();
  await expect(page.locator(".facts").getByText("вересень 2019 р.", { exact: true })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Твердження та примітки/ })).toHaveText("Твердження та примітки (2)");
});

test("an unknown article is a translated 404", async ({ page }) => {
  const response = await page.goto("/uk/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сторінку не знайдено");
  await expect(page.getByRole("link", { name: "До подій" })).toHaveAttribute("href", "/uk");
});
