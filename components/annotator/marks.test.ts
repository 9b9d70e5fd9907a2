import { describe, expect, it } from "vitest";
import type { ArticleClaim, ArticleNote } from "@/lib/articles/store";
import { itemsOf } from "./items";
import { itemMarks, marksOf } from "./marks";

const claim = { id: "c1", quote: "готова направити", start: 6, end: 22, kind: "statement" } as ArticleClaim;
const note = { id: "n1", exact: "Венесуели", start: 51, end: 60, motivation: "commenting" } as ArticleNote;
const orphan = { id: "n2", exact: "зниклі слова", start: null, end: null, motivation: "tagging" } as ArticleNote;
const items = itemsOf([claim], [note, orphan]);
const candidates = [
  { id: "k1", start: 30, end: 47, quote: "«військових фахівців»", status: "pending", coveredBy: null },
  { id: "k2", start: 6, end: 12, quote: "готова", status: "pending", coveredBy: "c1" },
  { id: "k3", start: 0, end: 5, quote: "Росія", status: "rejected", coveredBy: null },
];

describe("marks", () => {
  it("marks the claims and notes that still have their words", () => {
    expect(itemMarks(items)).toEqual([
      { key: "claim-c1", start: 6, end: 22, label: "готова направити" },
      { key: "note-n1", start: 51, end: 60, label: "Венесуели" },
    ]);
    expect(marksOf("items", items, candidates)).toEqual(itemMarks(items));
  });

  it("with the candidate queue open, marks the claims and the pending candidates no claim covers", () => {
    expect(marksOf("candidates", items, candidates)).toEqual([
      { key: "claim-c1", start: 6, end: 22, label: "готова направити" },
      { key: "cand-k1", start: 30, end: 47, label: "«військових фахівців»" },
    ]);
  });

  it("shortens a long quote in the mark's label", () => {
    const long = { ...claim, quote: "слово ".repeat(20) } as ArticleClaim;
    expect(itemMarks(itemsOf([long], []))[0]!.label).toBe(`${"слово ".repeat(9)}слово…`);
  });
});
