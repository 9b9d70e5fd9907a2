import { type APIRequestContext } from "@playwright/test";
import { createAccount, createToken, query, signInQuickly } from "./accounts";
import { expect, test } from "./test";
import { mutatingRoutes } from "../lib/auth/mutating-routes";

type Row = Record<string, unknown>;

/** The rows a write to each route would change, read straight from the database. */
function stateOf(ids: {
  outlet: string;
  user: string;
  token: string;
  annotation: string;
  claim: string;
  article: string;
}) {
  return {
    article: query<Row>("SELECT id, lang FROM Article WHERE id = ?", ids.article),
    candidates: query<Row>("SELECT id, status, claimId FROM Candidate WHERE articleId = ? ORDER BY id", ids.article),
    claim: query<Row>("SELECT * FROM Claim WHERE id = ?", ids.claim),
    counts: query<Row>(
      "SELECT (SELECT count(*) FROM Claim) AS claims, (SELECT count(*) FROM Entity) AS entities, (SELECT count(*) FROM Aspect) AS aspects",
    ),
    investigations: query<Row>(
      "SELECT (SELECT count(*) FROM Event) AS events, (SELECT count(*) FROM EventArticle) AS links, (SELECT count(*) FROM Outlet) AS outlets, (SELECT count(*) FROM OutletAlias) AS aliases",
    ),
    events: query<Row>("SELECT * FROM Event ORDER BY id"),
    aspects: query<Row>("SELECT * FROM Aspect ORDER BY id"),
    articles: query<Row>(
      "SELECT id, title, outletId, publishedAt, datePrecision, url, byline FROM Article ORDER BY id",
    ),
    annotation: query<Row>("SELECT * FROM Annotation WHERE id = ?", ids.annotation),
    annotations: query<Row>("SELECT count(*) AS n FROM Annotation"),
    relations: query<Row>("SELECT * FROM ClaimRelation ORDER BY id"),
    outlet: query<Row>("SELECT * FROM Outlet WHERE id = ?", ids.outlet),
    user: query<Row>("SELECT id, email, role, disabledAt, passwordHash FROM User WHERE id = ?", ids.user),
    token: query<Row>("SELECT id, revokedAt FROM ApiToken WHERE id = ?", ids.token),
    sessions: query<Row>("SELECT id FROM Session WHERE userId = ? ORDER BY id", ids.user),
    newTokens: query<Row>("SELECT id FROM ApiToken WHERE name = 'forged'"),
    newUsers: query<Row>("SELECT id FROM User WHERE email = 'forged@e2e.test'"),
    audit: query<Row>(
      "SELECT id FROM AuditEntry WHERE entityId IN (?, ?, ?, ?, ?) ORDER BY id",
      ids.outlet,
      ids.user,
      ids.token,
      ids.annotation,
      ids.claim,
    ),
  };
}

/** A plausible body for each write, so that only the caller's identity can make it fail. */
const bodies: Record<string, object> = {
  "/api/auth/sign-out-everywhere": {},
  "/api/account/password": {
    currentPassword: "x",
    newPassword: "forged password 1",
    repeatPassword: "forged password 1",
  },
  "/api/tokens": { name: "forged" },
  "/api/tokens/[id]/revoke": {},
  "/api/outlets": { name: "Forged outlet" },
  "/api/outlets/[id]": { name: "Forged outlet", notes: "forged" },
  "/api/outlets/[id]/merge": { into: "x" },
  "/api/events": { title: { en: "Forged event" } },
  "/api/events/[id]": { archived: true },
  "/api/events/[id]/articles": { articleIds: ["x"] },
  "/api/events/[id]/articles/[articleId]": {},
  "/api/aspects/[id]": { position: 3 },
  "/api/aspects/[id]/merge": { into: "x" },
  "/api/users": { email: "forged@e2e.test", role: "admin", password: "forged password 1" },
  "/api/users/[id]": { role: "admin" },
  "/api/users/[id]/password": { password: "forged password 1" },
  "/api/annotations": {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    bodyValue: "forged",
    target: { source: "http://127.0.0.1/api/articles/x", selector: { type: "TextQuoteSelector", exact: "Russia" } },
  },
  "/api/notes": {
    annotations: [
      {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "Annotation",
        motivation: "tagging",
        body: { type: "TextualBody", value: "forged", purpose: "tagging" },
        target: { source: "http://127.0.0.1/api/articles/x", selector: { type: "TextQuoteSelector", exact: "Russia" } },
      },
    ],
  },
  "/api/annotations/[id]": {},
  "/api/annotations/[id]/restore": {},
  "/api/claims": { articleId: "x", start: 0, end: 5, eventId: "x", aspectId: "x", kind: "figure", stance: "asserts" },
  "/api/claims/[id]": { version: 1, stance: "denies" },
  "/api/claims/[id]/restore": {},
  "/api/claims/[id]/relations": { kind: "contradicts", to: "x" },
  "/api/relations/[id]": {},
  "/api/entities": { name: "Forged Entity", kind: "person" },
  "/api/entities/[id]": { names: [{ lang: "en", name: "Forged", primary: true }] },
  "/api/entities/[id]/merge": { into: "x" },
  "/api/aspects": { eventId: "x", question: "Forged question?", kind: "numeric", lang: "en" },
  "/api/articles/[id]": { lang: "ru" },
};

test("every mutating route refuses anonymous callers (401) and viewers (403), and changes nothing", async ({
  playwright,
  baseURL,
}) => {
  // three callers on each of some fifty routes, the database read whole after each: a walk, not one request
  test.setTimeout(120_000);
  const editor = createAccount("editor", "walk-editor");
  const token = createToken(editor);
  const tokenId = query<{ id: string }>(
    "SELECT t.id FROM ApiToken t JOIN User u ON u.id = t.userId WHERE u.email = ?",
    editor.email,
  )[0]!.id;
  const target = createAccount("editor", "walk-target");
  const userId = query<{ id: string }>("SELECT id FROM User WHERE email = ?", target.email)[0]!.id;
  const outletId = query<{ id: string }>("SELECT id FROM Outlet WHERE slug = 'rt'")[0]!.id;
  const annotationId = query<{ id: string }>("SELECT id FROM Annotation LIMIT 1")[0]!.id;
  const claimId = query<{ id: string }>("SELECT id FROM Claim ORDER BY id LIMIT 1")[0]!.id;
  const articleId = query<{ id: string }>("SELECT id FROM Article WHERE title LIKE 'Russia is ready%'")[0]!.id;
  const eventId = query<{ id: string }>("SELECT id FROM Event WHERE slug = 'russia-venezuela-2019'")[0]!.id;
  const aspectId = query<{ id: string }>("SELECT id FROM Aspect WHERE eventId = ? ORDER BY position", eventId)[0]!.id;
  const relationId = query<{ id: string }>("SELECT id FROM ClaimRelation ORDER BY id LIMIT 1")[0]!.id;
  bodies["/api/events/[id]/articles"] = { articleIds: [articleId] };
  const ids = {
    outlet: outletId,
    user: userId,
    token: tokenId,
    annotation: annotationId,
    claim: claimId,
    article: articleId,
  };
  const pending = query<{ id: string }>(
    "SELECT id FROM Candidate WHERE articleId = ? AND status = 'pending' ORDER BY start LIMIT 2",
    articleId,
  ).map((c) => c.id);
  expect(pending).toHaveLength(2);
  bodies["/api/articles/[id]/candidates"] = { action: "reject", ids: pending };

  const anonymous = await playwright.request.newContext({ baseURL });
  const viewer = await playwright.request.newContext({ baseURL });
  await signInQuickly({ request: viewer }, createAccount("viewer", "walk-viewer"));
  const badToken = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}x` },
  });

  const guarded = mutatingRoutes.filter((r) => r.role !== "public");
  expect(guarded.length).toBeGreaterThanOrEqual(9);
  const before = stateOf(ids);
  // the [id] of each kind of resource; outlets otherwise
  const idOf: [string, string][] = [
    ["/api/tokens", tokenId],
    ["/api/users", userId],
    ["/api/annotations", annotationId],
    ["/api/claims", claimId],
    ["/api/articles", articleId],
    ["/api/events", eventId],
    ["/api/aspects", aspectId],
    ["/api/relations", relationId],
  ];
  const send = (ctx: APIRequestContext, route: (typeof guarded)[number]) =>
    ctx.fetch(
      route.path
        .replace("[id]", idOf.find(([prefix]) => route.path.startsWith(prefix))?.[1] ?? outletId)
        .replace("[articleId]", articleId),
      {
        method: route.method,
        data: bodies[route.path]!,
      },
    );

  for (const route of guarded) {
    const label = `${route.method} ${route.path}`;
    const anon = await send(anonymous, route);
    expect(anon.status(), `${label} anonymous`).toBe(401);
    expect(await anon.json(), `${label} anonymous`).toEqual({ code: "unauthenticated", error: "Sign in to do this." });

    const forgedToken = await send(badToken, route);
    expect(forgedToken.status(), `${label} with a bad token`).toBe(401);
    expect((await forgedToken.json()).code).toBe("badToken");

    if (route.role !== "viewer") {
      const asViewer = await send(viewer, route);
      expect(asViewer.status(), `${label} as a viewer`).toBe(403);
      expect(await asViewer.json(), `${label} as a viewer`).toEqual({
        code: "forbidden",
        error: "Your role does not allow this.",
      });
    }
    expect(stateOf(ids), `${label} changed something`).toEqual(before);
  }

  // The editor's real token still passes the same guard, so the refusals above were about the caller.
  const allowed = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  expect((await allowed.post("/api/tokens", { data: { name: "walk check" } })).status()).toBe(201);
  for (const ctx of [anonymous, viewer, badToken, allowed]) await ctx.dispose();
});

test("a viewer sees no edit controls, and a forged edit from the viewer's session is refused", async ({ page }) => {
  const viewer = createAccount("viewer", "no-controls");
  await signInQuickly(page, viewer);
  await page.goto("/en/outlets");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("columnheader")).toHaveText(["Outlet", "Language", "Articles"]);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([
    "Events",
    "Outlets",
    "People",
  ]);

  const outlet = query<Row>("SELECT * FROM Outlet WHERE slug = 'sic-semper-tyrannis'")[0]!;
  const edit = await page.goto(`/en/outlets/${outlet.id}/edit`);
  expect(edit!.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
  expect((await page.goto("/uk/admin/users"))!.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Немає доступу");

  // The same request the editor's form sends, from the viewer's own signed-in browser.
  const forged = await page.evaluate(async (id) => {
    const response = await fetch(`/api/outlets/${id}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Forged", lang: "ru", returnTo: "/ru/outlets" }),
      redirect: "manual",
    });
    return { status: response.status, body: await response.text() };
  }, outlet.id as string);
  expect(forged.status).toBe(403);
  // Refused before the body is read, so in the language of the last page visited (/uk/…), not the form's.
  expect(JSON.parse(forged.body)).toEqual({ code: "forbidden", error: "Ваша роль цього не дозволяє." });
  expect(query<Row>("SELECT * FROM Outlet WHERE id = ?", outlet.id)[0]).toEqual(outlet);
});

test("an editor sees Edit on each outlet; anonymous visitors to account pages are sent to sign in", async ({
  page,
}) => {
  await page.goto("/ru/account");
  await expect(page).toHaveURL("/ru/sign-in?next=%2Fru%2Faccount");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");

  await signInQuickly(page, createAccount("editor", "sees-edit"));
  await page.goto("/ru/outlets");
  for (const name of ["Daily Mail", "Infobae", "RT", "Sic Semper Tyrannis"])
    await expect(page.getByRole("link", { name: `Редактировать ${name}` })).toBeVisible();
});

test("cross-site form posts are refused before anything else, even from a signed-in editor", async ({ page }) => {
  const editor = createAccount("editor", "cross-site");
  await signInQuickly(page, editor);
  const outlet = query<Row>("SELECT * FROM Outlet WHERE slug = 'rt'")[0]!;
  const response = await page.request.post(`/api/outlets/${outlet.id}`, {
    form: { name: "From elsewhere" },
    headers: { Origin: "https://attacker.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ code: "crossSite", error: "Requests sent from other sites are refused." });
  expect(query<Row>("SELECT * FROM Outlet WHERE id = ?", outlet.id)[0]).toEqual(outlet);
});
