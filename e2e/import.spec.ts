import { createAccount, query, signInQuickly } from "./accounts";
import { expect, test } from "./test";

const texts = {
  en: "Bolton said about 20,000 Cuban security personnel are in Venezuela, a figure Havana rejected as a lie.",
  uk: "Болтон заявив, що у Венесуелі перебувають близько 20 тисяч кубинських силовиків; Гавана назвала це брехнею.",
  ru: "Болтон заявил, что в Венесуэле находятся около 20 тысяч кубинских силовиков; Гавана назвала это ложью.",
};
const rowTexts = {
  en: "Trump said that Russia has to get out of Venezuela and that all options are open.",
  uk: "Трамп заявив що Росія має піти з Венесуели і що всі варіанти залишаються відкритими.",
  ru: "Трамп заявил что Россия должна уйти из Венесуэлы и что все варианты остаются открытыми.",
};
const pages = {
  en: [
    "Peskov on the visit",
    "Kremlin spokesman Dmitry Peskov said the visit of Nicolás Maduro to Moscow is being prepared.",
  ],
  uk: ["Пєсков про візит", "Речник Кремля Дмитро Пєсков заявив, що візит Ніколаса Мадуро до Москви готується."],
  ru: [
    "Песков о визите",
    "Пресс-секретарь Кремля Дмитрий Песков заявил, что визит Николаса Мадуро в Москву готовится.",
  ],
};
const expected = {
  en: {
    button: "Import 4 files",
    progress: "4 of 4 files done",
    summary: "3 articles imported · 2 not imported",
    empty: "The file is empty.",
    columns: "This row has 3 fields; the header has 2.",
    imported: "Imported",
    failed: "Not imported",
  },
  uk: {
    button: "Імпортувати 4 файли",
    progress: "Готово 4 з 4 файлів",
    summary: "Імпортовано 3 статті · 2 не імпортовано",
    empty: "Файл порожній.",
    columns: "У цьому рядку полів: 3; у заголовку: 2.",
    imported: "Імпортовано",
    failed: "Не імпортовано",
  },
  ru: {
    button: "Импортировать 4 файла",
    progress: "Готово 4 из 4 файлов",
    summary: "Импортировано 3 статьи · 2 не импортированы",
    empty: "Файл пуст.",
    columns: "В этой строке полей: 3; в заголовке: 2.",
    imported: "Импортировано",
    failed: "Не импортировано",
  },
};

for (const lng of ["en", "uk", "ru"] as const) {
  test(`an editor uploads several files in ${lng}, watches them go through, reads the report and opens an article`, async ({
    page,
  }) => {
    await signInQuickly(page, createAccount("editor", `import-${lng}`));
    await page.goto(`/${lng}/import`);
    const [title, body] = pages[lng];
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Wire ${lng}"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p onclick="steal()">${body}</p><p>${texts[lng].split(" ").reverse().join(" ")}</p><script>alert(1)</script></article></body></html>`;
    const csv = `title,text\n"${lng} row","${rowTexts[lng]}"\nbroken,too,many\n`;
    await page.locator('input[type="file"][multiple]').setInputFiles([
      { name: `${lng}-report.txt`, mimeType: "text/plain", buffer: Buffer.from(texts[lng]) },
      { name: `${lng}-page.html`, mimeType: "text/html", buffer: Buffer.from(html) },
      { name: `${lng}-rows.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    ]);
    const e = expected[lng];
    await page.getByRole("button", { name: e.button }).click();
    await expect(page.getByRole("status").filter({ hasText: e.progress })).toBeVisible();
    await expect(page.locator("progress")).toHaveAttribute("value", "4");
    await expect(page.locator(".import-queue li")).toHaveText([
      new RegExp(`^${lng}-report\\.txt .* ${e.imported}$`),
      new RegExp(`^${lng}-page\\.html .* ${e.imported}$`),
      new RegExp(`^${lng}-rows\\.csv .* ${e.imported}$`),
      new RegExp(`^empty\\.txt .* ${e.failed}$`),
    ]);

    await expect(page.locator(".import-summary")).toHaveText(e.summary);
    const rows = page.locator(".import-report tbody tr");
    await expect(rows).toHaveCount(5);
    await expect(rows.filter({ hasText: "empty.txt" })).toContainText(e.empty);
    await expect(rows.filter({ hasText: `${lng}-rows.csv` }).filter({ hasText: e.failed })).toContainText(e.columns);

    // The page's article, its text only, under the outlet the page names.
    const stored = query<{ text: string; lang: string; outlet: string }>(
      `SELECT a."text", a."lang", o."name" AS "outlet" FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE a."title" = ?`,
      title,
    );
    expect(stored).toEqual([
      { text: `${body}\n\n${texts[lng].split(" ").reverse().join(" ")}`, lang: lng, outlet: `Wire ${lng}` },
    ]);

    await rows
      .filter({ hasText: `${lng}-report.txt` })
      .getByRole("link")
      .click();
    await expect(page.locator(".article-text")).toHaveText(texts[lng]);
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
  });
}

test("pasted text is imported once; the same text again is reported as already stored", async ({ page }) => {
  await signInQuickly(page, createAccount("editor", "import-paste"));
  await page.goto("/uk/import");
  await page.getByRole("tab", { name: "Вставити текст" }).click();
  const text =
    "Захарова: звинувачення Вашингтона щодо втручання Росії у венесуельську кризу не відповідають дійсності.\n\nМЗС Росії категорично відкинуло їх.";
  for (const round of [1, 2]) {
    await page.getByLabel("Текст", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Імпортувати текст" }).click();
    await expect(page.locator(".import-report tbody tr")).toHaveCount(round);
  }
  await expect(page.locator(".import-report tbody tr").first()).toContainText("Уже збережено");
  await expect(page.locator(".import-summary")).toHaveText("Імпортовано 1 статтю · 1 уже збережена");
  expect(
    query<{ n: number }>(
      `SELECT count(*) AS "n" FROM "Article" WHERE "title" = ?`,
      "Захарова: звинувачення Вашингтона щодо втручання Росії у венесуельську кризу не відповідають дійсності.",
    ),
  ).toEqual([{ n: 1 }]);
});

test("a viewer does not get the import page, and the import API refuses them", async ({ page }) => {
  await signInQuickly(page, createAccount("viewer", "import-viewer"));
  const response = await page.goto("/en/import");
  expect(response?.status()).toBe(403);
  const api = await page.request.post("/api/import?name=a.txt", {
    headers: { "Content-Type": "application/octet-stream" },
    data: Buffer.from("Some text"),
  });
  expect([api.status(), (await api.json()).code]).toEqual([403, "forbidden"]);
});
