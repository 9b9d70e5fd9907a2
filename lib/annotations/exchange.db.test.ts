import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/store";
import type { AuthUser } from "@/lib/auth/store";
import { seedDemoCorpus } from "@/lib/seed/seed";
import texts from "@/test/fixtures/exchange-articles.json";
import hypothesis from "@/test/fixtures/hypothesis-export.json";
import { refusal } from "@/test/refusal";
import { withTempDatabase } from "@/test/temp-database";
import { parseAnnotations, type Incoming } from "./incoming";
import { annotationCollection } from "./load-exchange";
import { importAnnotations } from "./store-exchange";

const { prisma } = withTempDatabase("exchange");
const BASE = "https://parallax.example";
let user: AuthUser;
let uk: string;
let en: string;
let eventId: string;

const articleFor = (lang: "uk" | "en", url: string, title: string) =>
  prisma.article.create({
    data: { lang, url, title, text: texts[lang], contentHash: createHash("sha256").update(texts[lang]).digest("hex") },
  });

function parsed(doc: unknown) {
  const result = parseAnnotations(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function collection(options: { eventId?: string; quotes: boolean }) {
  const found = await annotationCollection(prisma, BASE, `${BASE}/api/exchange/annotations`, options);
  let text = "";
  for await (const chunk of found!.chunks) text += chunk;
  return JSON.parse(text) as {
    total: number;
    last: string;
    first: { id: string; partOf: string; startIndex: number; items: Record<string, unknown>[] };
  };
}

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: "russia-venezuela-2019" } })).id;
  const row = await prisma.user.create({ data: { email: "exchange@example.org", name: "Exchange", role: "editor" } });
  user = { ...row, via: "session" };
  uk = (await articleFor("uk", texts.uk_url, "Мадуро відвідає Росію")).id;
  // stored without the trailing slash the annotations carry
  en = (await articleFor("en", texts.en_url.replace(/\/$/, ""), "Russia ready to send more")).id;
}, 60_000);

describe("importing a Hypothesis export", () => {
  it("places each annotation on the article with its URL, exactly where its quote is, and keeps the rest as orphaned", async () => {
    const { format, items, skipped } = parsed(hypothesis);
    expect([format, items.length, skipped]).toEqual(["hypothesis", 6, []]);
    const result = await importAnnotations(prisma, items, skipped, user);
    expect(
      result.lines.map(({ ref, articleId, status, by, reason }) => ({ ref, articleId, status, by, reason })),
    ).toEqual([
      { ref: "Xk2pQ1aZEe-Ab1cD2eF3gQ", articleId: uk, status: "anchored", by: "position", reason: undefined },
      { ref: "Yb7rT4bZEe-Cd5eF6gH7iQ", articleId: uk, status: "anchored", by: "quote", reason: undefined },
      { ref: "Zc9sV7cZEe-Ef8gH9iJ0kQ", articleId: en, status: "anchored", by: "position", reason: undefined },
      { ref: "Ad1tW0dZEe-Gh1iJ2kL3mQ", articleId: en, status: "orphaned", by: undefined, reason: "notFound" },
      { ref: "Be3uX3eZEe-Ij4kL5mN6oQ", articleId: en, status: "orphaned", by: undefined, reason: "noQuote" },
      { ref: "Cf5vY6fZEe-Kl7mN8oP9qQ", articleId: en, status: "orphaned", by: undefined, reason: "reply" },
    ]);
    expect([result.anchored, result.orphaned]).toEqual([3, 3]);

    // exact anchors, in the stored text's UTF-16 offsets (the flag before the first quote is two astral characters)
    const notes = await prisma.annotation.findMany({
      where: { id: { in: result.lines.flatMap((l) => l.notes) } },
      orderBy: [{ created: "asc" }, { motivation: "asc" }],
    });
    const first = notes.filter((n) => result.lines[0]!.notes.includes(n.id));
    const quote = "відвідає Росію «найближчим часом»";
    expect(first.map((n) => [n.motivation, JSON.parse(n.body), n.start, n.end, n.exact])).toEqual([
      [
        "commenting",
        [
          {
            type: "TextualBody",
            value: "Посол чи МЗС? Перевірити першоджерело.",
            format: "text/plain",
            purpose: "commenting",
          },
        ],
        texts.uk.indexOf(quote),
        texts.uk.indexOf(quote) + quote.length,
        quote,
      ],
      [
        "tagging",
        [
          { type: "TextualBody", value: "Мадуро", format: "text/plain", purpose: "tagging" },
          { type: "TextualBody", value: "візит", format: "text/plain", purpose: "tagging" },
        ],
        texts.uk.indexOf(quote),
        texts.uk.indexOf(quote) + quote.length,
        quote,
      ],
    ]);
    expect(texts.uk.indexOf(quote)).toBe(40);
    expect(first[0]).toMatchObject({
      via: '"https://hypothes.is/a/Xk2pQ1aZEe-Ab1cD2eF3gQ"',
      created: new Date("2019-03-29T08:15:42.211Z"),
      creatorId: user.id,
    });
    const moved = notes.find((n) => n.id === result.lines[1]!.notes[0])!;
    expect([moved.start, moved.end]).toEqual([texts.uk.indexOf("ще 2018 року"), texts.uk.indexOf("ще 2018 року") + 12]);
    const orphan = notes.find((n) => n.id === result.lines[3]!.notes[0])!;
    expect([orphan.exact, orphan.start, orphan.end]).toEqual(["and will stay there for as long as needed", 0, 0]);
    // tags alone make a tagging note only
    expect(result.lines[2]!.notes).toHaveLength(1);

    // the orphans stay in the article, marked so, never dropped
    const article = await getArticle(prisma, en, "en");
    expect(article!.annotations.filter((a) => a.orphaned).map((a) => a.bodies[0]?.value)).toEqual([
      "This sentence was removed in a later version.",
      "Compare with the TASS report of the same day.",
      "Agreed — TASS says the same.",
    ]);
  });

  it("imports nothing when an annotation names a page that is not stored, and says which", async () => {
    const before = await prisma.annotation.count();
    const doc = structuredClone(hypothesis);
    doc.annotations[1]!.target[0]!.source = "https://www.pravda.com.ua/news/2019/03/29/unknown/";
    const { items, skipped } = parsed(doc);
    expect(await refusal(importAnnotations(prisma, items, skipped, user))).toEqual({
      code: "annotationsUnmatched",
      values: {
        count: 1,
        details: [{ path: "Yb7rT4bZEe-Cd5eF6gH7iQ", message: "https://www.pravda.com.ua/news/2019/03/29/unknown/" }],
      },
    });
    expect(await prisma.annotation.count()).toBe(before);
  });

  it("reports what it cannot read, malformed selectors included, annotation by annotation", () => {
    const doc = structuredClone(hypothesis) as { annotations: Record<string, unknown>[] };
    delete doc.annotations[2]!.uri;
    doc.annotations[4]!.tags = "not a list";
    const selectors = (doc.annotations[0]!.target as { selector: Record<string, unknown>[] }[])[0]!.selector;
    selectors[1]!.end = selectors[1]!.start;
    selectors[2]!.exact = "";
    expect(parseAnnotations(doc)).toEqual({
      ok: false,
      problems: [
        {
          path: "Xk2pQ1aZEe-Ab1cD2eF3gQ.target.0.selector.1.end",
          message: "a position selector must end after it starts",
        },
        { path: "Xk2pQ1aZEe-Ab1cD2eF3gQ.target.0.selector.2.exact", message: "a quote selector needs the quoted text" },
        { path: "Zc9sV7cZEe-Ef8gH9iJ0kQ.uri", message: "Invalid input: expected string, received undefined" },
        { path: "Be3uX3eZEe-Ij4kL5mN6oQ.tags", message: "Invalid input: expected array, received string" },
      ],
    });
    expect(parseAnnotations({ hello: "world" })).toEqual({
      ok: false,
      problems: [{ path: "(file)", message: "neither W3C Web Annotations nor a Hypothesis export" }],
    });
  });
});

describe("the W3C AnnotationCollection of an event", () => {
  it("holds its claims, relations and notes, and travels back in as notes on the same articles", async () => {
    const withQuotes = await collection({ eventId, quotes: true });
    expect(withQuotes.total).toBe(24 + 6 + 1);
    // one page, the first and the last, part of the collection; a one-page collection has no next or prev
    expect([withQuotes.first.id, withQuotes.last, withQuotes.first.partOf, withQuotes.first.startIndex]).toEqual([
      `${BASE}/api/exchange/annotations#page-1`,
      `${BASE}/api/exchange/annotations#page-1`,
      `${BASE}/api/exchange/annotations`,
      0,
    ]);
    expect(Object.keys(withQuotes.first)).toEqual(["id", "type", "partOf", "startIndex", "items"]);
    const kinds = withQuotes.first.items.map((a) => a.motivation);
    expect(kinds.filter((k) => k === "describing")).toHaveLength(24);
    expect(kinds.filter((k) => k === "linking")).toHaveLength(6);
    expect(kinds.filter((k) => k === "commenting")).toHaveLength(1);

    // Parallax's own claims and relations are left out of an import; the note comes in, placed where it was
    const { items, skipped } = parsed(withQuotes);
    expect(skipped).toHaveLength(30);
    expect(items).toHaveLength(1);
    const note = await prisma.annotation.findFirstOrThrow({
      where: { articleId: { notIn: [uk, en] } },
      orderBy: { created: "asc" },
    });
    const result = await importAnnotations(prisma, items, skipped, user);
    expect(result.lines).toEqual([
      expect.objectContaining({ articleId: note.articleId, status: "anchored", by: "position" }),
    ]);
    const copy = await prisma.annotation.findUniqueOrThrow({ where: { id: result.lines[0]!.notes[0] } });
    expect([copy.start, copy.end, copy.exact, JSON.parse(copy.body), copy.via]).toEqual([
      note.start,
      note.end,
      note.exact,
      JSON.parse(note.body),
      JSON.stringify(`${BASE}/api/annotations/${note.id}`),
    ]);
  });

  it("can leave the quoted text out: targets keep the article's URL and the position", async () => {
    const all = await collection({ quotes: false });
    const onUk = all.first.items.find((a) => JSON.stringify(a.target).includes(texts.uk_url)) as {
      target: { source: string; selector: { type: string }[] };
    };
    expect(onUk.target.source).toBe(texts.uk_url);
    expect(onUk.target.selector.map((s) => s.type)).toEqual(["TextPositionSelector"]);
    expect(JSON.stringify(all)).not.toContain("найближчим часом");
    expect(JSON.stringify(all)).not.toContain("military specialists’");
    const demoClaim = all.first.items.find((a) => a.motivation === "describing") as { target: { source: string } };
    // demo articles have no web address: their target stays the article's IRI here
    expect(demoClaim.target.source).toMatch(new RegExp(`^${BASE}/api/articles/`));
  });

  it("is null for an unknown event", async () => {
    expect(await annotationCollection(prisma, BASE, BASE, { eventId: "no-such-event", quotes: true })).toBeNull();
  });
});

describe("parsing W3C Web Annotations", () => {
  it("reads one annotation, a page or a list, with bodies sorted into a comment, tags and a verdict", () => {
    const one = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://annotations.example/anno/7",
      type: "Annotation",
      motivation: "commenting",
      created: "2026-11-01T12:00:00Z",
      canonical: "urn:uuid:0b9a6a8e-2b7d-4d1c-8d3f-1f2e3d4c5b6a",
      body: [
        { type: "TextualBody", value: "Сомнительная цифра", language: "ru" },
        { type: "TextualBody", value: "цифры", purpose: "tagging" },
        { type: "TextualBody", value: "misleading", purpose: "assessing" },
      ],
      target: { source: texts.en_url, selector: { type: "TextQuoteSelector", exact: "most of its people" } },
    };
    const expected: Incoming = {
      ref: "https://annotations.example/anno/7",
      source: texts.en_url,
      quote: { exact: "most of its people", prefix: "", suffix: "" },
      position: null,
      parts: [
        {
          motivation: "commenting",
          bodies: [
            {
              type: "TextualBody",
              value: "Сомнительная цифра",
              format: "text/plain",
              purpose: "commenting",
              language: "ru",
            },
          ],
        },
        {
          motivation: "tagging",
          bodies: [{ type: "TextualBody", value: "цифры", format: "text/plain", purpose: "tagging" }],
        },
        {
          motivation: "assessing",
          bodies: [{ type: "TextualBody", value: "misleading", format: "text/plain", purpose: "assessing" }],
        },
      ],
      created: new Date("2026-11-01T12:00:00Z"),
      canonical: "urn:uuid:0b9a6a8e-2b7d-4d1c-8d3f-1f2e3d4c5b6a",
      via: ["https://annotations.example/anno/7"],
      shape: "span",
    };
    expect(parsed(one).items).toEqual([expected]);
    expect(parsed({ type: "AnnotationPage", items: [one, one] }).items).toHaveLength(2);
    expect(parsed([one]).format).toBe("w3c");
  });
});
