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
  SourcePage,
} from "./model";

// The comparison laid out from rows already read: the columns and their order, the page of
// sources, what disputes each claim, and per aspect its summary and cells. Plain data in and out,
// no database: load.ts reads, this assembles.

/** How many sources one page of the comparison shows side by side: one row of cells on a wide screen. */
export const SOURCES_PER_PAGE = 5;
/** How many claims a cell shows before "show all". */
export const CELL_CLAIMS = 5;
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
  const count = (c: Pick<DisputeInput, "aspectId" | "sourceId">, n = 1) => {
    disputedOf.set(c.sourceId, (disputedOf.get(c.sourceId) ?? 0) + n);
    disputedIn.set(c.aspectId, (disputedIn.get(c.aspectId) ?? 0) + n);
  };
  for (const cell of figures.disputed) count(cell, cell.count);
  for (const group of figures.extremes.values()) for (const zero of group.zeros) if (figureOf(zero)) count(zero);
  for (const claim of onlyContradicted) count(claim);
  return { disputedOf, disputedIn };
}

const byDate = (a: string | null, b: string | null) => {
  const [x, y] = [a ?? "\uffff", b ?? "\uffff"];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Names in the order localeCompare gives, with one collator for the hundreds of comparisons a sort makes. */
const byName = new Intl.Collator().compare;
const earliest = (a: Source, b: Source) => byDate(a.publishedAt, b.publishedAt) || byName(a.name, b.name);
const orders: Record<ComparisonFilters["sort"], (a: SourceColumn, b: SourceColumn) => number> = {
  earliest,
  claims: (a, b) => b.claims - a.claims || earliest(a, b),
  divergent: (a, b) => b.disputed - a.disputed || b.claims - a.claims || earliest(a, b),
};

export function sourcePage(
  { sources, counts, disputedOf }: Pick<ComparisonBasis, "sources" | "counts" | "disputedOf">,
  filters: ComparisonFilters,
): SourcePage {
  const claimsOf = new Map<string, number>();
  for (const c of counts) claimsOf.set(c.sourceId, (claimsOf.get(c.sourceId) ?? 0) + c.shown);
  const chosen = sources
    .map((s) => ({ ...s, claims: claimsOf.get(s.id) ?? 0, disputed: disputedOf.get(s.id) ?? 0 }))
    .filter((s) => !filters.sources.length || filters.sources.includes(s.id))
    .sort(orders[filters.sort]);
  const pages = Math.max(1, Math.ceil(chosen.length / SOURCES_PER_PAGE));
  const page = Math.min(filters.page, pages);
  const shown = chosen.slice((page - 1) * SOURCES_PER_PAGE, page * SOURCES_PER_PAGE);
  const [aspectId, sourceId] = filters.cell?.split(":", 2) ?? [];
  const open = aspectId && shown.some((s) => s.id === sourceId) ? { aspectId, sourceId: sourceId! } : null;
  return { options: [...sources].sort(earliest), chosen, page, pages, shown, open };
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
  layout: SourcePage;
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
  return {
    event,
    filters: { ...filters, page: layout.page },
    options: {
      sources: layout.options,
      languages: [...new Set(basis.sources.flatMap((s) => s.languages))].sort(),
      stances: stances.filter((s) => basis.stances.has(s)),
    },
    /** the page of sources shown, and how many the filters and sort choose in all */
    sources: layout.shown,
    paging: { page: layout.page, pages: layout.pages, perPage: SOURCES_PER_PAGE, total: layout.chosen.length },
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
      /** per source of the page: the claim ids shown (in publication order), how many the filters keep and hide */
      cells: Object.fromEntries(layout.shown.map((s) => [s.id, cells(a.id, s.id)])),
    };
  };
}

/** A cell of the matrix: the ids of its claims shown, and how many claims the filters keep and leave out. */
function cellsOf(counts: CellCount[], claims: ShownClaim[]) {
  const key = (aspectId: string, sourceId: string) => `${aspectId}\u0000${sourceId}`;
  const count = new Map(counts.map((c) => [key(c.aspectId, c.sourceId), c]));
  const shown = new Map<string, string[]>();
  for (const c of claims) append(shown, key(c.aspectId, c.sourceId), c.id);
  return (aspectId: string, sourceId: string) => {
    const n = count.get(key(aspectId, sourceId));
    return { claims: shown.get(key(aspectId, sourceId)) ?? [], total: n?.shown ?? 0, hidden: n?.hidden ?? 0 };
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
