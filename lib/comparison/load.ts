import "server-only";
import type { Lng } from "@/i18n/settings";
import { verdictIn } from "@/lib/annotations/verdict";
import { append } from "@/lib/collections";
import {
  clusters,
  figureDispute,
  figureGroup,
  type AspectSummary,
  type Dispute,
  type DisputeInput,
  type Figure,
} from "@/lib/comparison/disagreements";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { ComparisonRelation, ShownClaim } from "@/lib/comparison/model";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";
import { entityName } from "@/lib/domain/localize";
import { quantityOf } from "@/lib/domain/quantity";
import { sameClaimRelations, stances } from "@/lib/domain/vocabulary";
import { aspectText, eventHeading, eventRows, type EventRows } from "@/lib/events/load";
import { confirmedRelations } from "@/lib/relations/store";
import { eventFigures } from "./load-figures";
import { cellCounts, eventSources, eventStances, firstClaims, keptClaims, quantities, type Source } from "./load-rows";

export type { Source } from "./load-rows";

/** How many sources one page of the comparison shows side by side: one row of cells on a wide screen. */
export const SOURCES_PER_PAGE = 5;
/** How many claims a cell shows before "show all". */
export const CELL_CLAIMS = 5;
/** How many claims of each aspect the claims view and the timeline show. */
export const VIEW_CLAIMS = 60;
/** How many claims an opened cell shows at most. */
export const OPEN_CELL_CLAIMS = 500;

/** A source as a column of the page: with how many claims the filters keep of it, and how many are disputed. */
export interface SourceColumn extends Source {
  claims: number;
  disputed: number;
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

/**
 * An event laid out for comparison: aspects × sources, one page of sources at a time. The
 * database counts every cell and finds the figures' extremes, ranges and disputed counts; only
 * the first claims of each cell on the page are read whole. Filters narrow the claims; the
 * options to filter by always come from the whole event.
 */
export async function getComparison(db: PrismaClient, eventId: string, lng: Lng, filters: ComparisonFilters) {
  const event = await eventRows(db, eventId);
  return event && compareEvent(db, event, lng, filters);
}

/**
 * What every view of an event's comparison starts from, whatever page it shows: the sources,
 * the counts per cell, the figures' extremes and ranges, the relations whose both ends the
 * filters keep, what disputes a claim (disputesOf), and how many claims of each source and aspect are disputed.
 */
async function comparisonBasis(db: PrismaClient, eventId: string, filters: ComparisonFilters) {
  const [allSources, counts, present, figures, relationRows] = await Promise.all([
    eventSources(db, eventId),
    cellCounts(db, eventId, filters),
    eventStances(db, eventId, filters),
    eventFigures(db, eventId, filters),
    confirmedRelations(db, eventId),
  ]);
  const ends = new Map(
    (await keptClaims(db, eventId, filters, [...new Set(relationRows.flatMap((r) => [r.fromId, r.toId]))])).map((c) => [
      c.id,
      c,
    ]),
  );
  const relations: ComparisonRelation[] = relationRows
    .filter((r) => ends.has(r.fromId) && ends.has(r.toId))
    .map((r) => ({ id: r.id, kind: r.kind, from: r.fromId, to: r.toId, status: "confirmed" }));
  const contradicted = new Map<string, Dispute[]>();
  for (const r of relations)
    if (r.kind === "contradicts") append(contradicted, r.to, { by: r.from, reason: "contradicts" });
  // of two figures as far, the one given first: the claim first by id, as the database breaks ties
  const before = (a: Figure, b: Figure) => a.id < b.id;
  const figureOf = (c: DisputeInput) => {
    const extremes = c.quantity && figures.extremes.get(figureGroup(c as Figure));
    return extremes ? figureDispute(c as Figure, extremes, filters.factor, before) : null;
  };
  /** What disputes a claim the filters keep: the contradictions pointing at it, and a figure far from its own. */
  const disputesOf = (c: DisputeInput): Dispute[] => {
    const figure = figureOf(c);
    return [...(contradicted.get(c.id) ?? []), ...(figure ? [figure] : [])];
  };
  // the disputed claims per source and per aspect: positive figures (counted by the database per
  // cell), zeros, and claims only a contradiction disputes
  const disputedOf = new Map<string, number>();
  const disputedIn = new Map<string, number>();
  const count = (c: Pick<DisputeInput, "aspectId" | "sourceId">, n = 1) => {
    disputedOf.set(c.sourceId, (disputedOf.get(c.sourceId) ?? 0) + n);
    disputedIn.set(c.aspectId, (disputedIn.get(c.aspectId) ?? 0) + n);
  };
  for (const cell of figures.disputed) count(cell, cell.count);
  for (const group of figures.extremes.values()) for (const zero of group.zeros) if (figureOf(zero)) count(zero);
  for (const id of contradicted.keys()) if (!figureOf(ends.get(id)!)) count(ends.get(id)!);
  return { allSources, counts, present, figures, relations, ends, disputesOf, disputedOf, disputedIn };
}

type Basis = Awaited<ReturnType<typeof comparisonBasis>>;

/** The comparison of an event whose rows the caller has already read. */
export async function compareEvent(
  db: PrismaClient,
  event: EventRows,
  lng: Lng,
  filters: ComparisonFilters,
  basis?: Basis,
) {
  const eventId = event.id;
  const { allSources, counts, present, figures, relations, ends, disputesOf, disputedOf, disputedIn } =
    basis ?? (await comparisonBasis(db, eventId, filters));
  const claimsOf = new Map<string, number>();
  for (const c of counts) claimsOf.set(c.sourceId, (claimsOf.get(c.sourceId) ?? 0) + c.shown);
  const columns: SourceColumn[] = allSources.map((s) => ({
    ...s,
    claims: claimsOf.get(s.id) ?? 0,
    disputed: disputedOf.get(s.id) ?? 0,
  }));
  const options = [...allSources].sort(earliest);
  const chosen = columns
    .filter((s) => !filters.sources.length || filters.sources.includes(s.id))
    .sort(orders[filters.sort]);
  const pages = Math.max(1, Math.ceil(chosen.length / SOURCES_PER_PAGE));
  const page = Math.min(filters.page, pages);
  const shownSources = chosen.slice((page - 1) * SOURCES_PER_PAGE, page * SOURCES_PER_PAGE);

  const [opened, openSource] = filters.cell?.split(":", 2) ?? [];
  const openHere =
    opened && shownSources.some((s) => s.id === openSource) ? { aspectId: opened, sourceId: openSource! } : null;
  // the matrix shows the first claims of each cell of the page; the claims view and the timeline
  // read across every source: the first claims of each aspect, and the claims that say the same
  const firstIds =
    filters.view === "matrix"
      ? await firstClaims(
          db,
          eventId,
          filters,
          shownSources.map((s) => s.id),
          CELL_CLAIMS,
        )
      : await firstClaims(db, eventId, filters, null, VIEW_CLAIMS, { per: "aspect" });
  const openIds = openHere
    ? await firstClaims(db, eventId, filters, [openHere.sourceId], OPEN_CELL_CLAIMS, { aspectId: openHere.aspectId })
    : [];
  const ids = [
    ...new Set([...firstIds, ...openIds, ...(filters.view === "claims" ? sameAs(firstIds, relations) : [])]),
  ];
  // in publication order, then in the order of the page's sources, then in the text; a
  // proposition is named by its first claim in that order
  const column = new Map(chosen.map((s, i) => [s.id, i]));
  const ordered = (await claimDetails(db, ids, lng, disputesOf, new Map())).sort(
    (a, b) =>
      byDate(a.publishedAt, b.publishedAt) ||
      (column.get(a.sourceId) ?? 0) - (column.get(b.sourceId) ?? 0) ||
      a.start - b.start,
  );
  const clusterOf = clusters(
    ordered.map((c) => c.id),
    relations,
  );
  const shown = ordered.map((c) => ({ ...c, clusterId: clusterOf.get(c.id)! }));
  const count = new Map(counts.map((c) => [`${c.aspectId}\u0000${c.sourceId}`, c]));
  const cells = new Map<string, string[]>();
  for (const c of shown) append(cells, `${c.aspectId}\u0000${c.sourceId}`, c.id);
  const shownIds = new Set(ids);
  const nameOf = (id: string) => allSources.find((s) => s.id === id)?.name ?? id;
  const whoOf = async (ids: string[]) =>
    new Map(
      (await claimDetails(db, ids, lng, disputesOf, new Map())).map((c) => [
        c.id,
        c.speaker?.name ?? nameOf(c.sourceId),
      ]),
    );
  const contradictions = event.aspects.map((a) =>
    relations.filter((r) => r.kind === "contradicts" && ends.get(r.to)?.aspectId === a.id),
  );
  const ranges = event.aspects.map((a) => figures.ranges.get(a.id) ?? []);
  const whole = await quantities(
    db,
    ranges.flat().flatMap((r) => [r.low.id, r.high.id]),
  );
  const who = await whoOf([...new Set(contradictions.flatMap((list) => (list[0] ? [list[0].from, list[0].to] : [])))]);

  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: eventHeading(event, lng).title,
      titleLang: eventHeading(event, lng).titleLang,
    },
    filters: { ...filters, page },
    options: {
      sources: options,
      languages: [...new Set(allSources.flatMap((s) => s.languages))].sort(),
      stances: stances.filter((s) => present.has(s)),
    },
    /** the page of sources shown, and how many the filters and sort choose in all */
    sources: shownSources,
    paging: { page, pages, perPage: SOURCES_PER_PAGE, total: chosen.length },
    /** how many claims of the event the filters leave out */
    hiddenByFilters: counts.reduce((sum, c) => sum + c.hidden, 0),
    aspects: event.aspects.map((a, i) => {
      const mine = counts.filter((c) => c.aspectId === a.id);
      const [first] = contradictions[i]!;
      return {
        ...aspectText(a, lng),
        /** how many claims of the aspect the filters keep, on every page */
        total: mine.reduce((sum, c) => sum + c.shown, 0),
        summary: {
          sources: mine.filter((c) => c.shown > 0).length,
          figures: ranges[i]!.map((r) => ({
            ...r,
            low: whole.get(r.low.id)!,
            high: whole.get(r.high.id)!,
          })),
          denials: mine.reduce((sum, c) => sum + c.negating, 0),
          disputed: disputedIn.get(a.id) ?? 0,
        } satisfies AspectSummary,
        /** the confirmed contradictions among its claims: how many, and who says what of whom in the first */
        contradictions: {
          count: contradictions[i]!.length,
          first: first ? { ...first, fromWho: who.get(first.from)!, toWho: who.get(first.to)! } : null,
        },
        /** per source of the page: the claim ids shown (in publication order), how many the filters keep and hide */
        cells: Object.fromEntries(
          shownSources.map((s) => {
            const n = count.get(`${a.id}\u0000${s.id}`);
            return [
              s.id,
              { claims: cells.get(`${a.id}\u0000${s.id}`) ?? [], total: n?.shown ?? 0, hidden: n?.hidden ?? 0 },
            ];
          }),
        ),
      };
    }),
    claims: shown,
    /** the confirmed relations whose both ends the filters keep and one end is shown */
    relations: relations.filter((r) => shownIds.has(r.from) || shownIds.has(r.to)),
  };
}

/** The claims joined to some claims by "repeats" and "same claim in another language", however far along. */
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

/** Claims read whole, in the order of `ids`: speaker, verdict, what disputes them and their proposition. */
async function claimDetails(
  db: PrismaClient,
  ids: string[],
  lng: Lng,
  disputesOf: (c: DisputeInput) => Dispute[],
  clusterOf: Map<string, string>,
): Promise<ShownClaim[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    include: {
      speaker: { include: { names: true } },
      annotations: {
        where: { motivation: "assessing", deletedAt: null },
        orderBy: { modified: "desc" },
        select: { body: true },
      },
      article: { select: { id: true, outletId: true, lang: true, publishedAt: true, datePrecision: true } },
    },
  });
  const byId = new Map(rows.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const quantity = quantityOf(c);
    const sourceId = c.article.outletId ?? `article-${c.article.id}`;
    const disputes = disputesOf({ id: c.id, aspectId: c.aspectId!, sourceId, quantity });
    return [
      {
        id: c.id,
        aspectId: c.aspectId!,
        sourceId,
        articleId: c.articleId,
        quote: c.quote,
        quoteLang: c.article.lang,
        start: c.start,
        end: c.end,
        kind: c.kind,
        stance: c.stance,
        status: c.status === "suggested" ? "suggested" : "confirmed",
        speaker: c.speaker && { id: c.speaker.id, name: entityName(c.speaker.names, lng)?.text ?? c.speaker.slug },
        publishedAt: publishedOn(c.article),
        quantity,
        disputes,
        disputedBy: disputes.map((d) => d.by),
        clusterId: clusterOf.get(c.id) ?? c.id,
        verdict: c.annotations.map((a) => verdictIn(a.body)).find(Boolean) ?? null,
      },
    ];
  });
}

/** How many claims the CSV reads whole at a time. */
const CSV_BATCH = 1_000;

/**
 * The comparison with every claim the filters keep, aspect by aspect in publication order, read
 * whole a batch at a time (what the CSV streams), and the relations whose both ends they keep;
 * null for an unknown event. The basis is read once for both. Propositions are joined within
 * each aspect.
 */
export async function comparisonExport(db: PrismaClient, eventId: string, lng: Lng, filters: ComparisonFilters) {
  const event = await eventRows(db, eventId);
  if (!event) return null;
  const basis = await comparisonBasis(db, eventId, filters);
  const comparison = await compareEvent(db, event, lng, filters, basis);
  const { relations, disputesOf } = basis;
  async function* batches() {
    for (const aspect of comparison.aspects) {
      const ids = await firstClaims(db, eventId, filters, null, Number.MAX_SAFE_INTEGER, { aspectId: aspect.id });
      const clusterOf = clusters(ids, relations);
      for (let from = 0; from < ids.length; from += CSV_BATCH)
        yield await claimDetails(db, ids.slice(from, from + CSV_BATCH), lng, disputesOf, clusterOf);
    }
  }
  return { comparison, relations, batches: batches() };
}

export type Comparison = NonNullable<Awaited<ReturnType<typeof getComparison>>>;
export type ComparisonAspect = Comparison["aspects"][number];
