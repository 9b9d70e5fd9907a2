import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createAccount, createToken } from "./accounts";
import { expect, test } from "./test";

// A second server, on its own database, started with PARALLAX_PRIVATE=1.
const port = 3108;
const origin = `http://127.0.0.1:${port}`;
const database = `file:${path.join(os.tmpdir(), "parallax-e2e-private", "parallax.db")}`;
let server: ChildProcess;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: origin });

test.beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "server/start.ts", "--reset-db"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: database,
      PARALLAX_PRIVATE: "1",
    },
    stdio: "ignore",
  });
  for (let waited = 0; ; waited += 250) {
    const up = await fetch(`${origin}/en/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (waited > 90_000) throw new Error("the private server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("anonymous visitors are sent to sign in, and the API answers 401", async ({ page, request }) => {
  await page.goto("/uk/outlets");
  await expect(page).toHaveURL("/uk/sign-in?next=%2Fuk%2Foutlets");
  await expect(page.getByText("Цей Parallax закритий: увійдіть, щоб читати.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Увійти" })).toHaveCount(0);

  const api = await request.get("/api/events?lang=ru");
  expect([api.status(), await api.json()]).toEqual([
    401,
    { code: "unauthenticated", error: "Чтобы сделать это, войдите." },
  ]);

  // A cookie that names no session gets no further than no cookie at all.
  await page.context().addCookies([{ name: "parallax-session", value: "made-up", url: origin }]);
  await page.goto("/en/outlets");
  await expect(page).toHaveURL("/en/sign-in?next=%2Fen%2Foutlets");
});

test("a signed-in viewer reads pages and the API; an editor's token reads the API", async ({ page, request }) => {
  const viewer = createAccount("viewer", "private", database);
  await page.goto("/en/outlets");
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/en/outlets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outlets");
  expect((await page.request.get("/api/events")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en/sign-in?notice=signedOut");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You are signed out.");
  expect((await page.request.get("/api/events")).status()).toBe(401);

  const token = createToken(createAccount("editor", "private-script", database), database);
  const withToken = await request.get("/api/events", { headers: { Authorization: `Bearer ${token}` } });
  expect(withToken.status()).toBe(200);
  expect((await withToken.json()).events).toHaveLength(1);
});
