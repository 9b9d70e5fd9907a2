import { createAccount, query, signInQuickly } from "./accounts";
import { eventTitle } from "./fixtures";
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
    summary: /^3 articles imported · 2 not imported · \d+ candidates? wait for review$/,
    empty: "The file is empty.",
    columns: "This row has 3 fields; the header has 2.",
    imported: "Imported",
    failed: "Not imported",
  },
  uk: {
    button: "Імпортувати 4 файли",
    progress: "Готово 4 з 4 файлів",
    summary: /^Імпортовано 3 статті · 2 не імпортовано · \d+ кандидат(?:и|ів|а)? чека(?:є|ють) на перевірку$/,
    empty: "Файл порожній.",
    columns: "У цьому рядку полів: 3; у заголовку: 2.",
    imported: "Імпортовано",
    failed: "Не імпортовано",
  },
  ru: {
    button: "Импортировать 4 файла",
    progress: "Готово 4 из 4 файлов",
    summary: /^Импортировано 3 статьи · 2 не импортированы · \d+ кандидат(?:а|ов)? жд(?:ёт|ут) проверки$/,
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
      .first()
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
  await expect(page.locator(".import-summary")).toHaveText(
    /^Імпортовано 1 статтю · 1 уже збережена · \d+ кандидат(?:и|ів|а)? чека(?:є|ють) на перевірку$/,
  );
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

/** A page copied as plain text: menus and notices above the headline, a dateline, a copyright line. */
const copied = {
  en: {
    text: (run: string) =>
      [
        "Accessibility links",
        "Skip to main content",
        "Home",
        "News",
        "World",
        "Share",
        `Russian air force planes land in Caracas with about 100 troops (${run})`,
        "MOSCOW, March 25 (Reuters) - Two Russian air force planes landed in Caracas on Saturday carrying about 100 troops and 35 tonnes of cargo, a local journalist said.",
        "The Kremlin declined to comment on the flights.",
        "© 2019 Reuters",
      ].join("\n\n"),
    title: (run: string) => `Russian air force planes land in Caracas with about 100 troops (${run})`,
    outlet: "Reuters",
    published: "March 25, 2019",
    button: "Import 1 file",
    waiting: /^(\d+) candidates? waiting for review$/,
    summary: /^1 article imported · (\d+) candidates? wait for review$/,
    event: /^(\d+) candidates? wait for review in 1 article\. Review the first article’s candidates$/,
    tab: (n: string) => `Candidates (${n})`,
  },
  uk: {
    text: (run: string) =>
      [
        "Перейти до основного вмісту",
        "Головна",
        "Новини",
        "Політика",
        "Поділитися",
        `Посольство Росії пояснило, навіщо до Венесуели прибули близько 100 військових (${run})`,
        "КИЇВ, 26 березня. /Укрінформ/. Близько 100 російських військових прибули до Венесуели відповідно до угоди про військово-технічну співпрацю, заявило посольство Росії у Венесуелі.",
        "Опубліковано 26.03.2019",
      ].join("\n"),
    title: (run: string) => `Посольство Росії пояснило, навіщо до Венесуели прибули близько 100 військових (${run})`,
    outlet: "Укрінформ",
    published: "26 березня 2019 р.",
    button: "Імпортувати 1 файл",
    waiting: /^(\d+) кандидат(?:и|ів|а)? чека(?:є|ють) на перевірку$/,
    summary: /^Імпортовано 1 статтю · (\d+) кандидат(?:и|ів|а)? чека(?:є|ють) на перевірку$/,
    event: /^(\d+) кандидат(?:и|ів|а)? чека(?:є|ють) на перевірку у 1 статті\. Переглянути кандидатів першої статті$/,
    tab: (n: string) => `Кандидати (${n})`,
  },
};

for (const lng of ["uk", "en"] as const) {
  test(`in ${lng}: a plain text copied with its page's debris gets its headline, dateline day and agency, and the report links to its candidates`, async ({
    page,
  }) => {
    const run = Date.now().toString(36);
    const c = copied[lng];
    await signInQuickly(page, createAccount("editor", `import-plain-${lng}`));
    const created = await page.request.post("/api/events", {
      data: { title: { [lng]: `Planes in Caracas (${lng}, ${run})` } },
    });
    expect(created.status()).toBe(201);
    const eventId = ((await created.json()) as { event: { id: string } }).event.id;

    await page.goto(`/${lng}/import`);
    await page.locator("#import-event").selectOption(eventId);
    await page
      .locator('input[type="file"][multiple]')
      .setInputFiles([{ name: `copied-${lng}.txt`, mimeType: "text/plain", buffer: Buffer.from(c.text(run)) }]);
    await page.getByRole("button", { name: c.button }).click();

    const row = page.locator(".import-report tbody tr").filter({ hasText: `copied-${lng}.txt` });
    await expect(row.getByRole("link", { name: c.title(run) })).toBeVisible();
    const { id, waiting } = query<{ id: string; waiting: number }>(
      `SELECT a."id" AS "id", (SELECT count(*) FROM "Candidate" c WHERE c."articleId" = a."id" AND c."status" = 'pending') AS "waiting"
         FROM "Article" a WHERE a."title" = ?`,
      c.title(run),
    )[0]!;
    expect(Number(waiting)).toBeGreaterThan(0);
    const candidates = row.getByRole("link", { name: c.waiting });
    await expect(candidates).toHaveText(c.waiting);
    expect((await candidates.textContent())?.match(c.waiting)?.[1]).toBe(String(waiting));
    await expect(candidates).toHaveAttribute("href", `/${lng}/articles/${id}#candidates`);
    await expect(page.locator(".import-summary")).toHaveText(c.summary);

    // The article page shows the headline, not the menu above it, with the dateline's day and agency.
    await row.getByRole("link", { name: c.title(run) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.title(run));
    await expect(page.locator(".facts")).toContainText(c.published);
    await expect(page.locator(".facts").getByRole("link", { name: c.outlet, exact: true })).toBeVisible();

    // The report's link opens the article on its Candidates tab.
    await page.goBack();
    await candidates.click();
    await expect(page).toHaveURL(`/${lng}/articles/${id}#candidates`);
    await expect(page.getByRole("tab", { name: c.tab(String(waiting)) })).toHaveAttribute("aria-selected", "true");

    // The event says how many candidates wait in its articles, with a link to them.
    await page.goto(`/${lng}/events/${eventId}`);
    const line = page.locator(".waiting-candidates");
    await expect(line).toHaveText(c.event);
    expect((await line.textContent())?.match(c.event)?.[1]).toBe(String(waiting));
    await expect(line.getByRole("link")).toHaveAttribute("href", `/${lng}/articles/${id}#candidates`);
  });
}

test("an editor creates an outlet from the article's form, by keyboard, and the article keeps it", async ({ page }) => {
  const run = Date.now().toString(36);
  await signInQuickly(page, createAccount("editor", "import-new-outlet"));
  const imported = await page.request.post(`/api/import?name=outlet-${run}.txt&language=uk`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    data: Buffer.from(`Звіт без видання (${run})\n\nПосадовці нарахували близько 100 військових у Каракасі.`, "utf8"),
  });
  const { articleId } = ((await imported.json()) as { results: { articleId: string }[] }).results[0]!;
  await page.goto(`/uk/articles/${articleId}`);
  // the pickers' choices come when the page is idle, not in its HTML: the open events it is not in yet
  const join = page.getByLabel("Додати до події");
  await expect(join.locator("option").first()).toHaveText("Виберіть подію");
  await expect(join.locator("option", { hasText: eventTitle("uk") })).toHaveCount(1);
  await page.getByText("Редагувати дані").click();
  const name = page.getByLabel("Назва нового видання");
  // Enter on the button once the page's script has loaded
  await expect(async () => {
    await page.getByRole("button", { name: "Нове видання…" }).press("Enter");
    await expect(name).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(name).toBeFocused();
  // a name another outlet has is refused, in the page's language
  await name.fill("RT");
  await page.keyboard.press("Enter");
  await expect(page.locator(".outlet-choice [role=alert]")).toHaveText(
    "Видання з такою назвою вже є. Краще об’єднайте їх.",
  );
  await name.fill(`Вечірня Валенсія ${run}`);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: `Видання «Вечірня Валенсія ${run}» створено й вибрано.` }),
  ).toBeVisible();
  const outlet = page.getByRole("combobox", { name: /^Видання/ });
  await expect(outlet).toBeFocused();
  await expect(outlet.locator("option:checked")).toHaveText(`Вечірня Валенсія ${run}`);
  await page.getByRole("button", { name: "Зберегти дані" }).click();
  await expect(page.locator(".facts").getByRole("link", { name: `Вечірня Валенсія ${run}` })).toBeVisible();
});

test("a picker whose choices could not be read reads them again a moment later, untouched", async ({ page }) => {
  const run = Date.now().toString(36);
  await signInQuickly(page, createAccount("editor", "import-choices-again"));
  const imported = await page.request.post(`/api/import?name=choices-${run}.txt&language=ru`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    data: Buffer.from(`Сводка без издания (${run})\n\nЧиновники насчитали около 100 военных в Каракасе.`, "utf8"),
  });
  const { articleId } = ((await imported.json()) as { results: { articleId: string }[] }).results[0]!;
  // the first read of the outlets fails, as a dropped connection would make it
  const reads: string[] = [];
  const choices = (url: URL) => url.pathname === "/api/outlets" && url.searchParams.get("choices") === "1";
  await page.route(choices, (route) => {
    reads.push(reads.length === 0 ? "failed" : "read");
    return reads.length === 1 ? route.abort("connectionreset") : route.continue();
  });
  await page.goto(`/ru/articles/${articleId}`);
  await page.getByText("Редактировать данные").click();
  const outlet = page.getByRole("combobox", { name: /^Издание/ });
  await expect(outlet.locator("option", { hasText: "Daily Mail" })).toHaveCount(1);
  expect(reads).toEqual(["failed", "read"]);
});
