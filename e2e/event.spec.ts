import { demoEvent, demoEventId, eventTitle, languages } from "./fixtures";
import { expect, test } from "./test";

for (const lng of languages) {
  test(`the event page shows the event and its aspects in ${lng}`, async ({ page }) => {
    await page.goto(`/${lng}`);
    await page.getByRole("link", { name: eventTitle(lng) }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/events/[^/]+$`));
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle(lng));
    const questions = page.locator(".aspect-block > h3");
    await expect(questions).toHaveText(demoEvent.aspects.map((a) => a.questions[lng]));
    await expect(page).toHaveTitle(`${eventTitle(lng)} · Parallax`);
  });
}

test("Ukrainian counts take the right plural form for 1, 3 and 5", async ({ page, request }) => {
  await page.goto("/uk");
  await expect(page.getByRole("listitem").filter({ hasText: eventTitle("uk") })).toContainText("5 статей · 5 аспектів");

  await page.goto(`/uk/events/${await demoEventId(request)}`);
  const summary = (slug: string) =>
    page
      .getByRole("region", { name: demoEvent.aspects.find((a) => a.slug === slug)!.questions.uk })
      .locator(".verdict-line");
  await expect(summary("cuban-personnel")).toContainText("Про це пише 1 видання; цифра — ≈\u00a020\u00a0000;");
  await expect(summary("russian-withdrawal")).toContainText("Про це пишуть 2 видання;");
  // the 1,000 a few dozen updates is history: the figures run from a few dozen to 100
  await expect(summary("russian-personnel")).toHaveText(
    "Про це пишуть 3 видання; найменша цифра — кілька десятків, найбільша — 100.",
  );
  // the names stay in the nominative; the other contradiction is a sentence of its own
  await expect(summary("russian-interference")).toHaveText(
    "Про це пишуть 3 видання; МЗС Росії спростовує твердження, автор якого — Майк Помпео. Є ще 1 суперечність.",
  );
});

test("the event lists its five articles with outlet, language, date and claim count", async ({ page, request }) => {
  await page.goto(`/en/events/${await demoEventId(request)}`);
  const rows = page.getByRole("region", { name: /^Articles/ }).getByRole("row");
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: "No More Syrias" })).toContainText("Sic Semper Tyrannis");
  await expect(rows.filter({ hasText: "No More Syrias" })).toContainText("March 26, 2019");
  await expect(rows.filter({ hasText: "No More Syrias" })).toContainText("4 claims");
  await expect(rows.filter({ hasText: "Диктатор Ніколас Мадуро" })).toContainText("Infobae");
  await expect(rows.filter({ hasText: "Диктатор Ніколас Мадуро" })).toContainText("Ukrainian");
  // the month is all its text dates it by
  await expect(rows.filter({ hasText: "Диктатор Ніколас Мадуро" })).toContainText("September 2019");
  await expect(rows.filter({ hasText: "The Russian Foreign Ministry" })).toContainText("RT");
  await expect(rows.filter({ hasText: "Whether Russia will help" })).toContainText("Unknown outlet");
});

test("switching language keeps the page", async ({ page, request }) => {
  const id = await demoEventId(request);
  await page.goto(`/uk/events/${id}`);
  await page.getByRole("navigation", { name: "Мова інтерфейсу" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/events/${id}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle("ru"));
  await expect(page.getByRole("link", { name: "Русский" })).toHaveAttribute("aria-current", "true");

  // From the keyboard as well.
  await page.getByRole("link", { name: "English" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/events/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle("en"));
});
