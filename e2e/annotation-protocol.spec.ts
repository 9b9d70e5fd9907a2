import { createAccount, createToken } from "./accounts";
import { articleIdByTitle } from "./fixtures";
import { expect, test } from "./test";
import { ANNO, expectW3C, MEDIA, resourceLink } from "./w3c";

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
  // the last page too, in both representations
  expect([body.last, minimalBody.last]).toEqual([
    `${baseURL}/api/annotations/?page=last`,
    `${baseURL}/api/annotations/?page=last`,
  ]);
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
  // the last page goes back with prev when there is more than one page, and the first page on with next
  const last = await (await request.get(body.last)).json();
  expect([last.next, typeof last.prev, last.startIndex + last.items.length]).toEqual([
    undefined,
    page.partOf.total > 50 ? "string" : "undefined",
    page.partOf.total,
  ]);
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
