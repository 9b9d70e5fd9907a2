import { createAccount, createToken } from "./accounts";
import { articleIdByTitle } from "./fixtures";
import { expect, test } from "./test";
import { ANNO, expectW3C, MEDIA } from "./w3c";

// The annotation container as clients other than Parallax's own use it: a standard W3C client, and a
// browser page on another origin.

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
