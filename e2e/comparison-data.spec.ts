import { parse } from "csv-parse/sync";
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
  const [header, ...rows] = parse(bytes.toString("utf8").slice(1)) as string[][];
  expect(header!.join(",")).toBe(
    "Аспект,Видання,Стаття,Адреса статті,Мова статті,Опубліковано,Мовець,Через кого,Позиція,Тип,Цитата,Початок,Кінець,Зазначене число,Від,До,Одиниця,Що рахують,Приблизно,Стан,Вердикт,Заперечують,Зв’язки,Те саме твердження,Посилання,Id твердження,Id статті,Заперечують (id),Зв’язки (id),Група тверджень (id)",
  );
  expect(rows).toHaveLength(demo.claims.length);
  const cell = (row: string[], name: string) => row[header!.indexOf(name)];
  const ukrainian = lines.find((l) => l.includes("Росія відхилила цей запит"))!;
  expect(ukrainian).toContain(",Infobae,");
  // its language, then its date: only the month is known
  expect(ukrainian).toContain(",uk,2019-09,");
  expect(ukrainian).toContain(",оспорює,");
  const rifles = lines.find((l) => l.includes("100 thousand Kalashnikov"))!;
  expect(rifles).toContain(",RT,");
  expect(rifles).toContain(`,100${nbsp}000,100000,100000,items,Kalashnikov assault rifles,ні,підтверджене,`);
  // Bolton's figure, as stated, disputed by Rodríguez's two denials: named as a person reads them,
  // with their ids in a column of their own; the article by its title, its id apart
  const bolton = rows.find((r) => cell(r, "Цитата")!.startsWith("some 20,000 Cubans"))!;
  expect([cell(bolton, "Зазначене число"), cell(bolton, "Від"), cell(bolton, "До")]).toEqual([
    `≈${nbsp}20${nbsp}000`,
    "18000",
    "22000",
  ]);
  expect(cell(bolton, "Заперечують")).toBe(
    "Бруно Родрігес (Daily Mail): «those few ten thousand Cubans are mostly medical workers»; " +
      "Бруно Родрігес (Daily Mail): «That’s a lie. I invite them to provide evidence»",
  );
  expect(cell(bolton, "Заперечують (id)")!.split("; ")).toHaveLength(2);
  expect(
    cell(bolton, "Заперечують (id)")!
      .split("; ")
      .every((id) => id.startsWith("demo-claim-")),
  ).toBe(true);
  expect(cell(bolton, "Стаття")).toBe("Russia is ready to send more ‘military specialists’ to Venezuela");
  expect([cell(bolton, "Видання"), cell(bolton, "Опубліковано")]).toEqual(["Daily Mail", "2019-06"]);
  expect(cell(bolton, "Id статті")).toMatch(/^c[a-z0-9]{20,}$/);
  // a claim alone in its group names no other; its group's id is its own
  expect([cell(bolton, "Те саме твердження"), cell(bolton, "Група тверджень (id)")]).toEqual([
    "",
    cell(bolton, "Id твердження"),
  ]);
  // a relation: its kind and the other claim, named
  const mfa = rows.find((r) => cell(r, "Цитата")!.startsWith("Russia stands ready to send more"))!;
  expect(cell(mfa, "Зв’язки")).toMatch(/^заперечує: Дональд Трамп \(.+\): «Trump claimed that Russia had withdrawn/u);
  expect(cell(mfa, "Зв’язки (id)")).toMatch(/^contradicts demo-claim-/u);
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
    sort: "informative",
    row: null,
    page: 1,
    cell: null,
  });
  // each aspect's row names every source with a claim on it, on one page; the rest are silent on it
  expect(body.chosen).toBe(5);
  for (const { row } of body.aspects as { row: { sources: string[]; total: number; silent: { total: number } } }[]) {
    expect(row.sources).toHaveLength(row.total);
    expect(row.total + row.silent.total).toBe(5);
  }
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
    // the month is all the Ukrainian text dates it by
    publishedAt: "2019-09",
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
