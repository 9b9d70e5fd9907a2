import "server-only";
import type { Lng } from "@/i18n/settings";
import { clusters } from "@/lib/comparison/disagreements";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { PrismaClient } from "@/lib/db/client";
import { stamped } from "@/lib/db/stamped";
import { aspectText, eventHeading, eventRows, type EventRows } from "@/lib/events/load";
import { confirmedRelations } from "@/lib/relations/store";
import {
  assembleComparison,
  claimsToRead,
  comparisonBasis,
  OPEN_CELL_CLAIMS,
  orderClaims,
  sourceRows,
  summaryClaims,
  VIEW_CLAIMS,
} from "./assemble";
import { countedReader } from "./counted";
import { exportContext, type ExportBatch } from "./load-export";
import { eventFigures } from "./load-figures";
import { cellCounts, eventSources, eventStances, firstClaims, keptClaims, quantities, shownClaims } from "./load-rows";
import type { ComparisonBasis, ShownClaim, SourceRows } from "./model";

export {
  CELL_CLAIMS,
  OPEN_CELL_CLAIMS,
  OPEN_ROW_SOURCES,
  ROW_SOURCES,
  VIEW_CLAIMS,
  type Comparison,
  type ComparisonAspect,
} from "./assemble";
export type { Source, SourceColumn } from "./model";

/**
 * An event laid out for comparison (null for an unknown event): each aspect with the row of the
 * sources that speak to it, for the event page and the API alike. The database counts every cell and
 * finds the figures' extremes, ranges and disputed counts; only the first claims of each cell on
 * the page are read whole. Filters narrow the claims; the options to filter by always come from
 * the whole event.
 */
export async function getComparison(db: PrismaClient, eventId: string, lng: Lng, filters: ComparisonFilters) {
  const event = await eventRows(db, eventId);
  return event && compare(db, event, lng, filters, await readBasis(db, eventId, filters));
}

/**
 * What every view of an event's comparison starts from, whatever page it shows: the sources,
 * the counts per cell, the figures' extremes and ranges, the relations and those of their ends
 * the filters keep. Kept until the next write (stamped): the aggregates cost most of a request.
 */
function readBasis(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<ComparisonBasis> {
  const { sources, languages, stances, includeSuggested, factor } = filters;
  const key = JSON.stringify(["comparison basis", eventId, sources, languages, stances, includeSuggested, factor]);
  return stamped(db, key, () => aggregates(db, eventId, filters));
}

async function aggregates(db: PrismaClient, eventId: string, filters: ComparisonFilters): Promise<ComparisonBasis> {
  const [sources, counts, stances, figures, relations] = await Promise.all([
    eventSources(db, eventId),
    cellCounts(db, eventId, filters),
    eventStances(db, eventId, filters),
    eventFigures(db, eventId, filters),
    confirmedRelations(db, eventId),
  ]);
  const ends = await keptClaims(db, eventId, filters, [...new Set(relations.flatMap((r) => [r.fromId, r.toId]))]);
  return comparisonBasis({ sources, counts, stances, figures, relations, ends }, filters.factor);
}

/** A claim with what its figure counts in the reader's words (countedReader of its aspect), when its figure names it. */
function withCounted(c: ShownClaim, readers: Map<string, ReturnType<typeof countedReader>>): ShownClaim {
  const counted = c.quantity?.counted;
  const read = readers.get(c.aspectId);
  return counted && read ? { ...c, counted: read(counted, c.quoteLang) } : c;
}

/** Reads the claims one page shows and what its summaries name, and hands them to the assembly. */
async function compare(
  db: PrismaClient,
  event: EventRows,
  lng: Lng,
  filters: ComparisonFilters,
  basis: ComparisonBasis,
) {
  const layout = sourceRows(
    basis,
    filters,
    event.aspects.map((a) => a.id),
  );
  const ids = await claimIds(db, event.id, filters, layout, basis);
  const claims = orderClaims(await shownClaims(db, ids, lng, basis.disputesOf), layout.chosen, basis.relations);
  const named = summaryClaims(
    event.aspects.map((a) => a.id),
    basis,
  );
  // a later figure shows the one it updates: "≈ 1,000 → a few dozen"
  const changes = new Map(
    basis.relations.filter((r) => r.kind === "updates" && ids.includes(r.from)).map((r) => [r.from, r.to]),
  );
  const figures = await quantities(db, [...named.figures, ...changes.values()]);
  const speakers = await shownClaims(db, named.speakers, lng, basis.disputesOf);
  const { title, titleLang } = eventHeading(event, lng);
  const readers = new Map(event.aspects.map((a) => [a.id, countedReader(lng, a.translations)]));
  return assembleComparison({
    event: { id: event.id, slug: event.slug, title, titleLang },
    aspects: event.aspects.map((a) => aspectText(a, lng)),
    filters,
    basis,
    layout,
    ids,
    claims: claims.map((c) => {
      const earlier = figures.get(changes.get(c.id) ?? "");
      return withCounted(earlier && c.quantity ? { ...c, earlier } : c, readers);
    }),
    quantities: figures,
    speakers,
  });
}

/**
 * The claims a page reads whole: the matrix the first claims of each cell of each aspect's row
 * (a query per aspect); the claims view and the timeline the first claims of each aspect across
 * every source.
 */
async function claimIds(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
  { rows, open }: SourceRows,
  basis: ComparisonBasis,
) {
  const first =
    filters.view === "matrix"
      ? (
          await Promise.all(
            [...rows].map(([aspectId, row]) =>
              firstClaims(db, eventId, filters, row.sources, row.perCell, { aspectId }),
            ),
          )
        ).flat()
      : await firstClaims(db, eventId, filters, null, VIEW_CLAIMS, { per: "aspect" });
  const opened = open
    ? await firstClaims(db, eventId, filters, [open.sourceId], OPEN_CELL_CLAIMS, { aspectId: open.aspectId })
    : [];
  return claimsToRead(first, opened, basis.relations, filters.view);
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
  const basis = await readBasis(db, eventId, filters);
  const comparison = await compare(db, event, lng, filters, basis);
  const { relations, disputesOf } = basis;
  async function* batches() {
    for (const aspect of comparison.aspects) {
      const ids = await firstClaims(db, eventId, filters, null, Number.MAX_SAFE_INTEGER, { aspectId: aspect.id });
      const clusterOf = clusters(ids, relations);
      for (let from = 0; from < ids.length; from += CSV_BATCH) {
        const claims = await shownClaims(db, ids.slice(from, from + CSV_BATCH), lng, disputesOf, clusterOf);
        const batch: ExportBatch = { claims, ...(await exportContext(db, claims, relations, lng, disputesOf)) };
        yield batch;
      }
    }
  }
  return { comparison, relations, batches: batches() };
}

export type ComparisonExport = NonNullable<Awaited<ReturnType<typeof comparisonExport>>>;
