import { createAccount, query, signInQuickly } from "./accounts";
import { expect, test } from "./test";

test("an admin adds a user, changes the role, disables and enables them", async ({ page }) => {
  await signInQuickly(page, createAccount("admin", "admin-users"));
  await page.goto("/uk/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Користувачі");

  const email = `new-${Date.now()}@e2e.test`;
  const add = page.getByRole("region", { name: "Додати користувача" });
  await add.getByLabel("Електронна адреса").fill(email);
  await add.getByLabel("Ім’я").fill("Олена Коваль");
  await add.getByLabel("Роль", { exact: true }).selectOption("viewer");
  await add.getByLabel("Початковий пароль").fill("first password 1");
  await add.getByRole("button", { name: "Додати користувача" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Користувача додано.");
  const row = page.locator(`tr[data-email="${email}"]`);
  await expect(row).toContainText("Олена Коваль");
  await expect(row.getByLabel(`Роль ${email}`)).toHaveValue("viewer");

  await row.getByLabel(`Роль ${email}`).selectOption("editor");
  await row.getByRole("button", { name: "Зберегти роль" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Користувача збережено.");
  await expect(row.getByLabel(`Роль ${email}`)).toHaveValue("editor");

  await row.getByRole("button", { name: "Вимкнути" }).click();
  await expect(row).toContainText("Вимкнений");
  const refused = await page.request.post("/api/auth/sign-in?lang=uk", {
    data: { email, password: "first password 1" },
  });
  expect([refused.status(), (await refused.json()).code]).toEqual([403, "disabled"]);
  await row.getByRole("button", { name: "Увімкнути" }).click();
  await expect(row).toContainText("Активний");

  const again = await page.request.post("/api/users?lang=uk", { data: { email, role: "viewer", password: "short" } });
  expect([again.status(), await again.json()]).toEqual([
    400,
    {
      code: "invalid",
      error: "Деякі поля відсутні або некоректні: пароль.",
      details: [{ path: "password", message: "Too small: expected string to have >=10 characters" }],
    },
  ]);
  const taken = await page.request.post("/api/users?lang=uk", {
    data: { email: email.toUpperCase(), role: "viewer", password: "long enough 1" },
  });
  expect([taken.status(), await taken.json()]).toEqual([
    409,
    { code: "emailTaken", error: "Користувач із цією електронною адресою вже існує." },
  ]);
});

test("an editor edits an outlet; the audit log shows who changed what, filterable by user and entity", async ({
  page,
  browser,
}) => {
  const editor = createAccount("editor", "outlet-editor");
  await signInQuickly(page, editor);
  await page.goto("/en/outlets");
  await page.getByRole("link", { name: "Edit Sic Semper Tyrannis" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit outlet");
  const notes = `Checked by ${editor.email}`;
  await page.getByLabel("Notes").fill(notes);
  await page.getByLabel("Web address").fill("not a web address");
  // type=url stops this in the browser; the server refuses it too.
  const outletId = page.url().split("/").at(-2)!;
  const bad = await page.request.patch(`/api/outlets/${outletId}`, { data: { url: "javascript:alert(1)" } });
  expect([bad.status(), await bad.json()]).toEqual([
    400,
    {
      code: "invalid",
      error: "Some fields are missing or not valid: web address.",
      details: [{ path: "url", message: "Invalid URL" }],
    },
  ]);
  await page.getByLabel("Web address").fill("https://turcopolier.com/");
  await page.getByRole("button", { name: "Save" }).click();
  // back on the outlet's own page, which shows what was saved
  await expect(page).toHaveURL(`/en/outlets/${outletId}?notice=outletSaved`);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Outlet saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sic Semper Tyrannis");
  await expect(page.getByRole("link", { name: "https://turcopolier.com/", exact: true })).toHaveAttribute(
    "href",
    "https://turcopolier.com/",
  );
  await expect(page.locator(".lead")).toHaveText(notes);

  const [entry] = query<{ userEmail: string; action: string; before: string; after: string }>(
    `SELECT u."email" AS "userEmail", a."action", a."before", a."after" FROM "AuditEntry" a JOIN "User" u ON u."id" = a."userId"
     WHERE a."entityType" = 'outlet' AND a."entityId" = ? AND u."email" = ?`,
    outletId,
    editor.email,
  );
  expect(entry!.action).toBe("update");
  expect(JSON.parse(entry!.before)).toMatchObject({ notes: expect.not.stringContaining(notes) });
  expect(JSON.parse(entry!.after)).toMatchObject({ notes, url: "https://turcopolier.com/" });

  const admin = await browser.newPage();
  await signInQuickly(admin, createAccount("admin", "auditor"));
  await admin.goto("/en/admin/audit");
  await admin.getByLabel("User").selectOption({ label: editor.email });
  await admin.getByLabel("Entity").selectOption({ label: "Outlet" });
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/audit\?user=\w+&entity=outlet$/);
  const rows = admin.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(editor.email);
  await expect(rows.nth(1)).toContainText("updated");
  await expect(rows.nth(1).getByRole("insertion").filter({ hasText: notes })).toHaveCount(1);
  await expect(rows.nth(1).getByRole("insertion").filter({ hasText: "https://turcopolier.com/" })).toHaveCount(1);

  // The editor changed no user: an empty page, said so.
  await admin.getByLabel("Entity").selectOption({ label: "User" });
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin.getByText("No changes match these filters.")).toBeVisible();
  await admin.close();
});
