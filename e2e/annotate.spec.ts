import { createAccount, query, signInQuickly } from "./accounts";
import { articleIdByTitle, demoEventId } from "./fixtures";
import { selectWithMouse } from "./select";
import { expect, test } from "./test";

test("an editor selects words with the mouse, marks a figure claim, and finds it highlighted, in the comparison, and after a reload", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "annotator-en"));
  const articleId = await articleIdByTitle(request, "No More Syrias");
  await page.goto(`/en/articles/${articleId}`);
  const words = "some 20 accords in the fields of defense";
  await selectWithMouse(page, words);
  const toolbar = page.getByRole("toolbar", { name: "Selected text" });
  await expect(toolbar).toContainText(words);
  await toolbar.getByRole("button", { name: /New claim/ }).click();

  const dialog = page.getByRole("dialog", { name: "New claim" });
  await expect(dialog.getByTestId("claim-quote")).toHaveText(words);
  // The figure is read from the words as they state it ("some 20"), compared as 20 ± 10%, and can be corrected.
  await expect(dialog.getByLabel("Kind")).toHaveValue("figure");
  await expect(dialog.getByLabel("Stated figure")).toHaveValue("20");
  await expect(dialog.getByLabel("to (for a range)")).toHaveValue("20");
  await expect(dialog.getByLabel("Approximate")).toBeChecked();
  await expect(dialog.locator(".figure-preview")).toHaveText("Shown as ≈\u00a020; compared as 18–22");
  await dialog.getByLabel("What is counted").fill("Russian–Venezuelan accords");
  await dialog.getByLabel("Aspect").selectOption({ label: "How much Russian weaponry has Venezuela bought?" });
  // Any name in any language finds the entity.
  await dialog.getByRole("combobox", { name: "Speaker" }).fill("Гуайдо");
  await expect(dialog.getByRole("option", { name: /Juan Guaidó/ })).toBeVisible();
  await dialog.getByRole("combobox", { name: "Speaker" }).fill("Sergei Lavrov");
  await dialog.getByRole("option", { name: "Create “Sergei Lavrov”" }).click();
  // The new speaker is chosen once it is stored; Save waits for it.
  await expect(dialog.getByText("Sergei Lavrov", { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  const [claim] = query<{ id: string; quote: string; low: number; approximate: number; start: number; end: number }>(
    `SELECT c."id", c."quote", c."low", c."approximate", c."start", c."end" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."quote" = ? AND a."id" = ?`,
    words,
    articleId,
  );
  expect(claim).toMatchObject({ quote: words, low: 18 });
  expect(Boolean(claim!.approximate)).toBe(true); // 1 on SQLite, true on PostgreSQL
  const [text] = query<{ text: string }>(`SELECT "text" FROM "Article" WHERE "id" = ?`, articleId);
  expect(text!.text.slice(claim!.start, claim!.end)).toBe(words); // offsets of the stored text, not of the page

  const mark = page.locator(`mark[id="claim-${claim!.id}"]`);
  await expect(mark).toHaveText(words);
  await page.reload();
  await expect(mark).toHaveText(words);
  await expect(page.locator(".panel-item").filter({ hasText: words })).toContainText(
    "Sergei Lavrov · asserts · ≈\u00a020",
  );

  await page.goto(`/en/events/${await demoEventId(request)}`);
  const cell = page.getByRole("region", { name: "How much Russian weaponry has Venezuela bought?" });
  await expect(cell.locator(".claim-card").filter({ hasText: words })).toContainText("Sergei Lavrov asserts");
});

test("in the Ukrainian interface: a claim with a new aspect and a speaker found by name, with Shift and the arrow keys", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "annotator-uk"));
  const articleId = await articleIdByTitle(request, "Диктатор");
  await page.goto(`/uk/articles/${articleId}`);
  const words = "Востаннє президент Венесуели відвідував Москву";
  await selectWithMouse(page, words.slice(0, -6)); // "…відвідував " and then the keyboard finishes it
  await page.keyboard.down("Shift");
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.up("Shift");
  await expect(page.getByRole("toolbar", { name: "Виділений текст" })).toContainText(words);
  await page.keyboard.press("n");

  const dialog = page.getByRole("dialog", { name: "Нове твердження" });
  await expect(dialog.getByTestId("claim-quote")).toHaveText(words);
  await dialog.getByLabel("Аспект").selectOption({ label: "Новий аспект…" });
  await dialog.getByLabel("Питання вашою мовою").fill("Чи відвідає Мадуро Росію?");
  await dialog.getByLabel("Відповідь").selectOption("categorical");
  await dialog.getByLabel("Позиція").selectOption("reports");
  await dialog.getByRole("combobox", { name: "Мовець" }).fill("Мадуро");
  await expect(dialog.getByRole("option", { name: /Ніколас Мадуро/ })).toBeVisible();
  await dialog.getByRole("combobox", { name: "Мовець" }).press("Enter");
  await expect(dialog.getByText("Ніколас Мадуро")).toBeVisible();
  await dialog.getByRole("button", { name: "Зберегти" }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  const item = page.locator(".panel-item").filter({ hasText: words });
  await expect(item).toContainText("заява Ніколас Мадуро · переказує");
  await expect(item).toContainText("Чи відвідає Мадуро Росію?");
  await page.goto(`/uk/events/${await demoEventId(request)}`);
  await expect(page.getByRole("region", { name: /Чи відвідає Мадуро Росію\?/ })).toBeVisible();
});

test("a deleted claim comes back with Undo", async ({ page, request }) => {
  await signInQuickly(page, createAccount("editor", "annotator-undo"));
  await page.goto(`/en/articles/${await articleIdByTitle(request, "Whether Russia will help")}`);
  const quote = "But beyond that Moscow will not go.";
  const item = page.locator(".panel-item").filter({ hasText: quote });
  await item.getByRole("button", { name: `Delete: ${quote}` }).click();
  await expect(item).toHaveCount(0);
  await expect(page.locator("mark").filter({ hasText: quote })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  await expect(item).toHaveCount(1);
  await page.reload();
  await expect(page.locator("mark").filter({ hasText: quote })).toHaveText(quote);
});

test("two editors change the same claim: the second save is refused and shown the newer version", async ({
  browser,
  request,
}) => {
  const articleId = await articleIdByTitle(request, "The Russian Foreign Ministry");
  const quote = "100 thousand Kalashnikov assault rifles";
  const open = async (label: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInQuickly(page, createAccount("editor", label));
    await page.goto(`/en/articles/${articleId}`);
    await page
      .locator(".panel-item")
      .filter({ hasText: quote })
      .getByRole("button", { name: `Edit: ${quote}` })
      .click();
    return { context, dialog: page.getByRole("dialog", { name: "Edit claim" }) };
  };
  const first = await open("conflict-a");
  const second = await open("conflict-b");

  await first.dialog.getByLabel("Stance").selectOption("reports");
  await first.dialog.getByRole("button", { name: "Save" }).click();
  await expect(first.dialog).toBeHidden();

  await second.dialog.getByLabel("Stance").selectOption("disputes");
  await second.dialog.getByRole("button", { name: "Save" }).click();
  await expect(second.dialog.getByRole("alert")).toHaveText(
    "Someone else changed this since you opened it. Their version is shown; make your change again on it. The newer version is loaded below.",
  );
  await expect(second.dialog.getByLabel("Stance")).toHaveValue("reports");
  expect(query<{ stance: string }>(`SELECT "stance" FROM "Claim" WHERE "quote" = ?`, quote)[0]!.stance).toBe("reports");

  await second.dialog.getByLabel("Stance").selectOption("disputes");
  await second.dialog.getByRole("button", { name: "Save" }).click();
  await expect(second.dialog).toBeHidden();
  expect(query<{ stance: string }>(`SELECT "stance" FROM "Claim" WHERE "quote" = ?`, quote)[0]!.stance).toBe(
    "disputes",
  );
  await first.context.close();
  await second.context.close();
});

test("notes: a comment, tags and a verdict on a claim, each a W3C annotation, and its ClaimReview", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "annotator-notes"));
  await page.goto(`/ru/articles/${await articleIdByTitle(request, "Russia is ready to send more")}`);
  const quote = "those few ten thousand Cubans are mostly medical workers";
  await page
    .locator(".panel-item")
    .filter({ has: page.locator("blockquote", { hasText: quote }) })
    .getByRole("button", { name: `Добавить примечание к: ${quote}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Примечание" });
  await dialog.getByLabel("Комментарий").fill("Кубинские врачи действительно работают в Венесуэле");
  await dialog.getByLabel("Теги через запятую").fill("Куба, медики");
  await dialog.getByLabel("Вердикт", { exact: true }).selectOption("supported");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toBeHidden();
  const notes = page.locator(".panel-item--note").filter({ hasText: quote });
  await expect(notes).toHaveCount(3);
  await expect(notes.filter({ hasText: "вердикт" })).toContainText("подтверждено");
  await expect(notes.filter({ hasText: "теги" })).toContainText("Куба, медики");

  await page.getByLabel("Показать", { exact: true }).selectOption({ label: "Вердикты" });
  await expect(page.locator(".panel-item")).toHaveCount(1);
  await page.getByLabel("Показать", { exact: true }).selectOption({ label: "Всё" });

  const reviewLink = page
    .locator(".panel-item--claim")
    .filter({ hasText: quote })
    .getByRole("link", { name: "ClaimReview (JSON-LD)" });
  const review = await (await request.get((await reviewLink.getAttribute("href"))!)).json();
  expect(review).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: quote,
    itemReviewed: {
      "@type": "Claim",
      // in the language of the claim (an English article), whatever the reader's
      inLanguage: "en",
      author: { name: "Bruno Rodríguez" },
      appearance: {
        "@type": "CreativeWork",
        headline: "Russia is ready to send more ‘military specialists’ to Venezuela",
        datePublished: "2019-06",
        publisher: { "@type": "Organization", name: "Daily Mail" },
      },
    },
    reviewRating: { "@type": "Rating", ratingValue: 4, alternateName: "Supported" },
  });
});

test("a claim offers its verdict directly: the form opens on the verdict, and the feed says what fills it", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "annotator-verdict"));
  await page.goto(`/uk/articles/${await articleIdByTitle(request, "Russia is ready to send more")}`);
  const quote = "That’s a lie. I invite them to provide evidence";
  const claim = page.locator(".panel-item--claim").filter({ has: page.locator("blockquote", { hasText: quote }) });
  await claim.getByRole("button", { name: `Дати вердикт щодо: ${quote}` }).click();
  const dialog = page.getByRole("dialog", { name: "Вердикт щодо твердження" });
  await expect(dialog.getByLabel("Вердикт", { exact: true })).toBeFocused();
  await expect(dialog.getByLabel("Теги через кому")).toHaveCount(0);
  await dialog.getByLabel("Вердикт", { exact: true }).selectOption("unverifiable");
  await dialog.getByLabel("Чому (показується з вердиктом)").fill("Жодна сторона не показала документа");
  await dialog.getByRole("button", { name: "Зберегти" }).click();
  await expect(dialog).toBeHidden();
  const notes = page.locator(".panel-item--note").filter({ hasText: quote });
  await expect(notes.filter({ hasText: "вердикт" })).toContainText("неможливо перевірити");
  await expect(claim.getByRole("link", { name: "ClaimReview (JSON-LD)" })).toBeVisible();

  // the feed in the export menu says where its verdicts come from
  await page.goto(`/uk/events/${await demoEventId(request)}`);
  await page.getByText("Експорт", { exact: true }).click();
  await expect(page.locator(".export-hint")).toHaveText(
    "Наповнюється вердиктами щодо тверджень: «Дати вердикт» біля твердження в його статті.",
  );
});
