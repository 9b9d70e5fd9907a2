import { createAccount, query, signInQuickly } from "./accounts";
import { expect, test } from "./test";

test("an editor creates an API token, sees it once, uses it, and revokes it", async ({ page, playwright, baseURL }) => {
  const editor = createAccount("editor", "tokens");
  await signInQuickly(page, editor);
  await page.goto("/en/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("No tokens yet.")).toBeVisible();

  await page.getByLabel("Token name").fill("import script");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy this token now: it will not be shown again.")).toBeVisible();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^plx_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: /import script/ });
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(row).toContainText("never");

  // The token works for scripts…
  const script = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const made = await script.post("/api/tokens", { data: { name: "made by script" } });
  expect(made.status()).toBe(201);

  // …is never shown again…
  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  await expect(page.getByRole("row", { name: /import script/ })).not.toContainText("never");

  // …and stops working when revoked.
  await page.getByRole("button", { name: "Revoke the token import script" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("The token is revoked.");
  await expect(page.getByRole("row", { name: /import script/ })).toContainText("Revoked");
  const refused = await script.post("/api/tokens", { data: { name: "after revoking" } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({
    code: "badToken",
    error: "This API token is not valid: it is mistyped, revoked or expired.",
  });
  await script.dispose();
});

test("a viewer's account page offers no tokens, and the API refuses to make one", async ({ page }) => {
  await signInQuickly(page, createAccount("viewer", "no-tokens"));
  await page.goto("/uk/account");
  await expect(page.getByText("API-токени доступні редакторам і адміністраторам.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Створити токен" })).toHaveCount(0);
  const refused = await page.request.post("/api/tokens?lang=uk", { data: { name: "sneaky" } });
  expect([refused.status(), await refused.json()]).toEqual([
    403,
    { code: "forbidden", error: "Ваша роль цього не дозволяє." },
  ]);
});

test("changing the password checks the old one and signs out every other browser", async ({ page, browser }) => {
  const account = createAccount("viewer", "password");
  const other = await browser.newContext();
  await signInQuickly({ request: other.request }, account);
  await signInQuickly(page, account);
  await page.goto("/ru/account");
  await expect(page.getByText("2 активных сеанса")).toBeVisible();

  const form = page.getByRole("region", { name: "Смена пароля" });
  await form.getByLabel("Текущий пароль").fill("not my password");
  await form.getByLabel("Новый пароль", { exact: true }).fill("brand new password");
  await form.getByLabel("Новый пароль ещё раз").fill("brand new password");
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Текущий пароль неверен.");

  await form.getByLabel("Текущий пароль").fill(account.password);
  await form.getByLabel("Новый пароль", { exact: true }).fill("brand new password");
  await form.getByLabel("Новый пароль ещё раз").fill("brand new passwort");
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Два новых пароля не совпадают.");

  await form.getByLabel("Текущий пароль").fill(account.password);
  await form.getByLabel("Новый пароль", { exact: true }).fill("brand new password");
  await form.getByLabel("Новый пароль ещё раз").fill("brand new password");
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Пароль изменён. Остальные ваши сеансы завершены.",
  );
  await expect(page.getByText("1 активный сеанс")).toBeVisible();
  await expect(page.getByRole("row", { name: /этот браузер/ })).toHaveCount(1);

  expect((await other.request.post("/api/auth/sign-out-everywhere")).status()).toBe(401);
  const oldPassword = await page.request.post("/api/auth/sign-in", {
    data: { email: account.email, password: account.password },
  });
  expect(oldPassword.status()).toBe(401);
  await other.close();
});

test("sign out everywhere ends the sessions of every browser", async ({ page, browser }) => {
  const account = createAccount("viewer", "everywhere");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInQuickly(otherPage, account);
  await signInQuickly(page, account);
  await page.goto("/en/account");
  await expect(page.getByText("2 active sessions")).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL("/en/sign-in?notice=signedOutEverywhere");
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "You are signed out of every browser and device.",
  );

  await otherPage.goto("/en/account");
  await expect(otherPage).toHaveURL("/en/sign-in?next=%2Fen%2Faccount");
  expect(
    query<{ n: number }>(
      `SELECT count(*) AS "n" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = ?`,
      account.email,
    )[0]!.n,
  ).toBe(0);
  await other.close();
});
