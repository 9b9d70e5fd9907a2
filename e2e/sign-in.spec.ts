import { createAccount, query, userCli } from "./accounts";
import { languages, type Lng } from "./fixtures";
import { expect, test } from "./test";

const words: Record<
  Lng,
  { signIn: string; email: string; password: string; signOut: string; signedOut: string; role: string; wrong: string }
> = {
  en: {
    signIn: "Sign in",
    email: "Email",
    password: "Password",
    signOut: "Sign out",
    signedOut: "You are signed out.",
    role: "Editor",
    wrong: "The email or the password is wrong.",
  },
  uk: {
    signIn: "Увійти",
    email: "Електронна адреса",
    password: "Пароль",
    signOut: "Вийти",
    signedOut: "Ви вийшли.",
    role: "Редактор",
    wrong: "Неправильна електронна адреса або пароль.",
  },
  ru: {
    signIn: "Войти",
    email: "Адрес электронной почты",
    password: "Пароль",
    signOut: "Выйти",
    signedOut: "Вы вышли.",
    role: "Редактор",
    wrong: "Неверный адрес электронной почты или пароль.",
  },
};

for (const lng of languages) {
  test(`sign in and out in ${lng}; the session ends on the server`, async ({ page, browser }) => {
    const account = createAccount("editor", `signin-${lng}`);
    const w = words[lng];
    await page.goto(`/${lng}/outlets`);
    await page.getByRole("link", { name: w.signIn }).click();
    await expect(page).toHaveURL(`/${lng}/sign-in?next=%2F${lng}%2Foutlets`);

    // A wrong password first: a translated message, still on the sign-in page, still signed out.
    await page.getByLabel(w.email).fill(account.email);
    await page.getByLabel(w.password).fill("not the password");
    await page.getByRole("button", { name: w.signIn }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(w.wrong);
    await expect(page).toHaveURL(new RegExp(`/${lng}/sign-in\\?`));

    await page.getByLabel(w.email).fill(account.email);
    await page.getByLabel(w.password).fill(account.password);
    await page.getByRole("button", { name: w.signIn }).click();
    await expect(page).toHaveURL(`/${lng}/outlets`);
    const menu = page.getByRole("group", { name: /./ }).filter({ has: page.getByRole("button", { name: w.signOut }) });
    await expect(menu.getByRole("link")).toHaveText(`${account.email.split("@")[0]} ${w.role}`);

    const cookie = (await page.context().cookies()).find((c) => c.name === "parallax-session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

    // The same cookie used from another browser works until sign-out…
    const elsewhere = await browser.newContext({ baseURL: page.url() });
    await elsewhere.addCookies([{ name: cookie.name, value: cookie.value, domain: cookie.domain, path: "/" }]);
    const before = await elsewhere.request.post("/api/tokens", { data: { name: "copied cookie" } });
    expect(before.status()).toBe(201);

    await page.getByRole("button", { name: w.signOut }).click();
    await expect(page).toHaveURL(`/${lng}?notice=signedOut`);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(w.signedOut);
    await expect(page.getByRole("link", { name: w.signIn })).toBeVisible();
    expect((await page.context().cookies()).some((c) => c.name === "parallax-session")).toBe(false);

    // …and nowhere after it.
    const after = await elsewhere.request.post("/api/tokens", { data: { name: "after sign-out" } });
    expect(after.status()).toBe(401);
    await elsewhere.close();
    const sessions = query<{ n: number }>(
      `SELECT count(*) AS "n" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = ?`,
      account.email,
    );
    expect(sessions[0]!.n).toBe(0);
  });
}

test("an unknown email gets the same answer as a wrong password", async ({ request }) => {
  const unknown = await request.post("/api/auth/sign-in?lang=uk", {
    data: { email: "nobody@e2e.test", password: "whatever it is" },
  });
  const account = createAccount("viewer", "same-answer");
  const wrong = await request.post("/api/auth/sign-in?lang=uk", {
    data: { email: account.email, password: "whatever it is" },
  });
  expect([unknown.status(), await unknown.json()]).toEqual([
    401,
    { code: "invalidCredentials", error: words.uk.wrong },
  ]);
  expect([wrong.status(), await wrong.json()]).toEqual([401, { code: "invalidCredentials", error: words.uk.wrong }]);
});

test("sign-in is refused after repeated failures, even with the right password", async ({ page }) => {
  const account = createAccount("viewer", "ratelimit");
  await page.goto("/uk/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel(words.uk.email).fill(account.email);
    await page.getByLabel(words.uk.password).fill(`guess number ${i}`);
    await page.getByRole("button", { name: words.uk.signIn }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(words.uk.wrong);
  }
  await page.getByLabel(words.uk.email).fill(account.email);
  await page.getByLabel(words.uk.password).fill(account.password);
  await page.getByRole("button", { name: words.uk.signIn }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Забагато невдалих спроб входу. Спробуйте знову через 15 хвилин.",
  );
  expect((await page.context().cookies()).some((c) => c.name === "parallax-session")).toBe(false);

  const api = await page.request.post("/api/auth/sign-in?lang=ru", {
    data: { email: account.email, password: account.password },
  });
  expect(api.status()).toBe(429);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThan(800);
  expect((await api.json()).error).toBe("Слишком много неудачных попыток входа. Попробуйте снова через 15 минут.");
});

test("a disabled account is told so, in the user's language", async ({ request }) => {
  const account = createAccount("viewer", "disabled");
  userCli(["disable", "--email", account.email]);
  const { email, password } = account;
  const response = await request.post("/api/auth/sign-in?lang=ru", { data: { email, password } });
  expect([response.status(), await response.json()]).toEqual([
    403,
    { code: "disabled", error: "Эта учётная запись отключена. Обратитесь к администратору." },
  ]);
});

test("an editor whose team has only the demo lands on the first steps, and a viewer on the events", async ({
  page,
  browser,
}) => {
  // this project runs before the specs that import, so the corpus is the demo alone
  const editor = createAccount("editor", "first-run");
  await page.goto("/uk/sign-in");
  await page.getByLabel("Електронна адреса").fill(editor.email);
  await page.getByLabel("Пароль").fill(editor.password);
  await page.getByRole("button", { name: "Увійти" }).click();
  await expect(page).toHaveURL("/uk/welcome");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ласкаво просимо до Parallax");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "1. Імпортуйте статті",
    "2. Створіть подію",
    "3. Позначте твердження",
  ]);
  await expect(page.getByRole("link", { name: "Імпортувати статті" })).toHaveAttribute("href", "/uk/import");
  await page.getByRole("link", { name: "Створити подію" }).click();
  await expect(page.getByRole("textbox", { name: "Назва (українська)" })).toBeVisible();
  await page.goto("/uk");
  await expect(page.getByRole("link", { name: "Перші кроки" })).toHaveAttribute("href", "/uk/welcome");

  const viewer = createAccount("viewer", "first-run");
  const other = await browser.newPage();
  await other.goto("/uk/sign-in");
  await other.getByLabel("Електронна адреса").fill(viewer.email);
  await other.getByLabel("Пароль").fill(viewer.password);
  await other.getByRole("button", { name: "Увійти" }).click();
  await expect(other).toHaveURL("/uk");
  await expect(other.getByRole("link", { name: "Перші кроки" })).toHaveCount(0);
  await other.close();
});
