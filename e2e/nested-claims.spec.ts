import { createAccount, query, signInQuickly } from "./accounts";
import type { Lng } from "./fixtures";
import { expect, test } from "./test";

// A denial that holds the claim it denies: Rodríguez's words hold Bolton's figure. Both are
// accepted from the candidates, the denial is proposed to contradict the figure inside it, and the
// comparison shows the contradiction between the right people.

const nbsp = "\u00a0";
const cases: Partial<
  Record<
    Lng,
    {
      question: string;
      text: (run: string) => string;
      figure: string;
      denial: string;
      aspect: RegExp;
      accept: RegExp;
      accepted: string;
      tab: RegExp;
      proposals: string;
      acceptProposal: string;
      verdict: string;
      flag: string;
      bolton: string;
    }
  >
> = {
  en: {
    question: "How many Cuban troops are in Venezuela?",
    text: (run) =>
      `Havana answers Bolton (${run})\n\n` +
      "HAVANA, March 26 — Cuban Foreign Minister Bruno Rodríguez called John Bolton a liar for saying that some 20,000 Cuban troops are in Venezuela.\n\n" +
      "The minister spoke to reporters after a meeting of the council of ministers.",
    figure: "some 20,000 Cuban troops",
    denial: "Cuban Foreign Minister Bruno Rodríguez called John Bolton a liar",
    aspect: /^Aspect/,
    accept: /^Accept:/,
    accepted: "1 candidate accepted as a claim.",
    tab: /^Candidates/,
    proposals: "Proposed relations",
    acceptProposal: "Accept",
    verdict: `1 outlet speaks to this, with the figure ≈${nbsp}20,000; Bruno Rodríguez contradicts John Bolton.`,
    flag: "Disputed by Bruno Rodríguez, in the same article",
    bolton: "John Bolton reports",
  },
  uk: {
    question: "Скільки кубинських військових у Венесуелі?",
    text: (run) =>
      `Гавана відповіла Болтону (${run})\n\n` +
      "ГАВАНА, 26 березня — Міністр закордонних справ Куби Бруно Родрігес назвав Джона Болтона брехуном за слова про те, що у Венесуелі перебувають близько 20 тисяч кубинських військових.\n\n" +
      "Міністр говорив із журналістами після засідання уряду.",
    figure: "близько 20 тисяч кубинських військових",
    denial: "Бруно Родрігес назвав Джона Болтона брехуном",
    aspect: /^Аспект/,
    accept: /^Прийняти:/,
    accepted: "1 кандидата прийнято як твердження.",
    tab: /^Кандидати/,
    proposals: "Запропоновані зв’язки",
    acceptProposal: "Прийняти",
    verdict: `Про це пише 1 видання; цифра — ≈${nbsp}20${nbsp}000; Бруно Родрігес спростовує твердження, автор якого — Джон Болтон.`,
    flag: "Це спростовує Бруно Родрігес у тій самій статті",
    bolton: "Джон Болтон повідомляє",
  },
};

for (const [lng, c] of Object.entries(cases) as [Lng, NonNullable<(typeof cases)[Lng]>][]) {
  test(`in ${lng}: accept a denial and the figure inside it, and see the contradiction between the right people`, async ({
    page,
  }) => {
    const run = Date.now().toString(36);
    await signInQuickly(page, createAccount("editor", `nested-${lng}`));
    const event = await page.request.post("/api/events", {
      data: { title: { [lng]: `Cubans in Venezuela (${run})` } },
    });
    expect(event.status()).toBe(201);
    const eventId = ((await event.json()) as { event: { id: string } }).event.id;
    const aspect = await page.request.post("/api/aspects", {
      data: { eventId, question: c.question, kind: "numeric", unit: "personnel", lang: lng },
    });
    expect(aspect.status()).toBe(201);
    const imported = await page.request.post(
      `/api/import?name=nested-${lng}-${run}.txt&language=${lng}&event=${eventId}`,
      {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        data: Buffer.from(c.text(run), "utf8"),
      },
    );
    expect(imported.status()).toBe(200);
    const { articleId } = ((await imported.json()) as { results: { articleId: string }[] }).results[0]!;

    // The figure lies inside the denial's words; each is its own candidate, accepted into the aspect.
    await page.goto(`/${lng}/articles/${articleId}`);
    await page.getByRole("tab", { name: c.tab }).click();
    const queue = page.locator(".candidate-queue .candidate");
    // the figure's own quote is exactly its words; the denial's holds them among others
    const exactly = (words: string) => new RegExp(`^${words}$`, "u");
    for (const words of [exactly(c.figure), c.denial]) {
      const item = queue.filter({ has: page.locator("blockquote", { hasText: words }) });
      await item.getByLabel(c.aspect).selectOption({ label: c.question });
      await item.getByRole("button", { name: c.accept }).click();
      await expect(page.getByRole("status").filter({ hasText: c.accepted })).toBeVisible();
      await expect(item).toHaveCount(0);
    }
    // Both claims stand, the figure inside the denial, each with its own speaker.
    const claims = query<{ quote: string; kind: string; speaker: string; start: number; end: number }>(
      `SELECT c."quote", c."kind", e."slug" AS "speaker", c."start", c."end" FROM "Claim" c
       JOIN "Entity" e ON e."id" = c."speakerId" WHERE c."articleId" = ? ORDER BY c."start", c."end" DESC`,
      articleId,
    );
    expect(claims.map((x) => [x.kind, x.speaker])).toEqual([
      ["denial", "bruno-rodriguez"],
      ["figure", "john-bolton"],
    ]);
    expect(claims[0]!.quote).toContain(c.denial);
    expect(claims[1]!.quote).toBe(c.figure);
    expect(claims[0]!.start < claims[1]!.start && claims[1]!.end <= claims[0]!.end).toBe(true);
    // the inner claim is highlighted apart from the denial around it
    await expect(page.locator(".article-text mark.nested")).toHaveText([c.figure]);

    // The event page proposes the denial contradicts the figure inside it; the editor accepts.
    await page.goto(`/${lng}/events/${eventId}`);
    const proposals = page.getByRole("region", { name: c.proposals });
    const proposal = proposals.getByRole("listitem").filter({ hasText: c.figure });
    await expect(proposal).toHaveCount(1);
    await proposal.getByRole("button", { name: c.acceptProposal }).click();
    await expect(proposals.getByRole("listitem").filter({ hasText: c.figure })).toHaveCount(0);

    // The comparison: Bolton's figure, disputed by Rodríguez; the verdict line names both.
    await page.reload();
    const row = page.getByRole("region", { name: c.question });
    await expect(row.locator(".verdict-line")).toHaveText(c.verdict);
    const figureCard = row
      .locator(".claim-card")
      .filter({ has: page.locator("blockquote", { hasText: exactly(c.figure) }) });
    await expect(figureCard).toContainText(c.bolton);
    await expect(figureCard.locator(".dispute-flags li")).toHaveText([c.flag]);
    expect(
      query<{ kind: string }>(
        `SELECT r."kind" FROM "ClaimRelation" r JOIN "Claim" f ON f."id" = r."fromId" JOIN "Claim" t ON t."id" = r."toId"
         WHERE f."articleId" = ? AND f."kind" = 'denial' AND t."kind" = 'figure' AND r."status" = 'confirmed'`,
        articleId,
      ),
    ).toEqual([{ kind: "contradicts" }]);
  });
}
