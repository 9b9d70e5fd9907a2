import { createAccount, createToken } from "./accounts";
import { articleIdByTitle } from "./fixtures";
import { expect, test } from "./test";

const MEDIA = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const ANNO = "http://www.w3.org/ns/anno.jsonld";
const resourceLink = '<http://www.w3.org/ns/ldp#Resource>; rel="type"';

/** The W3C Web Annotation Data Model's MUSTs for what the server emits. */
function expectW3C(a: Record<string, unknown>) {
  const context = a["@context"];
  expect(context === ANNO || (Array.isArray(context) && context.includes(ANNO))).toBe(true);
  expect(typeof a.id).toBe("string");
  expect(a.type).toBe("Annotation");
  expect(a.target).toBeDefined();
  expect(a.body !== undefined && a.bodyValue !== undefined).toBe(false);
  for (const key of ["created", "modified"]) expect(a[key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
}

test("the annotation protocol: create, read, page, update with and without If-Match, delete", async ({
  playwright,
  baseURL,
  request,
}) => {
  const token = createToken(createAccount("editor", "protocol"));
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const articleId = await articleIdByTitle(request, "Диктатор");
  const source = `${baseURL}/api/articles/${articleId}`;
  const annotation = (motivation: string, body: unknown) => ({
    "@context": ANNO,
    type: "Annotation",
    motivation,
    body,
    target: { source, selector: [{ type: "TextQuoteSelector", exact: "Росія відхилила цей запит" }] },
  });

  // The container.
  const container = await request.get("/api/annotations/");
  expect(container.status()).toBe(200);
  const headers = container.headers();
  expect(headers["content-type"]).toBe(MEDIA);
  expect(headers["link"]).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(headers["link"]).toContain('rel="http://www.w3.org/ns/ldp#constrainedBy"');
  expect(headers["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  expect(headers["vary"]).toContain("Accept");
  expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
  const body = await container.json();
  expect(body.type).toEqual(["BasicContainer", "AnnotationCollection"]);
  expect(body.id).toBe(`${baseURL}/api/annotations/`);
  expect(body.first.type).toBe("AnnotationPage");
  expect(body.first.partOf).toEqual({ id: body.id, total: body.total });
  expect(body.first.items.length).toBe(Math.min(50, body.total));
  for (const item of body.first.items) expectW3C(item);
  expect(body.first.items.some((a: { motivation: string }) => a.motivation === "describing")).toBe(true); // claims are there too

  const minimal = await request.get("/api/annotations/", {
    headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' },
  });
  const minimalBody = await minimal.json();
  expect(minimalBody.first).toBe(`${baseURL}/api/annotations/?page=0`);
  expect(minimal.headers()["preference-applied"]).toBe("return=representation");
  // HEAD sends the headers GET sends. Other specs add claims meanwhile, so its tag is the one of the GET just before or just after it.
  const etags = async () => (await request.get("/api/annotations/")).headers()["etag"];
  const [before, head, after] = [
    await etags(),
    (await request.head("/api/annotations/")).headers()["etag"],
    await etags(),
  ];
  expect([before, after]).toContain(head);
  const options = await request.fetch("/api/annotations/", { method: "OPTIONS" });
  expect([options.status(), options.headers()["allow"]]).toEqual([200, "GET, HEAD, OPTIONS, POST"]);

  // Create.
  const created = await api.post("/api/annotations/", {
    data: annotation("commenting", { type: "TextualBody", value: "Чи це точний переклад?", language: "uk" }),
    headers: { "Content-Type": MEDIA },
  });
  expect(created.status()).toBe(201);
  const location = created.headers()["location"]!;
  expect(location).toMatch(new RegExp(`^${baseURL}/api/annotations/[\\w-]+$`));
  expect(created.headers()["link"]).toBe(resourceLink);
  const first = await created.json();
  expectW3C(first);
  expect(first.id).toBe(location);
  expect(first.target.selector[1]).toMatchObject({ type: "TextPositionSelector" });
  expect(first.creator).toMatchObject({ type: "Person" });

  // Read, with the same ETag on GET and HEAD.
  const read = await request.get(location);
  expect(read.status()).toBe(200);
  expect(read.headers()).toMatchObject({
    "content-type": MEDIA,
    link: resourceLink,
    allow: "GET, HEAD, OPTIONS, PUT, DELETE",
    etag: created.headers()["etag"],
  });
  expect((await request.head(location)).headers()["etag"]).toBe(created.headers()["etag"]);

  // Page through, following next.
  let page = await (await request.get("/api/annotations/?page=0")).json();
  const seen: string[] = [...page.items.map((a: { id: string }) => a.id)];
  expect(page.prev).toBeUndefined();
  while (page.next) {
    page = await (await request.get(page.next)).json();
    expect(page.prev).toBeDefined();
    seen.push(...page.items.map((a: { id: string }) => a.id));
  }
  expect(seen).toContain(location);
  expect(new Set(seen).size).toBe(page.partOf.total);
  expect((await request.get("/api/annotations/?page=999")).status()).toBe(404);

  // Update: a stale If-Match is refused; no If-Match is accepted; PUT answers with the new version.
  const verdict = annotation("assessing", [{ type: "TextualBody", value: "misleading", purpose: "assessing" }]);
  const stale = await api.put(location, { data: verdict, headers: { "Content-Type": MEDIA, "If-Match": '"stale"' } });
  expect(stale.status()).toBe(412);
  const matched = await api.put(location, {
    data: verdict,
    headers: { "Content-Type": MEDIA, "If-Match": created.headers()["etag"]! },
  });
  expect(matched.status()).toBe(200);
  expect((await matched.json()).motivation).toBe("assessing");
  expect(matched.headers()["etag"]).not.toBe(created.headers()["etag"]);
  const unconditional = await api.put(location, {
    data: annotation("tagging", [{ type: "TextualBody", value: "переклад", purpose: "tagging" }]),
    headers: { "Content-Type": MEDIA },
  });
  expect(unconditional.status()).toBe(200);
  const updated = await unconditional.json();
  expectW3C(updated);
  expect(updated.body).toEqual([{ type: "TextualBody", value: "переклад", purpose: "tagging" }]);
  expect(
    (
      await api.put(location, {
        data: verdict,
        headers: { "Content-Type": MEDIA, "If-Match": matched.headers()["etag"]! },
      })
    ).status(),
  ).toBe(412);

  // Bad input: the reason comes back.
  const wrongType = await api.post("/api/annotations/", {
    data: "motivation=commenting",
    headers: { "Content-Type": "text/plain" },
  });
  expect(wrongType.status()).toBe(415);
  const notW3C = await api.post("/api/annotations/", {
    data: { type: "Note", text: "hello" },
    headers: { "Content-Type": MEDIA },
  });
  expect(notW3C.status()).toBe(400);
  expect((await notW3C.json()).details.map((d: { path: string }) => d.path)).toEqual(
    expect.arrayContaining(["@context", "type", "target"]),
  );
  const notThere = await api.post("/api/annotations/", {
    data: {
      ...annotation("commenting", { type: "TextualBody", value: "x" }),
      target: { source, selector: { type: "TextQuoteSelector", exact: "слів, яких немає в статті" } },
    },
    headers: { "Content-Type": MEDIA },
  });
  expect([notThere.status(), (await notThere.json()).code]).toEqual([400, "badSpan"]);
  const malformed = await api.post("/api/annotations/", { data: "{ not json", headers: { "Content-Type": MEDIA } });
  expect(malformed.status()).toBe(400);
  expect((await request.get("/api/annotations/no-such-annotation")).status()).toBe(404);

  // Delete: 204, then 404; it can be restored.
  const deleted = await api.delete(location);
  expect(deleted.status()).toBe(204);
  expect(await deleted.text()).toBe("");
  expect((await request.get(location)).status()).toBe(404);
  expect((await api.post(`${location}/restore`)).status()).toBe(200);
  expect((await request.get(location)).status()).toBe(200);

  // A claim is an annotation too, read-only here.
  const claim = body.first.items.find((a: { motivation: string }) => a.motivation === "describing");
  const claimRead = await request.get(claim.id);
  expect(claimRead.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect((await api.put(claim.id, { data: verdict, headers: { "Content-Type": MEDIA } })).status()).toBe(405);
  await api.dispose();
});

test("a standard client: no motivation, its own canonical and id, OPTIONS, Content-Location, via and canonical through a PUT", async ({
  playwright,
  baseURL,
  request,
}) => {
  const token = createToken(createAccount("editor", "standard-client"));
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const source = `${baseURL}/api/articles/${await articleIdByTitle(request, "Диктатор")}`;

  // The container names itself where it lives, and OPTIONS answers 200 with the protocol's headers.
  const container = await request.get("/api/annotations/");
  expect(container.headers()["content-location"]).toBe((await container.json()).id);
  for (const path of ["/api/annotations/", "/api/annotations/no-such-annotation"]) {
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect(options.status()).toBe(200);
    expect(options.headers()["content-type"]).toBe(MEDIA);
  }

  // POST as the W3C test suite does: no motivation, a canonical IRI, an id from elsewhere.
  const sent = {
    "@context": ANNO,
    id: "http://example.org/anno1",
    type: "Annotation",
    canonical: "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df",
    body: { type: "TextualBody", value: "Джерело — «Інтерфакс»?" },
    target: { source, selector: { type: "TextQuoteSelector", exact: "Росія відхилила цей запит" } },
  };
  const created = await api.post("/api/annotations/", { data: sent, headers: { "Content-Type": MEDIA } });
  expect(created.status()).toBe(201);
  const annotation = await created.json();
  expectW3C(annotation);
  expect(annotation).toMatchObject({
    motivation: "commenting",
    canonical: "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df",
    via: "http://example.org/anno1",
    body: [{ type: "TextualBody", value: "Джерело — «Інтерфакс»?", purpose: "commenting" }],
  });
  expect(annotation.id).not.toBe("http://example.org/anno1");

  // A PUT of what it read keeps both; a PUT without them keeps them too; canonical never changes.
  const put = await api.put(annotation.id, {
    data: { ...annotation, bodyValue: undefined, body: { type: "TextualBody", value: "Так, «Інтерфакс»." } },
    headers: { "Content-Type": MEDIA },
  });
  expect(put.status()).toBe(200);
  expect(await put.json()).toMatchObject({
    canonical: annotation.canonical,
    via: annotation.via,
    body: [{ value: "Так, «Інтерфакс»." }],
  });
  const bare = await api.put(annotation.id, {
    data: { ...sent, id: undefined, canonical: "urn:uuid:another", body: { type: "TextualBody", value: "Ще раз" } },
    headers: { "Content-Type": MEDIA },
  });
  expect(await bare.json()).toMatchObject({ canonical: annotation.canonical, via: annotation.via });

  // Bodies that all tag make a tagging annotation.
  const tags = await api.post("/api/annotations/", {
    data: {
      ...sent,
      id: undefined,
      canonical: undefined,
      body: [{ type: "TextualBody", value: "Інтерфакс", purpose: "tagging" }],
    },
    headers: { "Content-Type": MEDIA },
  });
  expect((await tags.json()).motivation).toBe("tagging");
  await api.dispose();
});

test("a browser on another origin reads the container, and writes only with a token, never with the cookie", async ({
  page,
  baseURL,
  request,
}) => {
  const token = createToken(createAccount("editor", "cors"));
  const source = `${baseURL}/api/articles/${await articleIdByTitle(request, "Диктатор")}`;
  // a page of another origin (localhost, not 127.0.0.1), outside Parallax's own content policy
  const elsewhere = baseURL!.replace("127.0.0.1", "localhost");
  await page.route(`${elsewhere}/newsroom-tool`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Newsroom tool</title>" }),
  );
  // Chromium asks before a page it cannot place (this one is served by the test) reaches a loopback address
  await page.context().grantPermissions(["local-network-access"]);
  await page.goto(`${elsewhere}/newsroom-tool`);
  const result = await page.evaluate(
    async ({ base, token, source }) => {
      const read = await fetch(`${base}/api/annotations/`);
      const body = JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "Annotation",
        bodyValue: "З іншого сайту",
        target: { source, selector: { type: "TextQuoteSelector", exact: "Росія відхилила цей запит" } },
      });
      const headers = { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
      const write = await fetch(`${base}/api/annotations/`, {
        method: "POST",
        headers: { ...headers, Authorization: `Bearer ${token}` },
        body,
      });
      const anonymous = await fetch(`${base}/api/annotations/`, { method: "POST", headers, body });
      const withCookie = await fetch(`${base}/api/annotations/`, {
        method: "POST",
        headers,
        body,
        credentials: "include",
      }).then(
        (r) => r.status,
        (e: Error) => e.name,
      );
      return {
        read: [read.status, read.headers.get("etag") !== null, read.headers.get("content-location")],
        write: [write.status, write.headers.get("location")?.startsWith(`${base}/api/annotations/`)],
        anonymous: anonymous.status,
        withCookie,
      };
    },
    { base: baseURL!, token, source },
  );
  expect(result).toEqual({
    read: [200, true, `${baseURL}/api/annotations/`],
    write: [201, true],
    anonymous: 403,
    withCookie: "TypeError",
  });

  // The preflight the browser sent, as any client sees it.
  const preflight = await request.fetch("/api/annotations/", {
    method: "OPTIONS",
    headers: {
      Origin: "https://newsroom.example",
      "Access-Control-Request-Method": "PUT",
      "Access-Control-Request-Headers": "authorization, if-match",
    },
  });
  expect(preflight.status()).toBe(200);
  expect(preflight.headers()).toMatchObject({
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, HEAD, OPTIONS, POST, PUT, DELETE",
  });
  expect(preflight.headers()["access-control-allow-headers"]).toContain("Authorization");
  expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();
});
