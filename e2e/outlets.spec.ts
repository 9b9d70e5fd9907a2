import { expect, test } from "./test";

test("the outlets list names only the outlets the texts give, and counts the rest as unknown", async ({ page }) => {
  await page.goto("/ru/outlets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Издания");
  const rows = page.getByRole("table").getByRole("row");
  // by name: the two the texts name, and the Daily Mail and Infobae, which their form and wording give away
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText("Daily Mail");
  await expect(rows.nth(1)).toContainText("1 статья");
  await expect(rows.nth(2)).toContainText("Infobae");
  await expect(rows.nth(3)).toContainText("RT");
  await expect(rows.nth(3)).toContainText("1 статья");
  await expect(rows.nth(4)).toContainText("Sic Semper Tyrannis");
  // only the machine-translated article names no outlet
  await expect(rows.nth(5)).toContainText("Неизвестное издание");
  await expect(rows.nth(5)).toContainText("1 статья");
});
