import type { Page } from "@playwright/test";
import { createAccount, createToken, signInQuickly } from "./accounts";
import { languages } from "./fixtures";
import { pages } from "./pages";
import { expect, test } from "./test";

// U+202E (RIGHT-TO-LEFT OVERRIDE) in everything a user or an article writes: each must stay inside
// an element that isolates it (<bdi> or a dir attribute), or it reverses the text around it.
const RLO = "\u202E";

/**
 * The shown text nodes holding U+202E that nothing isolates: no <bdi>, dir attribute or CSS bidi
 * isolation around them, and no first-strong isolate (U+2068 … U+2069) around it inside the text itself
 * (how text is isolated where there are no elements, as in an SVG chart's title).
 */
const unisolated = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    let seen = 0;
    const isolating = (el: Element) =>
      el.tagName === "BDI" ||
      el.hasAttribute("dir") ||
      ["isolate", "plaintext", "isolate-override"].includes(getComputedStyle(el).unicodeBidi);
    const insideIsolate = (text: string) => {
      let depth = 0;
      for (const ch of text) {
        if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") depth++;
        else if (ch === "\u2069") depth = Math.max(0, depth - 1);
        else if (ch === "\u202E" && depth === 0) return false;
      }
      return true;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      // script payloads carry the same text for hydration, and a chart's title and description are its
      // accessible name: none of them is shown in the page
      if (!text.includes("\u202E") || node.parentElement?.closest("script, style, template, svg title, svg desc"))
        continue;
      seen++;
      if (insideIsolate(text)) continue;
      let isolated = false;
      for (let el = node.parentElement; el && el !== document.body && !isolated; el = el.parentElement)
        isolated = isolating(el);
      if (!isolated) found.push(`${node.parentElement?.tagName}: ${text}`);
    }
    return { found, seen };
  });

test("a right-to-left override in anything people or articles write stays inside it on every page", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const admin = createAccount("admin", "bidi");
  const token = createToken(admin);
  const outlet = `Evil${RLO}tuo Press`;
  const title = `Bidi ${RLO}eltit test`;
  const text = `Lavrov said 300 advisers arrived in Caracas last week.\n\nThe ${RLO}yrtsinim said otherwise.`;
  const imported = await request.post(`/api/import?name=bidi.json`, {
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/octet-stream" },
    data: Buffer.from(JSON.stringify({ outlet, title, lang: "en", text }), "utf8"),
  });
  expect(imported.status()).toBe(200);
  const [result] = (await imported.json()).results;
  expect(result.status).toBe("imported");
  const articleId: string = result.articleId;

  await signInQuickly(page, admin);
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(path, { data });
    expect(response.status(), path).toBe(201);
    return response.json();
  };
  const { event } = await post("/api/events", {
    title: { en: `Event ${RLO}tneve`, uk: `Подія ${RLO}яідоп`, ru: `Событие ${RLO}еитыбос` },
    summary: { en: `Summary ${RLO}yrammus` },
  });
  expect(
    (await page.request.post(`/api/events/${event.id}/articles`, { data: { articleIds: [articleId] } })).ok(),
  ).toBe(true);
  const { aspect } = await post("/api/aspects", {
    eventId: event.id,
    question: `How many ${RLO}srosivda?`,
    kind: "numeric",
    lang: "en",
  });
  const { entity } = await post("/api/entities", { name: `Sergei ${RLO}vorvaL`, kind: "person" });
  const quote = "Lavrov said 300 advisers arrived in Caracas last week.";
  await post("/api/claims", {
    articleId,
    eventId: event.id,
    aspectId: aspect.id,
    start: 0,
    end: quote.length,
    kind: "figure",
    stance: "reports",
    speakerId: entity.id,
    quantity: { stated: { low: 300, high: 300 }, unit: "personnel", counted: `${RLO}srosivda` },
    note: `Claim note ${RLO}eton`,
  });
  await post("/api/annotations/", {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    bodyValue: `A comment ${RLO}tnemmoc`,
    target: {
      source: `${baseURL}/api/articles/${articleId}`,
      selector: { type: "TextQuoteSelector", exact: "Caracas" },
    },
  });
  const outletId: string = (await (await page.request.get(`/api/articles/${articleId}`)).json()).outlet.id;

  const ids = { event: event.id, article: articleId, outlet: outletId, entity: entity.id };
  const found: Record<string, string[]> = {};
  const shown: Record<string, number> = {};
  for (const lng of languages)
    for (const path of [...pages.flatMap((entry) => entry.paths(ids)), "/search?q=advisers"]) {
      await page.goto(`/${lng}${path}`);
      const texts = await unisolated(page);
      if (texts.found.length > 0) found[`/${lng}${path}`] = texts.found;
      shown[`/${lng}${path}`] = texts.seen;
    }
  expect(found).toEqual({});
  // the walk saw the planted texts where they belong: titles, names, questions, quotes and notes
  for (const path of [
    `/en/events/${event.id}`,
    `/uk/articles/${articleId}`,
    `/ru/outlets/${outletId}`,
    `/en/entities/${entity.id}`,
  ])
    expect(shown[path], path).toBeGreaterThanOrEqual(3);
  // the candidates tab and the article's forms show the same texts again
  await page.goto(`/en/articles/${articleId}`);
  await expect(page.locator("h1")).toHaveText(title);
  await page.keyboard.press("c");
  expect((await unisolated(page)).found).toEqual([]);
});
