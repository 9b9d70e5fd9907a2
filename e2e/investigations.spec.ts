import { type Page } from "@playwright/test";
import { createAccount, query, signInQuickly } from "./accounts";
import { selectWithMouse } from "./select";
import { expect, test } from "./test";

/**
 * An investigation of one's own, as an editor builds it in the browser: in Ukrainian,
 * open an event, gather two freshly imported articles, correct their outlets and dates,
 * make aspects and mark claims; then, in English, tidy the duplicates (two outlets, two
 * spellings of a speaker) and watch the comparison follow. The spec makes all its own
 * data, so the demo corpus that other specs count stays as it was.
 */

const ARTICLES = {
  chronicle: {
    name: "wagner-caracas.txt",
    language: "en",
    title: "Wagner contractors land in Caracas",
    text: "Wagner contractors land in Caracas\n\nAbout 400 Russian contractors arrived in Caracas to guard President Maduro, people close to the group said.\n\nThe Kremlin declined to comment on the report.",
  },
  kremlin: {
    name: "kremlin-denies.txt",
    language: "uk",
    title: "Кремль заперечує присутність найманців у Каракасі",
    text: "Кремль заперечує присутність найманців у Каракасі\n\nУ Каракасі перебувають лише 35 російських фахівців, заявив міністр оборони.\n\nЗа його словами, вони обслуговують техніку, яку Венесуела купила раніше.",
  },
};

async function importArticle(page: Page, a: (typeof ARTICLES)[keyof typeof ARTICLES]) {
  const response = await page.request.post(`/api/import?name=${a.name}&language=${a.language}`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    data: Buffer.from(a.text, "utf8"),
  });
  expect(response.status()).toBe(200);
  const { results } = (await response.json()) as { results: { articleId: string; status: string }[] };
  expect(results.map((r) => r.status)).toEqual(["imported"]);
  return results[0]!.articleId;
}

/** Marks `words` of the open article as a claim through the annotator's dialog. */
async function markClaim(
  page: Page,
  words: string,
  fill: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>,
  labels: { toolbar: string; newClaim: string; dialog: string; save: string },
) {
  await selectWithMouse(page, words);
  await page.getByRole("toolbar", { name: labels.toolbar }).getByRole("button", { name: labels.newClaim }).click();
  const dialog = page.getByRole("dialog", { name: labels.dialog });
  await expect(dialog.getByTestId("claim-quote")).toHaveText(words);
  await fill(dialog);
  await dialog.getByRole("button", { name: labels.save, exact: true }).click();
  return dialog;
}

const UK = { toolbar: "Виділений текст", newClaim: "Нове твердження", dialog: "Нове твердження", save: "Зберегти" };
const EN = { toolbar: "Selected text", newClaim: "New claim", dialog: "New claim", save: "Save" };

test("an editor opens an event, gathers and corrects two articles, marks claims, and merges duplicate outlets and speakers", async ({
  page,
}) => {
  test.setTimeout(120_000);
  page.on("dialog", (d) => void d.accept());
  await signInQuickly(page, createAccount("editor", "investigator"));
  const chronicleId = await importArticle(page, ARTICLES.chronicle);
  const kremlinId = await importArticle(page, ARTICLES.kremlin);

  let eventId = "";
  await test.step("in Ukrainian: a new event with a title in one language and a start date", async () => {
    await page.goto("/uk");
    await page.getByText("Нова подія").click();
    await page.getByLabel("Назва (українська)").fill("Вагнерівці в Каракасі");
    await page.getByLabel("Початок").fill("2019-01-23");
    await page.getByLabel("Завершення").fill("2019-01-01");
    await page.getByRole("button", { name: "Створити подію" }).click();
    // ends before it starts: refused in Ukrainian, nothing created
    await expect(page.locator("form [role=alert]")).toHaveText("Подія не може закінчитися раніше, ніж почалася.");
    expect(query(`SELECT "eventId" FROM "EventTranslation" WHERE "title" = 'Вагнерівці в Каракасі'`)).toEqual([]);
    await page.getByLabel("Завершення").fill("2019-04-30");
    await page.getByRole("button", { name: "Створити подію" }).click();
    await expect(page).toHaveURL(/\/uk\/events\/c\w+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вагнерівці в Каракасі");
    await expect(page.getByText("23 січня 2019 р. – 30 квітня 2019 р.")).toBeVisible();
    eventId = page.url().split("/").at(-1)!;
  });

  await test.step("in Ukrainian: two imported articles are found and added", async () => {
    await page.getByText("Додати статті").click();
    await page.getByLabel("Назва або видання").fill("Каракас");
    await page.getByRole("button", { name: "Знайти статті" }).click();
    const pick = page.getByRole("group", { name: "Статті, яких ще немає в події" });
    await expect(pick.getByRole("checkbox")).toHaveCount(1);
    await pick.getByRole("checkbox", { name: /Кремль заперечує/ }).check();
    await page.getByRole("button", { name: "Додати вибрані статті" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Додано." })).toBeVisible();
    await page.getByLabel("Назва або видання").fill("Caracas");
    await page.getByRole("button", { name: "Знайти статті" }).click();
    await pick.getByRole("checkbox", { name: /Wagner contractors land/ }).check();
    await page.getByRole("button", { name: "Додати вибрані статті" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Додано." })).toBeVisible();
    const articles = page.getByRole("region", { name: /Статті/ }).getByRole("table");
    await expect(articles.getByRole("link", { name: /Wagner contractors land|Кремль заперечує/ })).toHaveCount(2);
    // adding one again is refused, and changes nothing
    const again = await page.request.post(`/api/events/${eventId}/articles?lang=uk`, {
      data: { articleIds: [chronicleId] },
    });
    expect([again.status(), (await again.json()).error]).toEqual([
      409,
      "Деякі з цих статей уже є в події; нічого не додано.",
    ]);
    expect(query(`SELECT count(*) AS "n" FROM "EventArticle" WHERE "eventId" = ?`, eventId)).toEqual([{ n: 2 }]);
  });

  await test.step("in Ukrainian: two outlets, and each article's outlet and date corrected", async () => {
    for (const name of ["Caracas Chronicle", "The Caracas Chronicle"]) {
      await page.goto("/uk/outlets");
      await page.getByText("Нове видання").click();
      await page.getByLabel("Назва").fill(name);
      await page.getByRole("button", { name: "Створити видання" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("status")).toHaveText("Видання створено.");
    }
    for (const [id, outlet, date] of [
      [chronicleId, "Caracas Chronicle", "2019-04-02"],
      [kremlinId, "The Caracas Chronicle", "2019-03"],
    ] as const) {
      await page.goto(`/uk/articles/${id}`);
      await page.getByText("Редагувати дані").click();
      await page.getByRole("combobox", { name: "Видання", exact: true }).selectOption({ label: outlet });
      await page.getByLabel("Опубліковано").fill(date);
      await page.getByRole("button", { name: "Зберегти дані" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Дані збережено." })).toBeVisible();
      await expect(page.locator(".facts")).toContainText(outlet);
    }
    await expect(page.locator(".facts")).toContainText("березень 2019 р.");
    expect(
      query<{ datePrecision: string; publishedAt: string }>(
        `SELECT "datePrecision", "publishedAt" FROM "Article" WHERE "id" IN (?, ?) ORDER BY "datePrecision"`,
        chronicleId,
        kremlinId,
      ).map((a) => ({ datePrecision: a.datePrecision, day: a.publishedAt.slice(0, 10) })),
    ).toEqual([
      { datePrecision: "day", day: "2019-04-02" },
      { datePrecision: "month", day: "2019-03-01" },
    ]);
  });

  await test.step("in Ukrainian: an aspect made on the event page, and claims marked on both articles", async () => {
    await page.goto(`/uk/events/${eventId}`);
    await page.getByText("Керувати аспектами").click();
    await page.getByLabel("Питання, на яке відповідають видання").fill("How many Russian contractors are in Caracas?");
    await page.getByLabel("Одиниця").fill("personnel");
    await page.getByRole("button", { name: "Додати аспект" }).click();
    await expect(page.getByRole("heading", { name: "How many Russian contractors are in Caracas?" })).toBeVisible();

    await page.goto(`/uk/articles/${chronicleId}`);
    const first = await markClaim(
      page,
      "About 400 Russian contractors",
      async (dialog) => {
        await dialog.getByRole("combobox", { name: "Мовець" }).fill("Sergei Shoigu");
        await dialog.getByRole("option", { name: "Створити «Sergei Shoigu»" }).click();
        await expect(dialog.getByText("Sergei Shoigu", { exact: true })).toBeVisible();
      },
      UK,
    );
    await expect(first).toBeHidden();

    await page.goto(`/uk/articles/${kremlinId}`);
    const second = await markClaim(
      page,
      "лише 35 російських фахівців",
      async (dialog) => {
        await dialog.getByLabel("Позиція").selectOption("disputes");
        await dialog.getByRole("combobox", { name: "Мовець" }).fill("Сергій Шойгу");
        await dialog.getByRole("option", { name: "Створити «Сергій Шойгу»" }).click();
        await expect(dialog.getByText("Сергій Шойгу", { exact: true })).toBeVisible();
      },
      UK,
    );
    await expect(second).toBeHidden();
    // a second aspect, made by the claim form in the claim's own transaction
    const third = await markClaim(
      page,
      "вони обслуговують техніку",
      async (dialog) => {
        await dialog.getByLabel("Аспект").selectOption({ label: "Новий аспект…" });
        await dialog.getByLabel("Питання вашою мовою").fill("Що роблять росіяни в Каракасі?");
        await dialog.getByLabel("Відповідь").selectOption("categorical");
        await dialog.getByLabel("Тип").selectOption("statement");
      },
      UK,
    );
    await expect(third).toBeHidden();
    expect(query(`SELECT count(*) AS "n" FROM "Aspect" WHERE "eventId" = ?`, eventId)).toEqual([{ n: 2 }]);
  });

  await test.step("in Ukrainian: the comparison has a column per outlet, and the timeline puts March before April", async () => {
    await page.goto(`/uk/events/${eventId}`);
    // the source that published first comes first: March (the month is all that is known) before 2 April
    const row = page.getByRole("region", { name: /How many Russian contractors are in Caracas\?/ });
    await expect(row.locator(".cell-source")).toHaveText([
      "The Caracas Chronicleукраїнська · березень 2019 р.",
      "Caracas Chronicleанглійська · 2 квітня 2019 р.",
    ]);
    await expect(row.locator(".claim-card")).toHaveCount(2);
    await expect(row).toContainText("Sergei Shoigu");
    await expect(row).toContainText("Сергій Шойгу");
    await page.getByRole("link", { name: "Хронологія" }).click();
    await expect(page.locator(".timeline-when")).toHaveText([
      "березень 2019 р. · The Caracas Chronicle",
      "2 квітня 2019 р. · Caracas Chronicle",
      "березень 2019 р. · The Caracas Chronicle",
    ]);
    // coverage: both outlets of the event speak to the figures; only one to the new aspect
    const silence = page.locator(".silence");
    await expect(silence).toContainText("Що роблять росіяни в Каракасі?");
    await expect(silence.locator("div").filter({ hasText: "Що роблять росіяни" }).locator("dd bdi")).toHaveText([
      "Caracas Chronicle",
    ]);
  });

  await test.step("in English: a refused claim with a new aspect leaves no aspect behind", async () => {
    await page.goto(`/en/articles/${chronicleId}`);
    const words = "The Kremlin declined to comment";
    const aspects = query(`SELECT count(*) AS "n" FROM "Aspect" WHERE "eventId" = ?`, eventId);
    await selectWithMouse(page, words);
    await page.getByRole("toolbar", { name: EN.toolbar }).getByRole("button", { name: EN.newClaim }).click();
    const dialog = page.getByRole("dialog", { name: EN.dialog });
    await dialog.getByLabel("Aspect").selectOption({ label: "New aspect…" });
    await dialog.getByLabel("The question, in your language").fill("Did the Kremlin comment?");
    // meanwhile a colleague marks the same words
    const aspectId = query<{ id: string }>(
      `SELECT "id" FROM "Aspect" WHERE "eventId" = ? ORDER BY "position" LIMIT 1`,
      eventId,
    )[0]!.id;
    const text = query<{ text: string }>(`SELECT "text" FROM "Article" WHERE "id" = ?`, chronicleId)[0]!.text;
    const start = text.indexOf(words);
    const colleague = await page.request.post("/api/claims", {
      data: {
        articleId: chronicleId,
        eventId,
        aspectId,
        start,
        end: start + words.length,
        kind: "statement",
        stance: "reports",
      },
    });
    expect(colleague.status()).toBe(201);
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog.getByRole("alert")).toContainText(
      "This span crosses a claim already marked in the article (or repeats its words). A claim may lie wholly inside another, not partly: adjust one of them.",
    );
    expect(query(`SELECT count(*) AS "n" FROM "Aspect" WHERE "eventId" = ?`, eventId)).toEqual(aspects);
    expect(query(`SELECT "aspectId" FROM "AspectTranslation" WHERE "question" = 'Did the Kremlin comment?'`)).toEqual(
      [],
    );
  });

  await test.step("in English: merging the two outlets makes one column, and the name an alias", async () => {
    const duplicate = query<{ id: string }>(`SELECT "id" FROM "Outlet" WHERE "name" = 'The Caracas Chronicle'`)[0]!.id;
    await page.goto(`/en/outlets/${duplicate}`);
    await page.getByText("Merge into another outlet").click();
    await page.getByLabel("Outlet to keep").selectOption({ label: "Caracas Chronicle" });
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caracas Chronicle");
    await expect(page.locator(".facts")).toContainText("Also known as");
    await expect(page.locator(".facts")).toContainText("The Caracas Chronicle");
    await expect(page.getByRole("region", { name: /Articles/ }).getByRole("link")).toHaveCount(2);

    await page.goto(`/en/events/${eventId}`);
    await expect(
      page.getByRole("region", { name: /How many Russian contractors are in Caracas\?/ }).locator(".cell-source"),
    ).toHaveText(["Caracas ChronicleEnglish, Ukrainian · March 2019"]);
  });

  await test.step("in English: merging two spellings of a speaker, found across scripts", async () => {
    await page.goto("/en/entities?q=Шойгу");
    const found = page.getByRole("table").getByRole("link");
    await expect(found).toHaveCount(2);
    expect((await found.allTextContents()).sort()).toEqual(["Sergei Shoigu", "Сергій Шойгу"]);
    await page.getByRole("link", { name: "Сергій Шойгу" }).click();
    await page.getByText("Merge a duplicate").click();
    await page.getByLabel("Find the entity to keep").fill("Shoigu");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page.getByRole("radio", { name: /Sergei Shoigu/ }).check();
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sergei Shoigu");
    await expect(page.getByRole("region", { name: "Names" })).toContainText("Сергій Шойгу");
    await expect(page.getByRole("region", { name: "Claims it is the speaker of" }).getByRole("row")).toHaveCount(3);

    // one more spelling, in Russian, in the first empty row; the other empty row is left out
    await page.getByText("Edit names and kind").click();
    await page.getByLabel("Name 3").fill("Шойгу С. К.");
    await page.getByRole("combobox", { name: "Language" }).nth(2).selectOption("ru");
    await page.getByRole("button", { name: "Save names" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByRole("region", { name: "Names" }).getByRole("listitem")).toHaveText([
      "Шойгу С. К. (Russian)",
      "Sergei Shoigu (Ukrainian, primary name)",
      "Сергій Шойгу (Ukrainian)",
    ]);

    await page.goto(`/en/events/${eventId}`);
    const row = page.getByRole("region", { name: /How many Russian contractors are in Caracas\?/ });
    await expect(row.locator(".claim-card").filter({ hasText: "Sergei Shoigu" })).toHaveCount(2);
    await expect(row).not.toContainText("Сергій Шойгу");
  });
});
