import { describe, expect, it } from "vitest";
import { countFacets, labelFacets, tally, type FacetGroup } from "./facets";

/** What the database counts for "100": Ukrainian and English articles, and Russian claims, some of Peskov's. */
const groups: FacetGroup[] = [
  { kind: "article", lang: "uk", outlet: "up", claimKind: null, speaker: null, n: 3n },
  { kind: "article", lang: "en", outlet: "reuters", claimKind: null, speaker: null, n: 2 },
  { kind: "claim", lang: "ru", outlet: "ria", claimKind: "figure", speaker: "peskov", n: 2n },
  { kind: "claim", lang: "ru", outlet: null, claimKind: "figure", speaker: null, n: 1 },
  { kind: "note", lang: "uk", outlet: "up", claimKind: null, speaker: null, n: 1 },
];

describe("facet counts", () => {
  it("add up each facet's values over the groups, most first, ties by value, at most as many as asked", () => {
    expect(tally(groups, "lang")).toEqual([
      { value: "uk", n: 4 },
      { value: "ru", n: 3 },
      { value: "en", n: 2 },
    ]);
    expect(tally(groups, "outlet")).toEqual([
      { value: "up", n: 4 },
      { value: "reuters", n: 2 },
      { value: "ria", n: 2 },
    ]);
    expect(tally(groups, "speaker", 1)).toEqual([{ value: "peskov", n: 2 }]);
    expect(countFacets(groups, []).total).toBe(9);
  });

  it("are labelled in the reader's language, leaving out a value with no name to show (RIA, a deleted event)", () => {
    const counts = countFacets(groups, [
      { value: "flights", n: 4n },
      { value: "deleted-event", n: 1n },
    ]);
    const names = {
      outlets: [
        { id: "up", name: "Українська правда" },
        { id: "reuters", name: "Reuters" },
      ],
      events: [
        {
          id: "flights",
          slug: "russian-flights-to-caracas",
          translations: [
            { lang: "en", title: "Russian military flights to Caracas" },
            { lang: "uk", title: "Російські військові рейси до Каракаса" },
          ],
        },
      ],
      speakers: [
        { id: "peskov", slug: "dmitry-peskov", names: [{ lang: "ru", name: "Дмитрий Песков", isPrimary: true }] },
      ],
    };
    expect(labelFacets(counts, names, "uk")).toEqual({
      type: [
        { value: "article", label: "article", count: 5 },
        { value: "claim", label: "claim", count: 3 },
        { value: "note", label: "note", count: 1 },
      ],
      language: [
        { value: "uk", label: "uk", count: 4 },
        { value: "ru", label: "ru", count: 3 },
        { value: "en", label: "en", count: 2 },
      ],
      outlet: [
        { value: "up", label: "Українська правда", count: 4 },
        { value: "reuters", label: "Reuters", count: 2 },
      ],
      event: [{ value: "flights", label: "Російські військові рейси до Каракаса", count: 4 }],
      kind: [{ value: "figure", label: "figure", count: 3 }],
      speaker: [{ value: "peskov", label: "Дмитрий Песков", count: 2 }],
    });
  });
});
