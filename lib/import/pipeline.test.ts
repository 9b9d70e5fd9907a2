import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadDemoCorpus, SEED_DIR } from "@/lib/seed/demo-data";
import { MAX_FILE_BYTES } from "@/lib/uploads";
import { prepareFile, titleFromText, type PreparedItem } from "./pipeline";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const outcome = (items: PreparedItem[]) =>
  items.map((i) =>
    "article" in i
      ? { row: i.row, title: i.article.title, lang: i.article.lang }
      : { row: i.row, error: i.error.code, values: i.error.values },
  );

describe("prepareFile", () => {
  it("turns the five seed files into exactly the demo corpus's stored text, so offsets agree", async () => {
    const { demo, texts } = loadDemoCorpus();
    for (const a of demo.articles) {
      const [item] = await prepareFile(a.file, fs.readFileSync(path.join(SEED_DIR, "articles", a.file)));
      expect(item && "article" in item && item.article.text === texts.get(a.file)).toBe(true);
      expect(item && "article" in item && item.article.lang).toBe(a.lang);
    }
  });

  it("reads a windows-1251 Russian text file with Windows line breaks as NFC text with \\n", async () => {
    const text = "Захарова: это ложь\r\n\r\nМИД России отверг обвинения Вашингтона во вмешательстве в кризис.";
    const [item] = await prepareFile("zakharova.txt", iconv.encode(text, "windows-1251"));
    expect(item).toMatchObject({
      source: "zakharova.txt",
      row: null,
      article: {
        title: "Захарова: это ложь",
        lang: "ru",
        detectedLang: "ru",
        encoding: "windows-1251",
        text: text.replace(/\r\n/g, "\n"),
      },
    });
  });

  it("strips Markdown to its text, paragraphs kept", async () => {
    const [item] = await prepareFile(
      "note.md",
      utf8(
        "# Кремль\n\nПєсков **заявив**, що [візит](https://example.org) готується.\n\n- перший пункт\n- другий пункт",
      ),
    );
    expect(item && "article" in item && item.article.text).toBe(
      "Кремль\n\nПєсков заявив, що візит готується.\n\nперший пункт\n\nдругий пункт",
    );
  });

  it("imports the valid rows of a CSV and refuses the others one by one", async () => {
    const csv = [
      "title,text,lang,outlet,publishedAt,url",
      'Russian troops,"About 100 Russian troops arrived in Caracas, officials said.",en,Reuters,2019-03-25,https://example.org/a',
      ',"Близько 100 російських військових прибули до Каракаса, повідомили посадовці.",,,,',
      "Too many,text,en,x,2019-01-01,https://example.org/b,extra",
      'Bad date,"Some text about the visit to Moscow.",en,,25/03/2019,',
      'German,"Die Bundesregierung hat am Dienstag beschlossen, weitere Soldaten zu schicken.",,,,',
      'Bulgarian,"Бъдещето на България е в Европа, заяви министър-председателят.",de,,,',
      "No text,,en,,,",
    ].join("\r\n");
    expect(outcome(await prepareFile("batch.csv", utf8(csv)))).toEqual([
      { row: 1, title: "Russian troops", lang: "en" },
      { row: 2, title: "Близько 100 російських військових прибули до Каракаса, повідомили посадовці.", lang: "uk" },
      { row: 3, error: "columns", values: { expected: 6, found: 7 } },
      { row: 4, error: "invalidField", values: { fields: "publishedAt", reason: "not a date" } },
      { row: 5, error: "language", values: { detected: "de" } },
      { row: 6, error: "language", values: { detected: "de" } },
      { row: 7, error: "missingFields", values: { fields: "text" } },
    ]);
  });

  it("refuses a CSV whose header has unknown or missing fields as a whole", async () => {
    expect(outcome(await prepareFile("a.csv", utf8("title,body\nx,y")))).toEqual([
      { row: null, error: "unknownColumns", values: { fields: "body" } },
    ]);
    expect(outcome(await prepareFile("a.csv", utf8("title,url\nx,https://example.org")))).toEqual([
      { row: null, error: "missingFields", values: { fields: "text" } },
    ]);
  });

  it("reads JSON as one object, a list, or { articles }, and reports broken JSON with its reason", async () => {
    const one = {
      title: "Peskov",
      text: "Песков заявил, что визит Мадуро в Москву готовится.",
      publishedAt: "2019-03-28T10:00:00Z",
    };
    expect(outcome(await prepareFile("one.json", utf8(JSON.stringify(one))))).toEqual([
      { row: 1, title: "Peskov", lang: "ru" },
    ]);
    expect(
      outcome(await prepareFile("list.json", utf8(JSON.stringify({ articles: [one, { text: "x", colour: "red" }] })))),
    ).toEqual([
      { row: 1, title: "Peskov", lang: "ru" },
      { row: 2, error: "unknownColumns", values: { fields: "colour" } },
    ]);
    const [broken] = await prepareFile("broken.json", utf8('{"title": "x",'));
    expect(broken && "error" in broken && broken.error.code).toBe("json");
  });

  it("uses the language the user chose over the detector's guess, and an outlet for articles without one", async () => {
    const [item] = await prepareFile("short.txt", utf8("Hello world"), { lang: "en", outlet: "Reuters" });
    expect(item).toMatchObject({ article: { lang: "en", detectedLang: "no", outlet: "Reuters" } });
  });

  it("reads a plain text's title past the page's debris, its day and its outlet from the dateline", async () => {
    const text = [
      "Перейти к основному контенту",
      "Главная",
      "Новости",
      "Поделиться",
      "Песков: визит Мадуро в Москву готовится",
      "МОСКВА, 29 марта 2019 — РИА Новости. Визит президента Венесуэлы Николаса Мадуро в Россию готовится, сообщил пресс-секретарь Кремля Дмитрий Песков.",
    ].join("\n\n");
    const [item] = await prepareFile("peskov.txt", utf8(text), { outlet: "Default desk" });
    expect(item).toMatchObject({
      article: {
        title: "Песков: визит Мадуро в Москву готовится",
        publishedAt: new Date("2019-03-29T00:00:00Z"),
        outlet: "РИА Новости",
        lang: "ru",
        text,
      },
    });
  });

  it("fills only what a record leaves out from its text: a pasted text's title, day and outlet", async () => {
    const text =
      "Skip to main content\n\nMaduro to visit Moscow soon, Kremlin says\n\nMOSCOW, March 29 (Reuters) - Venezuelan President Nicolas Maduro will visit Russia soon, Kremlin spokesman Dmitry Peskov said on Friday.\n\n© 2019 Reuters";
    const [pasted] = await prepareFile("pasted text.json", utf8(JSON.stringify({ text, title: "", publishedAt: "" })), {
      outlet: "Wire desk",
    });
    expect(pasted).toMatchObject({
      article: {
        title: "Maduro to visit Moscow soon, Kremlin says",
        publishedAt: new Date("2019-03-29T00:00:00Z"),
        outlet: "Reuters",
      },
    });
    const [given] = await prepareFile(
      "given.json",
      utf8(JSON.stringify({ text, title: "Maduro's visit", publishedAt: "2019-03-30", outlet: "Desk" })),
    );
    expect(given).toMatchObject({
      article: { title: "Maduro's visit", publishedAt: new Date("2019-03-30T00:00:00Z"), outlet: "Desk" },
    });
  });

  it("refuses empty, oversized, binary and unknown files with their reason", async () => {
    expect(outcome(await prepareFile("empty.txt", new Uint8Array()))).toEqual([
      { row: null, error: "empty", values: {} },
    ]);
    expect(outcome(await prepareFile("blank.txt", utf8("  \n\n  ")))).toEqual([
      { row: null, error: "empty", values: {} },
    ]);
    expect(outcome(await prepareFile("big.txt", new Uint8Array(MAX_FILE_BYTES + 1)))).toEqual([
      { row: null, error: "tooLarge", values: { max: 5 } },
    ]);
    expect(outcome(await prepareFile("photo.txt", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")))).toEqual([
      { row: null, error: "binary", values: {} },
    ]);
    expect(outcome(await prepareFile("report.pdf", utf8("%PDF-1.4")))).toEqual([
      { row: null, error: "format", values: { extension: "pdf" } },
    ]);
    expect(
      outcome(
        await prepareFile(
          "page.html",
          utf8("<html><head><title>Page</title></head><body><script>document.write('Home')</script></body></html>"),
        ),
      ),
    ).toEqual([{ row: null, error: "noText", values: {} }]);
  });

  it("takes a title from the first line, or the first words of a long one", () => {
    expect(titleFromText("\n\nRussia moves in\n\nText")).toBe("Russia moves in");
    const long =
      "Диктатор Ніколас Мадуро відвідає Росію найближчим часом, мабуть, намагаючись посилити підтримку Росії на тлі кризи у Венесуелі, заявив Кремль у п'ятницю, і це ще не все, що відомо.";
    expect(titleFromText(long.repeat(2))).toBe(
      "Диктатор Ніколас Мадуро відвідає Росію найближчим часом, мабуть, намагаючись посилити підтримку Росії на тлі кризи у…",
    );
  });
});
