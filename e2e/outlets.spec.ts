import { expect, test } from "./test";

test("the outlets list names only the outlets the texts give, and counts the rest as unknown", async ({ page }) => {
  await page.goto("/ru/outlets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Издания");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("RT");
  await expect(rows.nth(1)).toContainText("1 статья");
  await expect(rows.nth(2)).toContainText("Sic Semper Tyrannis");
  await expect(rows.nth(3)).toContainText("Неизвестное издание");
  await expect(rows.nth(3)).toContainText("3 статьи");
});
