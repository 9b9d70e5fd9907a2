import { expect, test } from "./test";

const cases = [
  { header: "uk-UA,uk;q=0.9,en;q=0.8", lng: "uk" },
  { header: "ru-RU,ru;q=0.9,en-US;q=0.8", lng: "ru" },
  { header: "en-GB,en;q=0.9", lng: "en" },
  { header: "de-DE,de;q=0.9", lng: "en" },
];

for (const { header, lng } of cases) {
  test(`/ redirects to /${lng} for Accept-Language "${header}"`, async ({ request, baseURL }) => {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers()["location"]!, baseURL).pathname).toBe(`/${lng}`);
  });
}

test("a path without a language keeps its page when redirected", async ({ request, baseURL }) => {
  const response = await request.get("/outlets", { headers: { "Accept-Language": "ru" }, maxRedirects: 0 });
  expect(new URL(response.headers()["location"]!, baseURL).pathname).toBe("/ru/outlets");
});

test.describe("a browser set to Ukrainian", () => {
  test.use({ locale: "uk-UA" });

  test("lands on the Ukrainian events page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/uk$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Події");
  });

  test("goes to the language it chose last, not the browser's", async ({ page }) => {
    await page.goto("/ru/outlets");
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("События");
  });
});
