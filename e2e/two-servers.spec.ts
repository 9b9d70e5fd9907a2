import { createAccount, query } from "./accounts";
import { expect, test } from "./test";

// Two app servers on one PostgreSQL database, as behind a load balancer (playwright.config.ts starts
// the second on the next port): what one server knows of sessions and sign-in attempts, the other
// knows too, because both live in the database. A browser sends its cookies to both (cookies do not
// depend on the port), so each page below may come from either server.
const first = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3107)}`;
const second = process.env.E2E_SECOND_URL ?? `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3107) + 1}`;

test("a session begun on one server works on the other, and a sign-out on the other ends it on both", async ({
  page,
}) => {
  const account = createAccount("editor", "two-servers");
  await page.goto(`${first}/en/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);

  // the other server knows the session: its account page shows the account
  await page.goto(`${second}/uk/account`);
  await expect(page.getByRole("main")).toContainText(account.email);

  // signing out there ends the session on the first server as well
  await page.goto(`${second}/uk/outlets`);
  await page.getByRole("button", { name: "Вийти" }).click();
  await expect(page).toHaveURL(`${second}/uk?notice=signedOut`);
  await page.goto(`${first}/en/account`);
  await expect(page).toHaveURL(`${first}/en/sign-in?next=%2Fen%2Faccount`);
  const sessions = query<{ n: number }>(
    'SELECT count(*) AS "n" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = ?',
    account.email,
  );
  expect(sessions).toEqual([{ n: 0 }]);
});

test("a sign-in limit counts the failures made on either server", async ({ playwright }) => {
  const account = createAccount("viewer", "two-servers-limit");
  const servers = [
    await playwright.request.newContext({ baseURL: first }),
    await playwright.request.newContext({ baseURL: second }),
  ];
  // five wrong passwords, alternating between the servers
  for (let i = 0; i < 5; i++) {
    const response = await servers[i % 2]!.post("/api/auth/sign-in", {
      data: { email: account.email, password: `guess number ${i}` },
    });
    expect([i, response.status()]).toEqual([i, 401]);
  }
  // the right password is now refused by both, whichever saw fewer of the failures
  for (const server of servers) {
    const response = await server.post("/api/auth/sign-in?lang=en", {
      data: { email: account.email, password: account.password },
    });
    expect([response.status(), (await response.json()).code]).toEqual([429, "rateLimited"]);
  }
  for (const server of servers) await server.dispose();
});
