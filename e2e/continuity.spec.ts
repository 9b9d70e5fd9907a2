import { createAccount, createToken, query, signInQuickly } from "./accounts";
import { articleIdByTitle, languages, type Lng } from "./fixtures";
import { selectWithMouse } from "./select";
import { expect, test } from "./test";
import { ANNO, MEDIA } from "./w3c";

/**
 * What the user was doing survives a language switch (a new page in each language), Back,
 * and a refused form; what is not there has the app's own screen in the path's language;
 * after a delete the keyboard lands on the next item.
 */

const switchTo = async (page: import("@playwright/test").Page, name: string) =>
  page
    .getByRole("navigation", { name: /Interface language|Мова інтерфейсу|Язык интерфейса/ })
    .getByRole("link", { name })
    .click();

test("the import report, options and tab survive a language switch and Back, and name a pasted text as such", async ({
  page,
}) => {
  await signInQuickly(page, createAccount("editor", "keep-import"));
  await page.goto("/en/import");
  await page.getByLabel("Outlet, when the article does not name one").fill("Caracas Night Desk");
  await page.getByRole("tab", { name: "Paste text" }).click();
  const title = `Night desk ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("Text", { exact: true })
    .fill(`${title}\n\nThe ministry said 300 advisers had left Caracas on Sunday, a figure no one could confirm.`);
  await page.getByRole("button", { name: "Import the text" }).click();
  const rows = page.locator(".import-report tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("td").first()).toHaveText("Pasted text");
  await expect(rows.first()).toContainText(title);

  await switchTo(page, "Українська");
  await expect(page).toHaveURL("/uk/import");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("td").first()).toHaveText("Вставлений текст");
  await expect(rows.first()).toContainText("Імпортовано");
  await expect(page.getByRole("tab", { name: "Вставити текст" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Видання, якщо стаття його не називає")).toHaveValue("Caracas Night Desk");

  await page.goto("/uk/outlets");
  await page.goBack();
  await expect(page).toHaveURL("/uk/import");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(title);
});

test("a half-filled form is still filled after a language switch, and empty once it was sent", async ({ page }) => {
  await signInQuickly(page, createAccount("editor", "keep-form"));
  await page.goto("/en");
  await page.getByText("New event", { exact: true }).click();
  await page.getByLabel("Title in English").fill("Cuban advisers in Caracas");
  await page.getByLabel("Starts on").fill("2019-03-25");

  await switchTo(page, "Русский");
  await expect(page).toHaveURL("/ru");
  await expect(page.getByLabel("Название (английский)")).toHaveValue("Cuban advisers in Caracas");
  await expect(page.getByLabel("Начало")).toHaveValue("2019-03-25");
});

test("a failed sign-in keeps the email and never the password", async ({ page }) => {
  const account = createAccount("viewer", "keep-email");
  await page.goto("/ru/sign-in");
  await page.getByLabel("Адрес электронной почты").fill(account.email);
  await page.getByLabel("Пароль").fill("not the password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in\?.*error=invalidCredentials/);
  await expect(page.locator(".form-status--error")).toHaveText("Неверный адрес электронной почты или пароль.");
  await expect(page.getByLabel("Адрес электронной почты")).toHaveValue(account.email);
  await expect(page.getByLabel("Пароль")).toHaveValue("");
});

test("the article's tab and selection survive a language switch", async ({ page, request }) => {
  await signInQuickly(page, createAccount("editor", "keep-article"));
  await page.goto(`/en/articles/${await articleIdByTitle(request, "Whether Russia will help")}`);
  await selectWithMouse(page, "Twitter President");
  const toolbar = page.getByRole("toolbar", { name: "Selected text" });
  await expect(toolbar).toContainText("«Twitter President»");
  await page.locator("aside").getByRole("tab").nth(1).click();

  await switchTo(page, "Українська");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.locator("aside").getByRole("tab").nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("toolbar", { name: "Виділений текст" })).toContainText("«Twitter President»");
});

test("on a phone the claims are a tab away at the top, and the text raises no on-screen keyboard", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInQuickly(page, createAccount("editor", "phone-article"));
  await page.goto(`/uk/articles/${await articleIdByTitle(request, "Диктатор")}`);
  const panes = page.getByRole("tablist", { name: "Стаття та її твердження" });
  await expect(panes).toBeInViewport();
  await expect(page.getByRole("textbox", { name: /./ })).toHaveAttribute("inputmode", "none");
  await expect(page.locator("aside")).toBeHidden();

  await panes.getByRole("tab", { name: /Твердження/ }).click();
  await expect(page.locator("aside")).toBeInViewport();
  await expect(page.locator(".article-text")).toBeHidden();
  // a claim's "show in text" goes back to the text, at the claim
  await page.locator(".panel-items > li").first().locator("blockquote a").click();
  await expect(page.locator(".article-text")).toBeVisible();
  await expect(panes.getByRole("tab").first()).toHaveAttribute("aria-selected", "true");
});

test("a selection crossing a claim already marked is refused as soon as the form opens", async ({ page, request }) => {
  await signInQuickly(page, createAccount("editor", "overlap-early"));
  const articleId = await articleIdByTitle(request, "Whether Russia will help");
  const { text, start, end } = query<{ text: string; start: number; end: number }>(
    `SELECT a."text" AS "text", c."start" AS "start", c."end" AS "end" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE c."articleId" = ? AND c."deletedAt" IS NULL AND c."status" != 'rejected' ORDER BY c."start" LIMIT 1`,
    articleId,
  )[0]!;
  // the claim's last two words and the two after it: half inside the claim, half out
  const inside = text.slice(start, end).match(/\S+\s+\S+$/u)![0];
  const crossing = inside + text.slice(end).match(/^\S*\s+\S+/u)![0];
  await page.goto(`/en/articles/${articleId}`);
  await selectWithMouse(page, crossing);
  await page
    .getByRole("toolbar")
    .getByRole("button", { name: /New claim/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("alert")).toHaveText(
    "This span crosses a claim already marked in the article (or repeats its words). A claim may lie wholly inside another, not partly: adjust one of them.",
  );
  await expect(dialog.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
});

for (const lng of languages) {
  const texts: Record<Lng, { title: string; back: string }> = {
    en: { title: "Page not found", back: "Back to events" },
    uk: { title: "Сторінку не знайдено", back: "До подій" },
    ru: { title: "Страница не найдена", back: "К событиям" },
  };
  test(`an unknown path and an unknown id get the app's own not-found screen in ${lng}`, async ({ page }) => {
    for (const path of [`/${lng}/no-such-page`, `/${lng}/outlets/no-such-outlet`, `/${lng}/articles/x/y`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts[lng].title);
      await expect(page.getByRole("link", { name: texts[lng].back })).toHaveAttribute("href", `/${lng}`);
      await expect(page.locator("header.site-header")).toBeVisible();
    }
  });
}

test("after a note is deleted the keyboard is on the next one, and after the last on the list's heading", async ({
  page,
  request,
  baseURL,
}) => {
  const editor = createAccount("editor", "focus-delete");
  const auth = { Authorization: `Bearer ${createToken(editor)}` };
  const text = `Focus check ${Date.now()}. Officials counted 400 contractors. Others said a few dozen remained. A third source gave no figure.`;
  const imported = await request.post("/api/import?name=focus.txt&language=en", {
    headers: { ...auth, "Content-Type": "application/octet-stream" },
    data: Buffer.from(text, "utf8"),
  });
  const [{ articleId }] = (await imported.json()).results;
  for (const exact of ["Officials counted 400 contractors", "Others said a few dozen remained"]) {
    const created = await request.post("/api/annotations/", {
      headers: { ...auth, "Content-Type": MEDIA },
      data: {
        "@context": ANNO,
        type: "Annotation",
        motivation: "commenting",
        body: { type: "TextualBody", value: `Check: ${exact}`, language: "en" },
        target: { source: `${baseURL}/api/articles/${articleId}`, selector: { type: "TextQuoteSelector", exact } },
      },
    });
    expect(created.status()).toBe(201);
  }
  await signInQuickly(page, editor);
  await page.goto(`/en/articles/${articleId}`);
  const items = page.locator(".panel-items > li");
  await expect(items).toHaveCount(2);

  // the keyboard's way: focus the first note's Delete and press Enter
  const deleteFirst = async () => {
    await items
      .first()
      .getByRole("button", { name: /^Delete/ })
      .focus();
    await page.keyboard.press("Enter");
  };
  await deleteFirst();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toContainText("Others said a few dozen remained");

  await deleteFirst();
  await expect(items).toHaveCount(0);
  await expect(page.locator("#claims-heading")).toBeFocused();
});
