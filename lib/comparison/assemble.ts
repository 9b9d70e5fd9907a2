import { append } from "@/lib/collections";
import type { Quantity } from "@/lib/domain/figures";
import { sameClaimRelations, stances } from "@/lib/domain/vocabulary";
import {
  clusters,
  figureDispute,
  figureGroup,
  type AspectSummary,
  type Dispute,
  type DisputeInput,
  type Figure,
} from "./disagreements";
import type { ComparisonFilters } from "./filters";
import type {
  AspectText,
  CellCount,
  ComparisonBasis,
  ComparisonRelation,
  ComparisonRows,
  EventFigures,
  ShownClaim,
  Source,
  SourceColumn,
  SourceRows,
  AspectRow,
} from "./model";
import { cellKey } from "./model";

// The comparison laid out from rows already read: the columns and their order, the page of
// sources, what disputes each claim, and per aspect its summary and cells. Plain data in and out,
// no database: load.ts reads, this assembles.

/** How many sources an aspect's row shows before "show all". */
export const ROW_SOURCES = 25;
/** How many sources an opened row shows a page at a time (an event of hundreds of outlets). */
export const OPEN_ROW_SOURCES = 100;
/** How many of the sources silent on an aspect its row names. */
const SILENT_NAMES = 25;
/** How many claims a cell shows before "show all", at most. */
export const CELL_CLAIMS = 5;
/** How many claims a row shows across its cells, about: a row of 25 sources shows the first of each. */
export const ROW_CLAIMS = 40;
/** How many claims each cell of a row of so many sources shows: 5 of 8 sources, 3 of 12, 1 of 25. */
export const cellClaims = (sources: number) => Math.max(1, Math.min(CELL_CLAIMS, Math.floor(ROW_CLAIMS / sources)));
/** How many claims of each aspect the claims view and the timeline show. */
export const VIEW_CLAIMS = 60;
/** How many claims an opened cell shows at most. */
export const OPEN_CELL_CLAIMS = 500;

/** What every view of an event's comparison starts from, whatever page it shows. */
export function comparisonBasis(rows: ComparisonRows, factor: number): ComparisonBasis {
  const ends = new Map(rows.ends.map((c) => [c.id, c]));
  const relations: ComparisonRelation[] = rows.relations
    .filter((r) => ends.has(r.fromId) && ends.has(r.toId))
    .map((r) => ({ id: r.id, kind: r.kind, from: r.fromId, to: r.toId, status: "confirmed" }));
  const contradicted = new Map<string, Dispute[]>();
  for (const r of relations)
    if (r.kind === "contradicts") append(contradicted, r.to, { by: r.from, reason: "contradicts" });
  // a figure a later one updates is history: it disputes nothing and nothing disputes it
  const history = new Set(relations.filter((r) => r.kind === "updates").map((r) => r.to));
  const figureDisputed = figureDisputes(rows.figures, factor);
  const figureOf = (c: DisputeInput) => (history.has(c.id) ? null : figureDisputed(c));
  /** What disputes a claim the filters keep: the contradictions pointing at it, and a figure far from its own. */
  const disputesOf = (c: DisputeInput): Dispute[] => {
    const figure = figureOf(c);
    return [...(contradicted.get(c.id) ?? []), ...(figure ? [figure] : [])];
  };
  const disputed = [...contradicted.keys()].map((id) => ends.get(id)!).filter((c) => !figureOf(c));
  const { sources, counts, stances, figures } = rows;
  return {
    sources,
    counts,
    stances,
    figures,
    relations,
    ends,
    disputesOf,
    ...disputedCounts(figures, figureOf, disputed),
  };
}

// of two figures as far, the one given first: the claim first by id, as the database breaks ties
const before = (a: Figure, b: Figure) => a.id < b.id;

/** The dispute a claim's figure meets, from the extremes of its aspect and unit. */
function figureDisputes(figures: EventFigures, factor: number) {
  return (c: DisputeInput) => {
    const extremes = c.quantity && figures.extremes.get(figureGroup(c as Figure));
    return extremes ? figureDispute(c as Figure, extremes, factor, before) : null;
  };
}

/**
 * The disputed claims per source and per aspect: positive figures (counted by the database per
 * cell), zeros, and claims only a contradiction disputes.
 */
function disputedCounts(
  figures: EventFigures,
  figureOf: (c: DisputeInput) => Dispute | null,
  onlyContradicted: DisputeInput[],
) {
  const disputedOf = new Map<string, number>();
  const disputedIn = new Map<string, number>();
  const disputedCell = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const count = (c: Pick<DisputeInput, "aspectId" | "sourceId">, n = 1) => {
    add(disputedOf, c.sourceId, n);
    add(disputedIn, c.aspectId, n);
    add(disputedCell, cellKey(c.aspectId, c.sourceId), n);
  };
  for (const cell of figures.disputed) count(cell, cell.count);
  for (const group of figures.extremes.values()) for (const zero of group.zeros) if (figureOf(zero)) count(zero);
  for (const claim of onlyContradicted) count(claim);
  return { disputedOf, disputedIn, disputedCell };
}

const byDate = (a: string | null, b: string | null) => {
  const [x, y] = [a ?? "\uffff", b ?? "\uffff"];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Names in the order localeCompare gives, with one collator for the hundreds of comparisons a sort makes. */
const byName = new Intl.Collator().compare;
const earliest = (a: Source, b: Source) => byDate(a.publishedAt, b.publishedAt) || byName(a.name, b.name);
/** A source's cell in one aspect's row: how many claims the filters keep, how many are disputed, and whether one is a figure. */
type RowCell = { source: SourceColumn; claims: number; disputed: number; figures: boolean };
// most informative first: a disputed claim, then a figure, then the rest, each earliest first
const tier = (c: RowCell) => (c.disputed > 0 ? 0 : c.figures ? 1 : 2);
const orders: Record<ComparisonFilters["sort"], (a: RowCell, b: RowCell) => number> = {
  informative: (a, b) => tier(a) - tier(b) || earliest(a.source, b.source),
  earliest: (a, b) => earliest(a.source, b.source),
  claims: (a, b) => b.claims - a.claims || earliest(a.source, b.source),
  divergent: (a, b) => b.disputed - a.disputed || b.claims - a.claims || earliest(a.source, b.source),
};

/**
 * Each aspect's row: every source the filters choose that has a claim on it (kept or hidden), in
 * the order asked for, the first ROW_SOURCES of them, or a page of an opened row; and the first
 * of the sources silent on it.
 */
export function sourceRows(
  basis: Pick<ComparisonBasis, "sources" | "counts" | "disputedOf" | "disputedCell" | "figures">,
  filters: ComparisonFilters,
  aspectIds: string[],
): SourceRows {
  const { sources, counts, disputedOf, disputedCell, figures } = basis;
  const claimsOf = new Map<string, number>();
  for (const c of counts) claimsOf.set(c.sourceId, (claimsOf.get(c.sourceId) ?? 0) + c.shown);
  const chosen = sources
    .filter((s) => !filters.sources.length || filters.sources.includes(s.id))
    .map((s) => ({ ...s, claims: claimsOf.get(s.id) ?? 0, disputed: disputedOf.get(s.id) ?? 0 }))
    .sort(earliest);
  const byId = new Map(chosen.map((s) => [s.id, s]));
  const cellsOf = new Map<string, RowCell[]>();
  for (const c of counts) {
    const source = byId.get(c.sourceId);
    const key = cellKey(c.aspectId, c.sourceId);
    if (source && c.shown + c.hidden > 0)
      append(cellsOf, c.aspectId, {
        source,
        claims: c.shown,
        disputed: disputedCell.get(key) ?? 0,
        figures: figures.carrying.has(key),
      });
  }
  const rows = new Map<string, AspectRow>();
  for (const aspectId of aspectIds) {
    const cells = (cellsOf.get(aspectId) ?? []).sort(orders[filters.sort]);
    const open = filters.row === aspectId;
    const size = open ? OPEN_ROW_SOURCES : ROW_SOURCES;
    const pages = Math.max(1, Math.ceil(cells.length / size));
    const page = open ? Math.min(filters.page, pages) : 1;
    const speaking = new Set(cells.map((c) => c.source.id));
    const silent = chosen.filter((s) => !speaking.has(s.id));
    const shown = cells.slice((page - 1) * size, page * size).map((c) => c.source.id);
    rows.set(aspectId, {
      sources: shown,
      perCell: cellClaims(shown.length),
      total: cells.length,
      open,
      page,
      pages: open ? pages : 1,
      silent: { sources: silent.slice(0, SILENT_NAMES).map((s) => s.id), total: silent.length },
    });
  }
  const [aspectId, sourceId] = filters.cell?.split(":", 2) ?? [];
  const open = aspectId && sourceId && rows.get(aspectId)?.sources.includes(sourceId) ? { aspectId, sourceId } : null;
  return { options: [...sources].sort(earliest), chosen, rows, open };
}

/**
 * The claims a page reads whole: the first of each cell (or aspect), those of the opened cell,
 * and in the claims view those joined to the first by "repeats" and "same claim in another
 * language", however far along.
 */
export function claimsToRead(
  first: string[],
  opened: string[],
  relations: ComparisonRelation[],
  view: ComparisonFilters["view"],
): string[] {
  return [...new Set([...first, ...opened, ...(view === "claims" ? sameAs(first, relations) : [])])];
}

function sameAs(ids: string[], relations: ComparisonRelation[]) {
  const links = relations.filter((r) => sameClaimRelations.includes(r.kind));
  const found = new Set(ids);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of links)
      if (found.has(r.from) !== found.has(r.to)) {
        found.add(found.has(r.from) ? r.to : r.from);
        grew = true;
      }
  }
  return [...found];
}

/**
 * The claims read in publication order, then in the order of the chosen sources, then in the
 * text; a proposition is named by its first claim in that order.
 */
export function orderClaims(claims: ShownClaim[], chosen: Source[], relations: ComparisonRelation[]): ShownClaim[] {
  const column = new Map(chosen.map((s, i) => [s.id, i]));
  const ordered = [...claims].sort(
    (a, b) =>
      byDate(a.publishedAt, b.publishedAt) ||
      (column.get(a.sourceId) ?? 0) - (column.get(b.sourceId) ?? 0) ||
      a.start - b.start,
  );
  const clusterOf = clusters(
    ordered.map((c) => c.id),
    relations,
  );
  return ordered.map((c) => ({ ...c, clusterId: clusterOf.get(c.id)! }));
}

/** An aspect's confirmed contradictions: those pointing at one of its claims. */
const contradictionsOf = (aspectId: string, { relations, ends }: Pick<ComparisonBasis, "relations" | "ends">) =>
  relations.filter((r) => r.kind === "contradicts" && ends.get(r.to)?.aspectId === aspectId);

/** The claims the aspects' summaries name: the ends of each figure range, and of each aspect's first contradiction. */
export function summaryClaims(aspectIds: string[], basis: ComparisonBasis) {
  const firsts = aspectIds.flatMap((id) => contradictionsOf(id, basis).slice(0, 1));
  return {
    figures: aspectIds.flatMap((id) => basis.figures.ranges.get(id) ?? []).flatMap((r) => [r.low.id, r.high.id]),
    speakers: [...new Set(firsts.flatMap((r) => [r.from, r.to]))],
  };
}

/** Everything read for one page of the comparison. */
export interface ComparisonParts {
  event: { id: string; slug: string; title: string; titleLang: string | null };
  aspects: AspectText[];
  filters: ComparisonFilters;
  basis: ComparisonBasis;
  layout: SourceRows;
  /** the ids read whole (claimsToRead) */
  ids: string[];
  /** those claims, ordered (orderClaims) */
  claims: ShownClaim[];
  /** the whole quantities of the figures summaryClaims names */
  quantities: Map<string, Quantity>;
  /** the claims of the first contradictions summaryClaims names, read whole */
  speakers: ShownClaim[];
}

/** An event laid out for comparison: aspects × sources, one page of sources at a time. */
export function assembleComparison(parts: ComparisonParts) {
  const { event, filters, basis, layout, ids, claims } = parts;
  const shownIds = new Set(ids);
  const inRows = new Set([...layout.rows.values()].flatMap((r) => r.sources));
  return {
    event,
    filters: { ...filters, page: (filters.row && layout.rows.get(filters.row)?.page) || 1 },
    options: {
      sources: layout.options,
      languages: [...new Set(basis.sources.flatMap((s) => s.languages))].sort(),
      stances: stances.filter((s) => basis.stances.has(s)),
    },
    /** the sources in some aspect's row, earliest first, and how many the filters choose in all */
    sources: layout.chosen.filter((s) => inRows.has(s.id)),
    chosen: layout.chosen.length,
    /** how many claims of the event the filters leave out */
    hiddenByFilters: basis.counts.reduce((sum, c) => sum + c.hidden, 0),
    aspects: parts.aspects.map(aspectOf(parts)),
    claims,
    /** the confirmed relations whose both ends the filters keep and one end is shown */
    relations: basis.relations.filter((r) => shownIds.has(r.from) || shownIds.has(r.to)),
  };
}

/** Lays out each aspect of a page: its summary, first contradiction and cells. */
function aspectOf({ basis, layout, claims, quantities, speakers }: ComparisonParts) {
  const cells = cellsOf(basis.counts, claims);
  const nameOf = (id: string) => basis.sources.find((s) => s.id === id)?.name ?? id;
  // who said it (the speaker, the words naming them, or the outlet), and who relayed it
  const who = new Map(
    speakers.map((c) => [
      c.id,
      {
        name: c.speaker?.name ?? c.speakerText ?? nameOf(c.sourceId),
        via: c.reportedVia.map((r) => r.entity?.name ?? r.text),
      },
    ]),
  );
  return (a: AspectText) => {
    const mine = basis.counts.filter((c) => c.aspectId === a.id);
    const row = layout.rows.get(a.id)!;
    const contradictions = contradictionsOf(a.id, basis);
    const [first] = contradictions;
    return {
      ...a,
      /** how many claims of the aspect the filters keep, on every page */
      total: mine.reduce((sum, c) => sum + c.shown, 0),
      summary: aspectSummary(a.id, mine, basis, quantities),
      /** the confirmed contradictions among its claims: how many, and who says what of whom in the first */
      contradictions: {
        count: contradictions.length,
        first: first
          ? {
              ...first,
              fromWho: who.get(first.from)!.name,
              fromVia: who.get(first.from)!.via,
              toWho: who.get(first.to)!.name,
              toVia: who.get(first.to)!.via,
            }
          : null,
      },
      /** the sources that speak to it, in order, and those silent on it */
      row,
      /** per source of its row: the claim ids shown (in publication order), how many the filters keep and hide */
      cells: Object.fromEntries(row.sources.map((id) => [id, cells(a.id, id)])),
    };
  };
}

/** A cell of the matrix: the ids of its claims shown, and how many claims the filters keep and leave out. */
function cellsOf(counts: CellCount[], claims: ShownClaim[]) {
  const count = new Map(counts.map((c) => [cellKey(c.aspectId, c.sourceId), c]));
  const shown = new Map<string, string[]>();
  for (const c of claims) append(shown, cellKey(c.aspectId, c.sourceId), c.id);
  return (aspectId: string, sourceId: string) => {
    const n = count.get(cellKey(aspectId, sourceId));
    return { claims: shown.get(cellKey(aspectId, sourceId)) ?? [], total: n?.shown ?? 0, hidden: n?.hidden ?? 0 };
  };
}

function aspectSummary(
  aspectId: string,
  mine: CellCount[],
  basis: ComparisonBasis,
  quantities: Map<string, Quantity>,
): AspectSummary {
  return {
    sources: mine.filter((c) => c.shown > 0).length,
    figures: (basis.figures.ranges.get(aspectId) ?? []).map((r) => ({
      ...r,
      low: quantities.get(r.low.id)!,
      high: quantities.get(r.high.id)!,
    })),
    denials: mine.reduce((sum, c) => sum + c.negating, 0),
    disputed: basis.disputedIn.get(aspectId) ?? 0,
  };
}

export type Comparison = ReturnType<typeof assembleComparison>;
export type ComparisonAspect = Comparison["aspects"][number];
