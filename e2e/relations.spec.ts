import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createAccount, query, signInQuickly } from "./accounts";
import { articleIdByTitle, demoEventId } from "./fixtures";
import { expect, test } from "./test";

/** What axe finds wrong on the page, one line per rule. */
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

const claimId = (quoteStart: string) =>
  query<{ id: string }>(`SELECT "id" FROM "Claim" WHERE "quote" LIKE ? AND "deletedAt" IS NULL`, `${quoteStart}%`)[0]!
    .id;

test("in English: an editor links a denial to the claim it answers, and exactly that claim is flagged in the comparison", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "relations-en"));
  const denial = "The accusations of the United States against Russia about the intervention - fake.";
  const answered = "Instead of sending nuclear bombers and special forces";
  const rt = await articleIdByTitle(request, "The Russian Foreign Ministry");
  const eventId = await demoEventId(request);
  // the quotes of the claims the denial disputes on the comparison
  const disputedByDenial = async () => {
    await page.goto(`/en/events/${eventId}`);
    const flagged = page.locator(".claim-card").filter({
      has: page.locator(`.dispute-flags a[href="#cmp-${claimId(denial)}"]`),
    });
    return (await flagged.locator("blockquote").allTextContents()).sort();
  };
  // the demo already has it answer Pompeo
  expect(await disputedByDenial()).toEqual(["the constant interference of the Russian military"]);
  await page.goto(`/en/articles/${rt}`);
  const itemOf = (quote: string) =>
    page.locator(".panel-item").filter({ has: page.locator("blockquote", { hasText: quote }) });
  const item = itemOf(denial);
  await expect(
    item.getByRole("button", { name: /^Link “The accusations of the United States against Russia/ }),
  ).toBeVisible();
  // from the keyboard: the claim in focus, then l
  await item.focus();
  await page.keyboard.press("l");

  const dialog = page.getByRole("dialog", { name: "Link this claim to another" });
  await expect(dialog.getByLabel("This claim")).toHaveValue("contradicts");
  await dialog.getByLabel("Find a claim of the event by its words, speaker or figure").fill("Bolton");
  // the speaker's name finds his claims, and the words find one naming him, in any article of the event
  await expect(dialog.getByRole("radio")).toHaveCount(3);
  await dialog.getByRole("radio", { name: new RegExp(answered) }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Relation saved." })).toBeVisible();
  // beside the relation the demo drew to Pompeo's words
  await expect(item.locator(".claim-relations li")).toHaveText([
    "contradicts the constant interference of the Russian military · RT Remove",
    "contradicts Instead of sending nuclear bombers and special forces to he… · RT Remove",
  ]);

  // the relation shows on the other claim too
  await page.reload();
  await expect(itemOf(answered).locator(".claim-relations li")).toHaveText([
    "contradicted by The accusations of the United States against Russia about t… · RT Remove",
  ]);

  // the denial now disputes exactly one claim more: the one it was linked to
  expect(await disputedByDenial()).toEqual([
    "Instead of sending nuclear bombers and special forces to help a corrupt dictator, Russia should work with the international community to support the people of Venezuela",
    "the constant interference of the Russian military",
  ]);
  const card = page.locator(".claim-card").filter({ has: page.locator("blockquote", { hasText: answered }) });
  await expect(card).toHaveClass(/claim-card--disputed/);
  await expect(card.locator(".dispute-flags li")).toHaveText(["Disputed by Vladimir Bruter, in the same article"]);
});

test("in Russian: an editor accepts a proposed cross-language relation and sees one claim carried by both outlets", async ({
  page,
  request,
}) => {
  // two accessibility scans of the whole demo event as an editor, on a database the other writing
  // specs fill meanwhile: 15 s alone, past 30 s beside them on PostgreSQL's two servers
  test.setTimeout(90_000);
  await signInQuickly(page, createAccount("editor", "relations-ru"));
  const eventId = await demoEventId(request);
  const articleId = await articleIdByTitle(request, "Диктатор");
  const [text] = query<{ text: string }>(`SELECT "text" FROM "Article" WHERE "id" = ?`, articleId);
  const words = "Більшість міжнародного співтовариства";
  const start = text!.text.indexOf(words);
  const aspectId = query<{ id: string }>(
    `SELECT "id" FROM "Aspect" WHERE "eventId" = ? AND "slug" = 'cuban-personnel'`,
    eventId,
  )[0]!.id;
  // A Ukrainian article gives Bolton's figure as its own: 20 thousand Cubans.
  const created = await page.request.post("/api/claims", {
    data: {
      articleId,
      eventId,
      aspectId,
      start,
      end: start + words.length,
      kind: "figure",
      stance: "reports",
      quantity: { stated: { low: 20000, high: 20000 }, unit: "personnel", counted: "кубинців", approximate: true },
    },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/ru/events/${eventId}`);
  const proposals = page.getByRole("region", { name: "Предложенные связи" });
  await expect(proposals).toBeVisible();
  expect(await violations(page)).toEqual([]);
  const proposal = proposals.getByRole("listitem").filter({ hasText: words });
  await expect(proposal).toContainText("то же утверждение на другом языке, что и");
  await expect(proposal).toContainText("some 20,000 Cubans in Venezuela");
  await proposal.getByRole("button", { name: "Принять" }).click();
  await expect(proposals.getByRole("listitem").filter({ hasText: words })).toHaveCount(0);

  await page.getByRole("link", { name: "Утверждения" }).click();
  await expect(page).toHaveURL(`/ru/events/${eventId}?view=claims`);
  const row = page.locator(".proposition").filter({ hasText: words });
  await expect(row).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await expect(row.locator(".claim-card")).toHaveCount(2);
  // in publication order: the Daily Mail's of June 2019, then Infobae's of September
  await expect(row.locator(".carrier")).toHaveText([
    "Daily Mail · английский · сообщает",
    "Infobae · украинский · сообщает",
  ]);
  await expect(row.locator(".spread")).toContainText("сначала: Daily Mail, июнь 2019 г.; затем повторили Infobae");
  await expect(row.locator(".spread")).toContainText("Бруно Родригес опровергли");
});

test("relations refuse bad input with a translated message and change nothing", async ({ page, request }) => {
  const editor = createAccount("editor", "relations-api");
  await signInQuickly(page, editor);
  const claim = claimId("called Bolton");
  const seeded = query<{ fromId: string; toId: string }>(
    `SELECT "fromId", "toId" FROM "ClaimRelation" WHERE "kind" = 'contradicts' ORDER BY "createdAt" LIMIT 1`,
  )[0]!;
  // what a refused request could have written: a relation of this editor's, or a change to the one it repeats
  // (the other specs of this file write relations of their own meanwhile)
  const touched = () =>
    query(
      `SELECT * FROM "ClaimRelation"
        WHERE "creatorId" = (SELECT "id" FROM "User" WHERE "email" = ?) OR ("fromId" = ? AND "toId" = ?)`,
      editor.email,
      seeded.fromId,
      seeded.toId,
    );
  const before = touched();
  expect(before).toHaveLength(1);
  const self = await page.request.post(`/api/claims/${claim}/relations?lang=uk`, {
    data: { kind: "contradicts", to: claim },
  });
  expect([self.status(), await self.json()]).toEqual([
    400,
    { code: "relationSelf", error: "Твердження не можна пов’язати з самим собою. Виберіть інше твердження." },
  ]);
  const kind = await page.request.post(`/api/claims/${claim}/relations?lang=ru`, {
    data: { kind: "denies", to: claimId("some 20,000 Cubans") },
  });
  expect(kind.status()).toBe(400);
  expect((await kind.json()).code).toBe("invalid");
  const duplicate = await page.request.post(`/api/claims/${seeded.fromId}/relations?lang=en`, {
    data: { kind: "contradicts", to: seeded.toId },
  });
  expect([duplicate.status(), (await duplicate.json()).error]).toEqual([
    409,
    "These two claims are already related this way.",
  ]);
  expect(touched()).toEqual(before);

  // the proposals are an editor's: a reader gets the confirmed relations only
  const statuses = async (client: typeof request) => {
    const list = await client.get(`/api/events/${await demoEventId(request)}/relations`);
    return [...new Set((await list.json()).relations.map((r: { status: string }) => r.status))];
  };
  expect(await statuses(page.request)).toEqual(["confirmed", "proposed"]);
  expect(await statuses(request)).toEqual(["confirmed"]);
});
