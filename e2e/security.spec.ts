import { expect, test } from "./test";

const base = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

test("pages carry a nonce-based CSP without unsafe-inline scripts, and Next's scripts carry the nonce", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/en/outlets");
  const headers = response!.headers();
  expect(headers).toMatchObject(base);
  const csp = headers["content-security-policy"]!;
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(csp)?.[1];
  expect(nonce).toBeDefined();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);

  // Every script the page has runs under this response's nonce.
  const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));

  // A fresh nonce for every response.
  const again = await page.request.get("/en/outlets");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  // React ran: the language switcher is a client component that keeps the query.
  await page.goto("/en/outlets?x=1");
  await expect(page.getByRole("link", { name: "Українська" })).toHaveAttribute("href", "/uk/outlets?x=1");
  expect(violations).toEqual([]);
});

test("JSON, redirects, missing pages and static files carry the security headers too", async ({ page, request }) => {
  const api = await request.get("/api/events");
  expect(api.headers()).toMatchObject({
    ...base,
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });

  const redirect = await request.get("/outlets", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()).toMatchObject(base);
  expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const missing = await request.get("/en/no-such-page");
  expect(missing.status()).toBe(404);
  expect(missing.headers()).toMatchObject(base);
  expect(missing.headers()["content-security-policy"]).toContain("'strict-dynamic'");

  await page.goto("/en");
  const scriptUrl = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const asset = await request.get(scriptUrl!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()).toMatchObject(base);
});
