import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/domain/figures";
import {
  assembleComparison,
  CELL_CLAIMS,
  cellClaims,
  claimsToRead,
  comparisonBasis,
  OPEN_CELL_CLAIMS,
  OPEN_ROW_SOURCES,
  orderClaims,
  ROW_SOURCES,
  sourceRows,
  summaryClaims,
} from "./assemble";
import { extremesOf, figureGroup, type Figure } from "./disagreements";
import { parseFilters } from "./filters";
import { cellKey, type ComparisonBasis, type ComparisonRows, type ShownClaim, type Source } from "./model";

// Russian troops in Caracas, January 2019, as seven sources in three languages tell it: two English
// outlets count about a hundred, a Ukrainian one ≈ 20 000 Cubans, a Russian one a few dozen; RBC
// writes seven claims; the filters leave out an article without an outlet; Radio Svoboda says
// nothing on the troops.

const outlet = (id: string, name: string, languages: string[], publishedAt: string | null): Source => {
  return { id, kind: "outlet", name, articleId: null, languages, publishedAt };
};
const sources: Source[] = [
  outlet("reuters", "Reuters", ["en"], "2019-01-25"),
  outlet("rbc", "РБК", ["ru"], "2019-03-25"),
  outlet("pravda", "Українська правда", ["uk"], "2019-01-26"),
  outlet("svoboda", "Радіо Свобода", ["ru", "uk"], null),
  outlet("bbc", "BBC News", ["en"], "2019-01-25"),
  outlet("novaya", "Новая газета", ["ru"], "2019-01-27"),
  { ...outlet("article-a7", "Кубинці у Каракасі", ["uk"], "2019-01-30"), kind: "article", articleId: "a7" },
];

/** Per aspect and source: how many claims the filters keep, leave out, and of the kept how many deny. */
const counts = (
  [
    ["troops", "bbc", 1],
    ["troops", "reuters", 2, 1],
    ["troops", "pravda", 1],
    ["troops", "novaya", 1],
    ["troops", "article-a7", 0, 2],
    ["troops", "rbc", 7],
    ["denial", "reuters", 1, 0, 1],
    ["denial", "novaya", 1, 0, 1],
    ["denial", "rbc", 1, 0, 1],
    ["denial", "svoboda", 0, 1],
  ] as const
).map(([aspectId, sourceId, shown, hidden = 0, negating = 0]) => ({ aspectId, sourceId, shown, hidden, negating }));

const figure = (low: number, high: number, counted: string, stated: number, vague = false): Quantity => {
  const vagueness = vague ? "few" : null;
  return { low, high, unit: null, counted, approximate: !vague, stated: { low: stated, high: stated, vagueness } };
};
const aboutHundred = figure(90, 110, "troops", 100);
const cubans = figure(18_000, 22_000, "кубинців", 20_000);
const fewDozen = figure(24, 60, "военных", 12, true);

/** The event's claims: "bbc-t1" is BBC's first on the troops, "-d" on the denial; each on its source's first day. */
const said: [id: string, quote: string, start: number, quantity?: Quantity, speaker?: string][] = [
  ["bbc-t1", "about 100 Russian troops", 40, aboutHundred],
  ["reuters-t1", "about 100 Russian troops", 0, aboutHundred],
  ["reuters-t2", "two Russian Air Force planes", 120],
  ["pravda-t1", "≈ 20 000 кубинців", 0, cubans],
  ["novaya-t1", "несколько десятков военных", 0, fewDozen],
  ...[1, 2, 3, 4, 5, 6, 7].map((n): (typeof said)[number] => [`rbc-t${n}`, `сообщение ${n}`, n * 10]),
  ["reuters-d1", "The Kremlin denied sending troops", 300],
  ["novaya-d1", "Кремль опроверг отправку военных", 200, undefined, "Дмитрий Песков"],
  ["rbc-d1", "Кремль опроверг", 500],
];
const claims = new Map(said.map((c) => [c[0], c]));
const sourceOf = (id: string) => sources.find((s) => id.startsWith(`${s.id}-`))!;
const inputOf = (id: string) => {
  const aspectId = id.includes("-t") ? "troops" : "denial";
  return { id, aspectId, sourceId: sourceOf(id).id, quantity: claims.get(id)![3] ?? null };
};

/** The figures as load-figures reads them: extremes and ranges, and the disputed cells it counts at a factor. */
function figuresAt(disputed: string[]) {
  const byId = ["bbc-t1", "novaya-t1", "pravda-t1", "reuters-t1"].map((id) => inputOf(id) as Figure);
  return {
    extremes: new Map([[figureGroup(byId[0]!), extremesOf(byId)]]),
    ranges: new Map([["troops", [{ unit: null, low: byId[1]!, high: byId[2]!, factor: 300 }]]]),
    disputed: disputed.map((sourceId) => ({ aspectId: "troops", sourceId, count: 1 })),
    carrying: new Set(["bbc", "reuters", "pravda", "novaya"].map((id) => cellKey("troops", id))),
  };
}
type Kind = "contradicts" | "translates" | "repeats";
const relation = (id: string, kind: Kind, fromId: string, toId: string) => ({ id, kind, fromId, toId });
const rows = (factor: number): ComparisonRows => ({
  sources,
  counts,
  stances: new Set(["asserts", "denies", "reports"]),
  figures: figuresAt(factor === 2 ? ["bbc", "reuters", "pravda", "novaya"] : ["pravda", "novaya"]),
  relations: [
    relation("r1", "contradicts", "novaya-d1", "reuters-t1"),
    relation("r2", "translates", "reuters-d1", "novaya-d1"),
    relation("r3", "repeats", "rbc-d1", "novaya-d1"),
    // Radio Svoboda's denial is left out by the filters, and so is this relation
    relation("r4", "contradicts", "svoboda-d1", "bbc-t1"),
  ],
  ends: ["novaya-d1", "reuters-t1", "reuters-d1", "rbc-d1", "bbc-t1"].map(inputOf),
});

const filters = (query: string) => parseFilters(new URLSearchParams(query));
const names = (list: Source[]) => list.map((s) => s.id);
const ASPECTS = ["troops", "denial"];
const layoutOf = (basis: ComparisonBasis, query: string) => sourceRows(basis, filters(query), ASPECTS);
const row = (basis: ComparisonBasis, query: string, aspectId = "troops") => layoutOf(basis, query).rows.get(aspectId)!;

describe("each aspect's row of sources", () => {
  const basis = comparisonBasis(rows(2), 2);

  it("names every source with a claim on it, most informative first: disputed, then with a figure, each earliest first", () => {
    const layout = layoutOf(basis, "");
    expect(names(layout.options)).toEqual(["bbc", "reuters", "pravda", "novaya", "article-a7", "rbc", "svoboda"]);
    // the article's claims are all left out by the filters, and it still speaks to the troops
    expect(layout.rows.get("troops")).toEqual({
      sources: ["bbc", "reuters", "pravda", "novaya", "article-a7", "rbc"],
      perCell: 5,
      total: 6,
      open: false,
      page: 1,
      pages: 1,
      silent: { sources: ["svoboda"], total: 1 },
    });
    expect(layout.rows.get("denial")).toMatchObject({
      sources: ["reuters", "novaya", "rbc", "svoboda"],
      silent: { sources: ["bbc", "pravda", "article-a7"], total: 3 },
    });
    expect(layout.chosen.map((s) => [s.id, s.claims, s.disputed])).toEqual([
      ["bbc", 1, 1],
      ["reuters", 3, 1],
      ["pravda", 1, 1],
      ["novaya", 2, 1],
      ["article-a7", 0, 0],
      ["rbc", 8, 0],
      ["svoboda", 0, 0],
    ]);
    // at 200 times apart Reuters is disputed by its contradiction only, and BBC carries a figure no one disputes
    const far = comparisonBasis(rows(200), 200);
    expect(Object.fromEntries(far.disputedOf)).toEqual({ pravda: 1, novaya: 1, reuters: 1 });
    expect(row(far, "").sources).toEqual(["reuters", "pravda", "novaya", "bbc", "article-a7", "rbc"]);
  });

  it("orders a row by its claims on the aspect, earliest coverage, or most disputed then most claims", () => {
    expect(row(basis, "sort=claims").sources).toEqual(["rbc", "reuters", "bbc", "pravda", "novaya", "article-a7"]);
    expect(row(basis, "sort=earliest").sources).toEqual(["bbc", "reuters", "pravda", "novaya", "article-a7", "rbc"]);
    expect(row(basis, "sort=divergent").sources).toEqual(["reuters", "bbc", "pravda", "novaya", "rbc", "article-a7"]);
    const far = comparisonBasis(rows(200), 200);
    expect(row(far, "sort=divergent").sources).toEqual(["reuters", "pravda", "novaya", "rbc", "bbc", "article-a7"]);
  });

  it("keeps to the sources the filters choose, and opens a cell of a row", () => {
    const two = layoutOf(basis, "source=svoboda&source=pravda&cell=troops:pravda");
    expect([names(two.chosen), names(two.options).length]).toEqual([["pravda", "svoboda"], 7]);
    expect([two.rows.get("troops")!.sources, two.rows.get("denial")!.sources]).toEqual([["pravda"], ["svoboda"]]);
    expect(two.open).toEqual({ aspectId: "troops", sourceId: "pravda" });
    // a cell of a source silent on the aspect opens nothing
    expect(layoutOf(basis, "cell=denial:bbc").open).toBeNull();
    expect(layoutOf(basis, "source=nobody").rows.get("troops")).toMatchObject({ sources: [], total: 0 });
  });

  it("shows the first 25 sources of a row, all of an opened row a hundred at a time, and names 25 silent ones", () => {
    expect([ROW_SOURCES, OPEN_ROW_SOURCES]).toEqual([25, 100]);
    // 130 outlets of one wire story, each with one claim on the troops, and 40 more silent on it
    const many = Array.from({ length: 170 }, (_, n) =>
      outlet(
        `o${String(n).padStart(3, "0")}`,
        `Outlet ${n}`,
        ["en"],
        `2019-02-${String(1 + (n % 28)).padStart(2, "0")}`,
      ),
    );
    const wide = comparisonBasis(
      {
        ...rows(2),
        sources: many,
        counts: many
          .slice(0, 130)
          .map((s) => ({ aspectId: "troops", sourceId: s.id, shown: 1, hidden: 0, negating: 0 })),
        figures: { extremes: new Map(), ranges: new Map(), disputed: [], carrying: new Set() },
        relations: [],
        ends: [],
      },
      2,
    );
    const first = row(wide, "");
    expect([first.sources.length, first.total, first.open, first.pages, first.perCell]).toEqual([25, 130, false, 1, 1]);
    expect([first.silent.sources.length, first.silent.total]).toEqual([25, 40]);
    const opened = row(wide, "row=troops");
    expect([opened.sources.length, opened.open, opened.page, opened.pages]).toEqual([100, true, 1, 2]);
    expect(opened.sources.slice(0, 25)).toEqual(first.sources);
    // a page past the last shows the last; another aspect's row stays as it was
    const last = row(wide, "row=troops&page=9");
    expect([last.sources.length, last.page]).toEqual([30, 2]);
    expect(row(wide, "row=troops&page=2", "denial")).toMatchObject({ sources: [], open: false, page: 1 });
  });
});

describe("what disputes a claim", () => {
  it("names the contradictions pointing at it and the farthest figure of another source", () => {
    const { disputesOf, relations, disputedIn } = comparisonBasis(rows(2), 2);
    expect(relations.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect(disputesOf(inputOf("reuters-t1"))).toEqual([
      { by: "novaya-d1", reason: "contradicts" },
      { by: "pravda-t1", reason: "figures", factor: 18_000 / 110 },
    ]);
    expect(disputesOf(inputOf("pravda-t1"))).toEqual([{ by: "novaya-t1", reason: "figures", factor: 300 }]);
    expect(disputesOf(inputOf("novaya-d1"))).toEqual([]);
    expect(Object.fromEntries(disputedIn)).toEqual({ troops: 4 });
  });
});

/** The claims as shownClaims reads them: whole, with what disputes them, each its own proposition. */
function read(ids: string[], disputesOf: ComparisonBasis["disputesOf"]): ShownClaim[] {
  return ids.map((id) => {
    const [, quote, start, quantity = null, speaker] = claims.get(id)!;
    const { aspectId, sourceId } = inputOf(id);
    const disputes = disputesOf(inputOf(id));
    return {
      id,
      aspectId,
      sourceId,
      articleId: `${sourceId}-1`,
      quote,
      quoteLang: sourceOf(id).languages[0]!,
      start,
      end: start + quote.length,
      kind: quantity ? "figure" : "statement",
      stance: "asserts",
      status: "confirmed",
      speaker: speaker ? { id: "peskov", name: speaker } : null,
      speakerText: null,
      reportedVia: [],
      publishedAt: sourceOf(id).publishedAt,
      quantity,
      disputes,
      disputedBy: disputes.map((d) => d.by),
      clusterId: id,
      verdict: null,
    };
  });
}

describe("the claims a page shows", () => {
  const basis = comparisonBasis(rows(2), 2);

  it("reads the first claims, the opened cell's, and in the claims view what says the same", () => {
    expect([CELL_CLAIMS, OPEN_CELL_CLAIMS]).toEqual([5, 500]);
    // a row of many sources shows fewer claims of each: about 40 in all, one each at 25
    expect([1, 8, 9, 12, 25, 100].map(cellClaims)).toEqual([5, 5, 4, 3, 1, 1]);
    const cell = claimsToRead(["rbc-t1", "rbc-t2"], ["rbc-t2", "rbc-t3"], basis.relations, "matrix");
    expect(cell).toEqual(["rbc-t1", "rbc-t2", "rbc-t3"]);
    expect(claimsToRead(["novaya-d1"], [], basis.relations, "matrix")).toEqual(["novaya-d1"]);
    expect(claimsToRead(["novaya-d1"], [], basis.relations, "claims")).toEqual(["novaya-d1", "reuters-d1", "rbc-d1"]);
  });

  it("orders them by date, then by the sources' order, then in the text; a proposition named by its first", () => {
    const ids = ["novaya-d1", "rbc-d1", "reuters-t2", "reuters-d1", "bbc-t1", "reuters-t1"];
    const earliest = orderClaims(read(ids, basis.disputesOf), layoutOf(basis, "").chosen, basis.relations);
    expect(earliest.map((c) => [c.id, c.clusterId])).toEqual([
      ["bbc-t1", "bbc-t1"],
      ["reuters-t1", "reuters-t1"],
      ["reuters-t2", "reuters-t2"],
      ["reuters-d1", "reuters-d1"],
      ["novaya-d1", "reuters-d1"],
      ["rbc-d1", "reuters-d1"],
    ]);
    const novayaFirst = [...layoutOf(basis, "").chosen].reverse();
    const most = orderClaims(read(ids, basis.disputesOf), novayaFirst, []);
    expect(most.slice(0, 4).map((c) => c.id)).toEqual(["reuters-t1", "reuters-t2", "reuters-d1", "bbc-t1"]);
  });

  it("names what the summaries read whole: the ends of each range and of the first contradiction", () => {
    expect(summaryClaims(["troops", "denial"], basis)).toEqual({
      figures: ["novaya-t1", "pravda-t1"],
      speakers: ["novaya-d1", "reuters-t1"],
    });
  });
});

/** One page of the comparison, assembled as load.ts does from what it read. */
function page(query: string, first: string[]) {
  const f = filters(query);
  const basis = comparisonBasis(rows(f.factor), f.factor);
  const layout = sourceRows(basis, f, ASPECTS);
  const ids = claimsToRead(first, [], basis.relations, f.view);
  const named = summaryClaims(["troops", "denial"], basis);
  const aspect = (id: string, kind: string, question: string) =>
    ({ id, slug: id, kind, unit: null, question, questionLang: "uk" }) as const;
  return assembleComparison({
    event: { id: "venezuela", slug: "russia-venezuela-2019", title: "Росія у Венесуелі", titleLang: "uk" },
    aspects: [
      aspect("troops", "numeric", "Скільки іноземних військових?"),
      aspect("denial", "categorical", "Чи заперечив Кремль?"),
    ],
    filters: f,
    basis,
    layout,
    ids,
    claims: orderClaims(read(ids, basis.disputesOf), layout.chosen, basis.relations),
    quantities: new Map(named.figures.map((id) => [id, inputOf(id).quantity!])),
    speakers: read(named.speakers, basis.disputesOf),
  });
}

describe("a page of the comparison", () => {
  const shownFirst = ["bbc-t1", "reuters-t1", "reuters-t2", "pravda-t1", "novaya-t1", "reuters-d1", "novaya-d1"];

  it("sums each aspect up: sources that speak, the range of its figures, denials, disputed claims", () => {
    const comparison = page("", shownFirst);
    const [troops, denial] = comparison.aspects;
    expect([troops!.total, troops!.summary]).toEqual([
      12,
      { sources: 5, figures: [{ unit: null, low: fewDozen, high: cubans, factor: 300 }], denials: 0, disputed: 4 },
    ]);
    expect([denial!.total, denial!.summary]).toEqual([3, { sources: 3, figures: [], denials: 3, disputed: 0 }]);
    expect(troops!.contradictions).toEqual({
      count: 1,
      first: {
        id: "r1",
        kind: "contradicts",
        from: "novaya-d1",
        to: "reuters-t1",
        status: "confirmed",
        fromWho: "Дмитрий Песков",
        fromVia: [],
        toWho: "Reuters",
        toVia: [],
      },
    });
    expect(denial!.contradictions).toEqual({ count: 0, first: null });
    const { hiddenByFilters, options } = comparison;
    expect([hiddenByFilters, options.languages, options.stances]).toEqual([
      4,
      ["en", "ru", "uk"],
      ["asserts", "reports", "denies"],
    ]);
  });

  it("gives each source of an aspect's row a cell, and names the sources silent on it", () => {
    const comparison = page("", shownFirst);
    const [troops, denial] = comparison.aspects;
    expect(troops!.cells).toEqual({
      bbc: { claims: ["bbc-t1"], total: 1, hidden: 0 },
      reuters: { claims: ["reuters-t1", "reuters-t2"], total: 2, hidden: 1 },
      pravda: { claims: ["pravda-t1"], total: 1, hidden: 0 },
      novaya: { claims: ["novaya-t1"], total: 1, hidden: 0 },
      // every claim of the article left out by the filters
      "article-a7": { claims: [], total: 0, hidden: 2 },
      rbc: { claims: [], total: 7, hidden: 0 },
    });
    expect(Object.keys(denial!.cells)).toEqual(["reuters", "novaya", "rbc", "svoboda"]);
    expect(denial!.row.silent).toEqual({ sources: ["bbc", "pravda", "article-a7"], total: 3 });
    // the sources of any row, earliest first: Radio Svoboda speaks only to the denial
    expect(names(comparison.sources)).toEqual(["bbc", "reuters", "pravda", "novaya", "article-a7", "rbc", "svoboda"]);
    expect(comparison.chosen).toBe(7);
    expect(comparison.relations.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
  });

  it("shows a cell's first five claims, and an opened cell whole", () => {
    const rbc = ["rbc-t1", "rbc-t2", "rbc-t3", "rbc-t4", "rbc-t5"];
    const first = page("", [...rbc, "rbc-d1"]);
    expect(first.filters).toMatchObject({ page: 1, sort: "informative", row: null });
    expect(first.aspects[0]!.cells["rbc"]).toEqual({ claims: rbc, total: 7, hidden: 0 });
    expect(first.aspects[1]!.cells["svoboda"]).toEqual({ claims: [], total: 0, hidden: 1 });
    expect(first.relations.map((r) => r.id)).toEqual(["r3"]);
    const all = ["rbc-t1", "rbc-t2", "rbc-t3", "rbc-t4", "rbc-t5", "rbc-t6", "rbc-t7"];
    const opened = page("cell=troops:rbc", [...all, "rbc-d1"]);
    expect(opened.aspects[0]!.cells["rbc"]!.claims).toEqual(all);
  });
});
