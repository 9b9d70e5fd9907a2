import { demo, demoEventId } from "./fixtures";
import { expect, test } from "./test";

// The comparison as data: its CSV download and its JSON API.

const nbsp = "\u00a0";

test("the CSV download holds one row per claim, in UTF-8 with a BOM, Cyrillic intact", async ({ page, request }) => {
  await page.goto(`/uk/events/${await demoEventId(request)}`);
  await page.getByText("Експорт", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Порівняння, як показано (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("russia-venezuela-2019-comparison-uk.csv");
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    "Аспект,Видання,Стаття,Мова статті,Опубліковано,Мовець,Через кого,Позиція,Тип,Цитата,Початок,Кінець,Зазначене число,Від,До,Одиниця,Що рахують,Приблизно,Стан,Вердикт,Заперечують,Зв’язки,Група тверджень,Посилання",
  );
  expect(lines).toHaveLength(demo.claims.length + 1);
  const ukrainian = lines.find((l) => l.includes("Росія відхилила цей запит"))!;
  expect(ukrainian).toContain(",Невідоме видання,");
  expect(ukrainian).toContain(",uk,");
  expect(ukrainian).toContain(",оспорює,");
  const rifles = lines.find((l) => l.includes("100 thousand Kalashnikov"))!;
  expect(rifles).toContain(",RT,");
  expect(rifles).toContain(`,100${nbsp}000,100000,100000,items,Kalashnikov assault rifles,ні,підтверджене,`);
  // Bolton's figure, as stated, disputed by Rodríguez's denial: the row names the claim that disputes it
  const bolton = lines.find((l) => l.includes("some 20,000 Cubans"))!;
  expect(bolton).toContain(`,≈${nbsp}20${nbsp}000,18000,22000,`);
  // who disputes it (two denials), and its claim group: itself
  const ids = bolton.split(",").filter((cell) => cell.startsWith("demo-claim-"));
  expect(ids).toHaveLength(2);
  expect(ids[0]!.split("; ")).toHaveLength(2);
});

test("the comparison API returns cells, claims with who disputes them, relations, and 404s an unknown event", async ({
  request,
}) => {
  const id = await demoEventId(request);
  const response = await request.get(`/api/events/${id}/comparison?lang=ru&stance=denies&stance=disputes`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.filters).toEqual({
    sources: [],
    languages: [],
    stances: ["denies", "disputes"],
    includeSuggested: false,
    factor: 2,
    view: "matrix",
    sort: "earliest",
    page: 1,
    cell: null,
  });
  // the five sources fit on one page
  expect(body.paging).toEqual({ page: 1, pages: 1, perPage: 5, total: 5 });
  expect(body.claims.every((c: { stance: string }) => ["denies", "disputes"].includes(c.stance))).toBe(true);
  const claim = body.claims.find((c: { quote: string }) => c.quote.startsWith("Росія відхилила"));
  expect(Object.keys(claim).sort()).toEqual(
    [
      "articleId",
      "aspectId",
      "clusterId",
      "disputedBy",
      "disputes",
      "end",
      "id",
      "kind",
      "publishedAt",
      "quantity",
      "quote",
      "quoteLang",
      "reportedVia",
      "sourceId",
      "speaker",
      "speakerText",
      "stance",
      "start",
      "status",
      "verdict",
    ].sort(),
  );
  expect(claim).toMatchObject({
    stance: "disputes",
    quantity: null,
    publishedAt: null,
    speaker: { name: "Россия" },
    speakerText: null,
    reportedVia: [],
    disputedBy: [],
    clusterId: claim.id,
    verdict: null,
  });
  // the hand-drawn relations of the demo, each with its status
  const all = await (await request.get(`/api/events/${id}/comparison`)).json();
  expect(all.relations).toHaveLength(demo.relations.length);
  expect(all.relations[0]).toEqual({
    id: expect.any(String),
    kind: "contradicts",
    from: all.claims.find((c: { quote: string }) => c.quote.startsWith("those few ten thousand")).id,
    to: all.claims.find((c: { quote: string }) => c.quote.startsWith("some 20,000 Cubans")).id,
    status: "confirmed",
  });
  const bolton = all.claims.find((c: { quote: string }) => c.quote.startsWith("some 20,000 Cubans"));
  expect(bolton.disputedBy).toHaveLength(2);
  expect(bolton.quantity).toEqual({
    low: 18000,
    high: 22000,
    unit: "personnel",
    counted: "Cubans providing security support",
    approximate: true,
    stated: { low: 20000, high: 20000, vagueness: null },
  });
  const missing = await request.get("/api/events/nope/comparison?lang=uk");
  expect([missing.status(), await missing.json()]).toEqual([
    404,
    { code: "notFound", error: "Запису з таким ідентифікатором не існує." },
  ]);
});
