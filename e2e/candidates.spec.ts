import { createAccount, query, signInQuickly } from "./accounts";
import { demoEventId } from "./fixtures";
import { expect, test } from "./test";

const title = "Havana on its doctors in Venezuela";
const text =
  "Havana says about 3,000 Cuban doctors work in Venezuela, the foreign ministry said on Monday.\n\n" +
  "Cuban Foreign Minister Bruno Rodríguez denied that any Cuban troops were deployed.";
const figure = "about 3,000 Cuban doctors";
const denial = "Cuban Foreign Minister Bruno Rodríguez denied that any Cuban troops were deployed.";

test("an editor imports an article, accepts a candidate into the demo event and rejects another, by keyboard and by button", async ({
  page,
  request,
}) => {
  await signInQuickly(page, createAccount("editor", "candidates"));
  await page.goto("/en/import");
  await page.getByLabel("Add to event").selectOption({ label: "Russian military presence in Venezuela, 2019" });
  await page.getByRole("tab", { name: "Paste text" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Import the text" }).click();
  await expect(page.locator(".import-report tbody tr")).toContainText("Imported");
  const id = query<{ id: string }>(`SELECT "id" FROM "Article" WHERE "title" = ?`, title)[0]!.id;

  // The candidates are highlighted in the text, and listed for review.
  await page.goto(`/en/articles/${id}`);
  await page.getByRole("tab", { name: /^Candidates \(3\)/ }).click();
  // each candidate's first highlighted piece carries its id; overlapping ones share pieces
  await expect(page.locator('.article-text [id^="cand-"]')).toHaveCount(3);
  await expect(page.locator(`.article-text [id^="cand-"]`).nth(1)).toHaveText(figure);
  const queue = page.locator(".candidate-queue .candidate");
  await expect(queue.locator("blockquote")).toHaveText([text.split("\n")[0]!, figure, denial]);
  await expect(queue.nth(1)).toContainText("figure Havana · reports · ≈\u00a03,000 · Cuban doctors");
  await expect(queue.nth(2)).toContainText("denial Bruno Rodríguez · denies");

  // Each candidate comes with the aspect whose claims it most resembles, changeable before accepting.
  const cuban = "How many Cuban personnel are in Venezuela, and in what role?";
  const proposed = queue.nth(1).getByLabel("Aspect (proposed)");
  await expect(proposed.locator("option:checked")).toHaveText(cuban);
  // Accept the figure with the keyboard: j moves to it, a accepts it into its aspect.
  await queue.first().focus();
  await page.keyboard.press("j");
  await expect(queue.nth(1)).toBeFocused();
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "1 candidate accepted as a claim." })).toBeVisible();
  await expect(page.getByRole("tab", { name: /^Candidates \(2\)/ })).toBeVisible();
  // The statement holds the new claim's words: a claim may lie inside another, so it may still be accepted.
  const statement = text.split("\n")[0]!;
  await expect(queue.locator("blockquote")).toHaveText([statement, denial]);
  await expect(queue.first().getByRole("button", { name: /^Accept:/ })).toBeEnabled();
  // the new claim stays highlighted among the candidates
  await expect(page.locator(".article-text mark.hl-claim")).toContainText([figure]);
  // A colleague marks the statement's very words meanwhile: now it is covered, hidden unless asked for.
  const marked = await page.request.post("/api/claims", {
    data: {
      articleId: id,
      eventId: await demoEventId(request),
      aspectId: query<{ id: string }>(`SELECT "id" FROM "Aspect" WHERE "slug" = 'cuban-personnel'`)[0]!.id,
      start: 0,
      end: statement.length,
      kind: "statement",
      stance: "reports",
    },
  });
  expect(marked.status()).toBe(201);
  await page.reload();
  await page.getByRole("tab", { name: /^Candidates \(2\)/ }).click();
  await expect(queue.locator("blockquote")).toHaveText([denial]);
  await page.getByLabel("Show 1 candidate already covered by a claim").check();
  await expect(queue.locator("blockquote")).toHaveText([text.split("\n")[0]!, denial]);
  await expect(queue.first()).toContainText("Its words are already part of a claim.");
  await expect(queue.first().getByRole("button", { name: /^Accept:/ })).toBeDisabled();

  // The denial's proposed aspect is uncertain (its speaker's, on few words): accepting it asks first,
  // and Escape goes back to the candidate without accepting.
  const denialItem = queue.filter({ hasText: denial });
  await expect(denialItem.getByLabel("Aspect (proposed, uncertain)").locator("option:checked")).toHaveText(cuban);
  await expect(denialItem).toContainText("The proposed aspect is uncertain: check it before accepting.");
  await denialItem.focus();
  await page.keyboard.press("a");
  const confirmation = denialItem.getByRole("alertdialog");
  await expect(confirmation).toContainText(`The proposed aspect is uncertain. Accept into “${cuban}”?`);
  await expect(confirmation.getByRole("button", { name: "Accept" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirmation).toHaveCount(0);
  await expect(denialItem).toBeFocused();
  await expect(page.getByRole("tab", { name: /^Candidates \(2\)/ })).toBeVisible();

  // Reject the denial with its button.
  await queue
    .filter({ hasText: denial })
    .getByRole("button", { name: /^Reject:/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "1 candidate rejected." })).toBeVisible();
  await expect(queue.locator("blockquote")).toHaveText([text.split("\n")[0]!]);

  const stored = query<{ quote: string; status: string; claimId: string | null }>(
    `SELECT "quote", "status", "claimId" FROM "Candidate" WHERE "articleId" = ? ORDER BY "start"`,
    id,
  );
  expect(stored.map((c) => [c.quote, c.status, !!c.claimId])).toEqual([
    [text.split("\n")[0], "pending", false],
    [figure, "accepted", true],
    [denial, "rejected", false],
  ]);
  const [claim] = query<{ quote: string; kind: string; status: string; low: number; high: number }>(
    `SELECT "quote", "kind", "status", "low", "high" FROM "Claim" WHERE "articleId" = ? AND "kind" = 'figure'`,
    id,
  );
  expect(claim).toEqual({ quote: figure, kind: "figure", status: "confirmed", low: 2700, high: 3300 });

  // The accepted claim is in the comparison, in the aspect's row.
  await page.goto(`/en/events/${await demoEventId(request)}`);
  const row = page.getByRole("region", { name: "How many Cuban personnel are in Venezuela, and in what role?" });
  const accepted = row.locator(".claim-card").filter({ hasText: figure });
  await expect(accepted.locator(".figure summary")).toHaveText("≈\u00a03,000 Cuban doctors");
  await accepted.locator(".figure summary").click();
  await expect(accepted.locator(".figure")).toContainText("compared as 2,700–3,300");

  // The rejection survives a reload.
  await page.goto(`/en/articles/${id}`);
  await page.getByRole("tab", { name: /^Candidates/ }).click();
  await expect(page.getByLabel("Show 1 candidate already covered by a claim")).not.toBeChecked();
  await expect(queue).toHaveCount(0);
  await page.getByLabel("Show", { exact: true }).selectOption("rejected");
  await expect(queue.locator("blockquote")).toHaveText([denial]);
  await expect(queue.first()).toContainText("Rejected by");
});

test("the candidates API answers in JSON, and refuses a viewer's decision without changing anything", async ({
  page,
  request,
}) => {
  const id = query<{ id: string }>(`SELECT "id" FROM "Article" WHERE "title" LIKE 'Russia is ready%'`)[0]!.id;
  const response = await request.get(`/api/articles/${id}/candidates?status=pending`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    articleId: string;
    counts: Record<string, number>;
    candidates: { id: string; kind: string; quote: string; quantity: unknown }[];
  };
  expect(body.articleId).toBe(id);
  expect(body.candidates.find((c) => c.quote === "around 1,000 security contractors")).toMatchObject({
    kind: "figure",
    quantity: { low: 900, high: 1100, unit: null, counted: "security contractors", approximate: true },
  });
  expect((await request.get(`/api/articles/${id}/candidates?status=maybe`)).status()).toBe(400);
  expect((await request.get("/api/articles/no-such-article/candidates")).status()).toBe(404);

  await signInQuickly(page, createAccount("viewer", "candidates-viewer"));
  // this article's candidates only: the other writing specs decide candidates of their own articles meanwhile
  const statuses = () =>
    query<{ id: string; status: string }>(
      `SELECT "id", "status" FROM "Candidate" WHERE "articleId" = ? ORDER BY "id"`,
      id,
    );
  const before = statuses();
  const refused = await page.request.post(`/api/articles/${id}/candidates?lang=uk`, {
    data: { action: "reject", ids: [body.candidates[0]!.id] },
  });
  expect([refused.status(), (await refused.json()).code]).toEqual([403, "forbidden"]);
  expect(statuses()).toEqual(before);
  expect(before.find((c) => c.id === body.candidates[0]!.id)?.status).toBe("pending");
});
