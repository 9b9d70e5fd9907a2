import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anchor, fromCodePoints, toCodePoints } from "./anchor";
import { quoteSelector } from "./context";

const article = (file: string) =>
  fs.readFileSync(path.join(__dirname, "..", "..", "prisma", "seed-data", "articles", file), "utf8");
const ukrainian = article("001_92ca2dcb50815d7c.txt");

describe("anchor", () => {
  it("keeps a stored position that still holds its quote, in Cyrillic too", async () => {
    const start = ukrainian.indexOf("Росія відхилила цей запит");
    const selector = { ...quoteSelector(ukrainian, start, start + 25), start, end: start + 25 };
    expect(await anchor(ukrainian, selector)).toEqual({ start, end: start + 25, by: "position" });
  });

  it("re-anchors by quote when the text moved under the annotation", async () => {
    const start = ukrainian.indexOf("Росія відхилила цей запит");
    const selector = quoteSelector(ukrainian, start, start + 25);
    const edited = `Оновлено редакцією.\n\n${ukrainian}`;
    expect(await anchor(edited, { ...selector, start, end: start + 25 })).toEqual({
      start: start + 21,
      end: start + 46,
      by: "quote",
    });
  });

  it("tells repeated quotes apart by their context", async () => {
    const text = "Росія заявила: «ні». Потім США заявили: «ні». Потім знову Росія: «ні».";
    const second = text.indexOf("«ні»", text.indexOf("США"));
    const selector = quoteSelector(text, second, second + 4, 12);
    expect(await anchor(text, { ...selector, start: 0, end: 4 })).toEqual({
      start: second,
      end: second + 4,
      by: "quote",
    });
  });

  it("falls back to the quote alone, nearest the old place, when the context changed", async () => {
    const text = "100 troops. Later: 100 troops. Much later: 100 troops.";
    const selector = { exact: "100 troops", prefix: "changed context ", suffix: " also changed", start: 20, end: 30 };
    expect(await anchor(text, selector)).toEqual({ start: 19, end: 29, by: "quote" });
  });

  it("marks an annotation orphaned when its quote is gone, instead of dropping it", async () => {
    expect(
      await anchor(ukrainian, { exact: "Цього речення в статті немає", prefix: "", suffix: "", start: 3, end: 31 }),
    ).toEqual({
      start: null,
      end: null,
      by: "orphaned",
    });
  });
});

describe("code points and code units", () => {
  it("convert both ways around characters outside the Basic Multilingual Plane", () => {
    const text = "Мадуро 🇻🇪 сказав: «ні»";
    const unit = text.indexOf("сказав");
    expect(unit).toBe(12);
    expect(toCodePoints(text, unit)).toBe(10);
    expect(fromCodePoints(text, 10)).toBe(12);
    expect(fromCodePoints(text, 999)).toBe(-1);
    expect(toCodePoints(ukrainian, 500)).toBe(500);
  });
});
