import { demo, demoEventId, eventTitle } from "./fixtures";
import { expect, test } from "./test";

test("GET /api/events lists the demo event, titled in the requested language", async ({ request }) => {
  for (const lng of ["en", "uk", "ru"] as const) {
    const body = await (await request.get(`/api/events?lang=${lng}`)).json();
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ title: eventTitle(lng), titleLang: lng, articleCount: 5, aspectCount: 5 });
  }
});

test("the pickers' choices: every open event titled in the requested language, every outlet by name", async ({
  request,
}) => {
  const id = await demoEventId(request);
  for (const lng of ["en", "ru"] as const)
    expect(await (await request.get(`/api/events?choices=1&lang=${lng}`)).json()).toEqual({
      choices: [{ id, name: eventTitle(lng) }],
    });
  const { choices } = (await (await request.get("/api/outlets?choices=1")).json()) as { choices: { name: string }[] };
  expect(choices.map((c) => c.name)).toEqual(["Daily Mail", "Infobae", "RT", "Sic Semper Tyrannis"]);
});

test("GET /api/events/:id gives aspects and articles", async ({ request }) => {
  const response = await request.get(`/api/events/${await demoEventId(request)}?lang=uk`);
  expect(response.headers()["content-type"]).toContain("application/json");
  const event = await response.json();
  expect(event.title).toBe(eventTitle("uk"));
  expect(event.aspects.map((a: { slug: string }) => a.slug)).toEqual(demo.events[0]!.aspects.map((a) => a.slug));
  expect(event.aspects[0]).toMatchObject({
    question: "Скільки російських військових у Венесуелі?",
    kind: "numeric",
    articleCount: 3,
    claimCount: 5,
  });
  // the first page of its articles, in publication order (a month from its first day), and no next page
  expect(event.articles.total).toBe(5);
  expect(
    event.articles.items.map((a: { title: string; publishedAt: string; outlet: { name: string } | null }) => [
      a.title.split(" ").slice(0, 3).join(" "),
      a.publishedAt,
      a.outlet?.name ?? null,
    ]),
  ).toEqual([
    ["Whether Russia will", "2019-01", null],
    ["The Russian Foreign", "2019-03", "RT"],
    ["No More Syrias,", "2019-03-26T00:00:00.000Z", "Sic Semper Tyrannis"],
    ["Russia is ready", "2019-06", "Daily Mail"],
    ["Диктатор Ніколас Мадуро", "2019-09", "Infobae"],
  ]);
  expect(event.articles.next).toBeNull();
});

test("GET /api/articles/:id gives the text and claims whose offsets point into it", async ({ request }) => {
  const event = await (await request.get(`/api/events/${await demoEventId(request)}`)).json();
  let claims = 0;
  for (const { id } of event.articles.items) {
    const article = await (await request.get(`/api/articles/${id}?lang=ru`)).json();
    expect(["en", "uk"]).toContain(article.lang);
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.quote);
      claims++;
    }
  }
  expect(claims).toBe(demo.claims.length);
});

test("a claim carries its speaker in the requested language, its figure as stated and the range it is compared by", async ({
  request,
}) => {
  const event = await (await request.get(`/api/events/${await demoEventId(request)}`)).json();
  const id = event.articles.items.find((a: { title: string }) => a.title.startsWith("Russia is ready")).id;
  const article = await (await request.get(`/api/articles/${id}?lang=ru`)).json();
  const bolton = article.claims.find((c: { quote: string }) => c.quote.startsWith("some 20,000 Cubans"));
  expect(bolton).toMatchObject({
    kind: "figure",
    stance: "reports",
    speaker: { name: "Джон Болтон" },
    quantity: {
      low: 18000,
      high: 22000,
      unit: "personnel",
      counted: "Cubans providing security support",
      approximate: true,
      stated: { low: 20000, high: 20000, vagueness: null },
    },
  });
});

test("unknown ids give a 404 JSON error in the requested language, without internals", async ({ request }) => {
  for (const path of ["/api/events/nope", "/api/articles/nope"]) {
    const response = await request.get(`${path}?lang=uk`);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: "Запису з таким ідентифікатором не існує.", code: "notFound" });
  }
});

test("an unsupported lang is a 400 in the caller's language", async ({ request }) => {
  const response = await request.get("/api/events?lang=de", { headers: { "Accept-Language": "ru-RU,ru" } });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: "Параметр lang должен быть одним из: en, uk, ru.", code: "badLang" });
});

test("the ClaimReview feeds answer JSON-LD DataFeeds at stable addresses, and 404 an unknown event", async ({
  request,
}) => {
  const corpus = await request.get("/api/claim-reviews?lang=uk");
  expect(corpus.status()).toBe(200);
  expect(corpus.headers()["content-type"]).toBe("application/ld+json");
  expect(await corpus.json()).toMatchObject({
    "@context": "https://schema.org",
    "@type": "DataFeed",
    url: expect.stringMatching(/\/api\/claim-reviews$/),
    inLanguage: "uk",
    dataFeedElement: expect.any(Array),
  });
  const id = await demoEventId(request);
  const event = await (await request.get(`/api/events/${id}/claim-reviews`)).json();
  expect(event.url).toMatch(new RegExp(`/api/events/${id}/claim-reviews$`));
  const missing = await request.get("/api/events/nope/claim-reviews?lang=ru");
  expect([missing.status(), (await missing.json()).code]).toEqual([404, "notFound"]);
});
