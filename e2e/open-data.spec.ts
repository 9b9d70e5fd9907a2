import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { createAccount, createToken, E2E_POSTGRES_URL, signInQuickly } from "./accounts";
import { articleIdByTitle, demo, demoEventId } from "./fixtures";
import { expect, test } from "./test";

// Open data: the Export menus, the admins' Backups page, and annotations imported from elsewhere.

async function download(page: Page, link: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { file, text: (await readFile((await file.path())!)).toString("utf8") };
}

test("the event's Export menu gives the W3C collection with and without quotes and the ClaimReview feed", async ({
  page,
  request,
}) => {
  const eventId = await demoEventId(request);
  await page.goto(`/uk/events/${eventId}`);
  const menu = page.locator(".export-menu");
  await menu.getByText("Експорт", { exact: true }).press("Enter");
  await expect(menu.getByRole("link")).toHaveText([
    "Порівняння, як показано (CSV)",
    "Твердження, нотатки і зв’язки (W3C JSON-LD)",
    "Те саме без цитованого тексту (W3C JSON-LD)",
    "Вердикти (стрічка ClaimReview)",
  ]);

  const withQuotes = await download(page, "Твердження, нотатки і зв’язки (W3C JSON-LD)");
  expect(withQuotes.file.suggestedFilename()).toBe(`parallax-event-${eventId}.jsonld`);
  const collection = JSON.parse(withQuotes.text);
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.first.items).toHaveLength(collection.total);
  // every claim of the demo corpus is there (other specs add their own meanwhile), and only this event's
  const claims = collection.first.items.filter((a: { motivation: string }) => a.motivation === "describing");
  type Claim = { target: { selector: { exact?: string }[] }; "parallax:claim": { eventId: string } };
  const quotes = new Set(claims.map((c: Claim) => c.target.selector[0]!.exact));
  expect(demo.claims.filter((c: { quote: string }) => !quotes.has(c.quote))).toEqual([]);
  expect(new Set(claims.map((c: Claim) => c["parallax:claim"].eventId))).toEqual(new Set([eventId]));
  expect(withQuotes.text).toContain("Росія відхилила цей запит");

  // the menu stays open after a download
  const withoutQuotes = await download(page, "Те саме без цитованого тексту (W3C JSON-LD)");
  expect(withoutQuotes.file.suggestedFilename()).toBe(`parallax-event-${eventId}-without-quotes.jsonld`);
  expect(withoutQuotes.text).not.toContain("Росія відхилила цей запит");
  expect(JSON.parse(withoutQuotes.text).total).toBe(collection.total);

  const feedHref = await menu.getByRole("link", { name: "Вердикти (стрічка ClaimReview)" }).getAttribute("href");
  const feed = await request.get(feedHref!);
  expect((await feed.json())["@type"]).toBe("DataFeed");
});

test("the corpus's Export menu is on the events list, and only admins are offered the whole database", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByLabel("Export the corpus").click();
  await expect(page.locator(".export-menu").getByRole("link")).toHaveText([
    "Claims, notes and relations (W3C JSON-LD)",
    "The same without quoted text (W3C JSON-LD)",
    "Verdicts (ClaimReview feed)",
  ]);
  const corpus = await download(page, "Claims, notes and relations (W3C JSON-LD)");
  expect(corpus.file.suggestedFilename()).toBe("parallax-corpus.jsonld");

  await signInQuickly(page, createAccount("admin", "export-menu"));
  await page.goto("/en");
  await page.getByLabel("Export the corpus").click();
  await page.getByRole("link", { name: "Whole database (administrators)" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backups");
});

test("an admin downloads the JSON export and, on SQLite, the backup file; nobody else can", async ({
  page,
  playwright,
  baseURL,
}) => {
  const editor = createAccount("editor", "backups-editor");
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/admin/export?lang=ru")).status()).toBe(401);
  const withToken = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${createToken(editor)}` },
  });
  const refused = await withToken.get("/api/admin/backup?lang=ru");
  expect([refused.status(), (await refused.json()).code]).toEqual([403, "forbidden"]);
  await signInQuickly(page, editor);
  expect((await page.goto("/ru/admin/data"))!.status()).toBe(403);

  await signInQuickly(page, createAccount("admin", "backups"));
  await page.goto("/ru/admin/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Резервные копии");
  await expect(page.getByRole("row", { name: /^Статьи \d+$/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Утверждения [\d\s]+$/ })).toBeVisible();

  const exported = await download(page, "Экспорт JSON, без паролей");
  expect(exported.file.suggestedFilename()).toMatch(/^parallax-\d{4}-\d\d-\d\dT\d{4}Z\.json$/);
  const doc = JSON.parse(exported.text);
  expect([doc.format, doc.version, doc.withAccounts]).toEqual(["parallax-export", 1, false]);
  expect(doc.checksums.article.rows).toBe(doc.tables.article.length);
  expect(exported.text).not.toContain("$argon2id$");
  const withAccounts = await download(page, "Экспорт JSON, с хешами паролей");
  expect(withAccounts.text).toContain("$argon2id$");

  if (E2E_POSTGRES_URL) {
    // a copy of the database file is SQLite's: on PostgreSQL the page points to its own tools
    await expect(page.getByRole("link", { name: "Резервная копия SQLite" })).toHaveCount(0);
    await expect(page.getByRole("main")).toContainText("База данных — PostgreSQL: делайте её резервные копии");
    const none = await page.request.get("/api/admin/backup?lang=ru");
    expect([none.status(), (await none.json()).code]).toEqual([409, "noFileBackup"]);
  } else {
    const backup = await download(page, "Резервная копия SQLite");
    expect(backup.file.suggestedFilename()).toMatch(/^parallax-\d{4}-\d\d-\d\dT\d{4}Z\.db$/);
    const bytes = await readFile((await backup.file.path())!);
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
  }
  await anonymous.dispose();
  await withToken.dispose();
});

test("an editor imports a Hypothesis export: each annotation is placed or kept as orphaned, and a page not stored refuses the file", async ({
  page,
  request,
  baseURL,
}) => {
  const articleId = await articleIdByTitle(request, "Диктатор");
  const uri = `${baseURL}/api/articles/${articleId}`;
  const annotation = (id: string, text: string, exact: string) => ({
    id,
    created: "2026-11-30T10:00:00.000000+00:00",
    user: "acct:reporter@hypothes.is",
    uri,
    text,
    tags: ["Венесуела"],
    target: [{ source: uri, selector: [{ type: "TextQuoteSelector", exact, prefix: "", suffix: "" }] }],
  });
  const exported = (annotations: unknown[]) => ({
    name: "hypothesis.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ export_date: "2026-11-30T10:12:03Z", annotations })),
  });
  await signInQuickly(page, createAccount("editor", "annotation-import"));
  await page.goto("/uk/import");
  const section = page.getByRole("region", { name: "Імпорт анотацій" });

  await section
    .getByLabel("Файл анотацій")
    .setInputFiles(
      exported([
        annotation("e2eHyp1", "Чи підтверджує це МЗС?", "Росія відхилила цей запит"),
        annotation("e2eHyp2", "Цього речення вже немає.", "речення, якого немає в статті"),
      ]),
    );
  await expect(section.getByRole("status")).toHaveText("Імпортовано 2 анотації: 1 розміщено в тексті, 1 відірвано.");
  await expect(section.getByRole("row")).toHaveText([
    "АнотаціяРезультатСтаття",
    "e2eHyp1Розміщено за цитатоюВідкрити",
    "e2eHyp2Відірвано її цитати немає в текстіВідкрити",
  ]);
  await section
    .getByRole("row", { name: /e2eHyp2/ })
    .getByRole("link", { name: "Відкрити" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/uk/articles/${articleId}#note-`));
  await expect(page.getByText("Цього речення вже немає.")).toBeVisible();

  await page.goto("/uk/import");
  const unknown = annotation("e2eHyp3", "Інша сторінка", "Росія");
  unknown.uri = "https://example.org/not-stored";
  unknown.target[0]!.source = unknown.uri;
  await section.getByLabel("Файл анотацій").setInputFiles(exported([unknown]));
  await expect(section.getByRole("alert")).toHaveText(
    "1 анотація стосується сторінки, якої немає серед збережених статей. Спершу імпортуйте статтю; нічого не імпортовано.e2eHyp3: https://example.org/not-stored",
  );
});

test("an annotation file of 12 MB, above the proxy's default 10 MB, arrives whole", async ({ request, baseURL }) => {
  const articleId = await articleIdByTitle(request, "Диктатор");
  const uri = `${baseURL}/api/articles/${articleId}`;
  // Hypothesis exports carry each page's title, which the import does not keep: here a long one
  const annotation = {
    id: "e2eBigFile",
    uri,
    text: "Файл на 12 МБ",
    document: { title: ["Диктатор ".repeat(800_000)] },
    target: [{ source: uri, selector: [{ type: "TextQuoteSelector", exact: "Росія відхилила цей запит" }] }],
  };
  const body = Buffer.from(JSON.stringify({ annotations: [annotation] }));
  expect(body.length).toBeGreaterThan(12 * 1024 * 1024);
  const token = createToken(createAccount("editor", "big-annotation-file"));
  const response = await request.post("/api/exchange/annotations", {
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    data: body,
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ format: "hypothesis", anchored: 1, orphaned: 0 });
});
