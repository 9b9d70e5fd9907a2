import { short } from "@/lib/text/short";
import type { Item } from "./items";
import type { Mark } from "./text-view";

/** A candidate claim as the text highlights it. */
export interface CandidateSpan {
  id: string;
  start: number;
  end: number;
  quote: string;
  status: string;
  coveredBy: string | null;
}

/** The panel's claims and notes that still have their words, as marks in the text. */
export const itemMarks = (items: Item[]): Mark[] =>
  items.flatMap((i) =>
    i.start === null || i.end === null ? [] : [{ key: i.key, start: i.start, end: i.end, label: short(i.quote) }],
  );

/**
 * What the text highlights: the claims and notes, or with the candidate queue open its
 * pending candidates that no claim covers yet, beside the claims, so that what is marked already shows.
 */
export function marksOf(view: "items" | "candidates", items: Item[], candidates: CandidateSpan[]): Mark[] {
  if (view !== "candidates") return itemMarks(items);
  return [
    ...itemMarks(items.filter((i) => i.type === "claim")),
    ...candidates
      .filter((c) => c.status === "pending" && !c.coveredBy)
      .map((c) => ({ key: `cand-${c.id}`, start: c.start, end: c.end, label: short(c.quote) })),
  ];
}
