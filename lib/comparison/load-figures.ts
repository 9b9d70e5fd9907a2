import "server-only";
import { append } from "@/lib/collections";
import {
  extremesOf,
  figureGroup,
  figureRanges,
  type Figure,
  type FigureExtremes,
} from "@/lib/comparison/disagreements";
import type { ComparisonFilters } from "@/lib/comparison/filters";
import type { PrismaClient } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { kept, scope } from "./load-rows";
import { cellKey, type EventFigures, type FigureRangeRow } from "./model";

// The figures of an event's comparison, found by the database without reading every figure. Per
// aspect, unit and source it gives the lowest top, the highest bottom and the first figure (one
// grouped pass), and counts the positive figures another source's stands far from; JavaScript
// then reads the few figures those name (and every zero), which hold every extreme that decides a
// claim's dispute (extremesOf) and the ends of each range (figureRanges).

/**
 * The event's figures the filters keep (ComparisonRow r), but for those a later figure updates: a
 * change over time ("from about 1,000 to a few dozen") is history, never a disagreement.
 */
function keptFigures(eventId: string, filters: ComparisonFilters) {
  return Prisma.sql`${scope(eventId, filters)} AND r."low" IS NOT NULL AND r."high" IS NOT NULL AND ${kept(filters)}
    AND NOT EXISTS (SELECT 1 FROM "ClaimRelation" u
                     WHERE u."toId" = r."claimId" AND u."kind" = 'updates' AND u."status" = 'confirmed')`;
}

/** A source's positive figures of an aspect and unit (lowest top, highest bottom, first id), or one zero figure. */
interface Summary {
  role: "source" | "zero";
  aspectId: string;
  /** the unit, '' for none */
  u: string;
  sourceId: string;
  /** the lowest top; a zero's top */
  top: number;
  /** the highest bottom; a zero's bottom */
  bottom: number;
  /** the first figure's id; a zero's id */
  id: string;
}

/** An aspect and unit's figures, summed up per source and ranked once for both passes that read them. */
interface Group {
  aspectId: string;
  u: string;
  /** its sources, lowest top first */
  byTop: Summary[];
  /** its sources, highest bottom first */
  byBottom: Summary[];
  zeros: Summary[];
}

/**
 * The event's figures as the comparison reads them: per aspect and unit the figures that decide
 * every dispute and the range's ends (ties to the claim first by id, as findDisputes and
 * figureRanges break them when given claims by id), and per cell the disputed count.
 */
export async function eventFigures(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
): Promise<EventFigures> {
  const rows = await db.$queryRaw<Summary[]>`
    SELECT 'source' AS "role", r."aspectId" AS "aspectId", COALESCE(r."unit", '') AS "u", r."sourceId" AS "sourceId",
           MIN(r."high") AS "top", MAX(r."low") AS "bottom", MIN(r."claimId") AS "id"
      FROM "ComparisonRow" r WHERE ${keptFigures(eventId, filters)} AND r."low" > 0
     GROUP BY r."aspectId", r."unit", r."sourceId"
    UNION ALL
    SELECT 'zero', r."aspectId", COALESCE(r."unit", ''), r."sourceId", r."high", r."low", r."claimId"
      FROM "ComparisonRow" r WHERE ${keptFigures(eventId, filters)} AND r."low" <= 0`;
  const groups = groupsOf(rows);
  const [disputed, named] = await Promise.all([
    disputedCells(db, eventId, filters, groups),
    namedFigures(db, eventId, filters, groups),
  ]);
  // the cells that carry a figure, the informative ones an aspect's row shows first
  const carrying = new Set(rows.map((r) => cellKey(r.aspectId, r.sourceId)));
  return { ...decidingFigures(named), disputed, carrying };
}

/** The summaries per aspect and unit, their sources ranked both ways. */
function groupsOf(rows: Summary[]): Group[] {
  const grouped = new Map<string, { aspectId: string; u: string; sources: Summary[]; zeros: Summary[] }>();
  for (const row of rows) {
    const key = `${row.aspectId}\u0000${row.u}`;
    const group = grouped.get(key) ?? { aspectId: row.aspectId, u: row.u, sources: [], zeros: [] };
    (row.role === "zero" ? group.zeros : group.sources).push(row);
    grouped.set(key, group);
  }
  return [...grouped.values()].map(({ sources, ...group }) => ({
    ...group,
    byTop: [...sources].sort((a, b) => a.top - b.top),
    byBottom: [...sources].sort((a, b) => b.bottom - a.bottom),
  }));
}

/** Of the named figures of each aspect and unit, the extremes that decide every dispute, and each aspect's ranges. */
function decidingFigures(named: Figure[][]) {
  const extremes = new Map<string, FigureExtremes>();
  const ranges: { aspectId: string; first: string; range: FigureRangeRow }[] = [];
  for (const list of named) {
    // in the order given: by id, as the database breaks ties
    list.sort((a, b) => (a.id < b.id ? -1 : 1));
    extremes.set(figureGroup(list[0]!), extremesOf(list));
    for (const { low, high, unit, factor } of figureRanges(list.map((f) => ({ ...f.quantity, figure: f }))))
      ranges.push({
        aspectId: list[0]!.aspectId,
        first: list[0]!.id,
        range: { unit, low: low.figure, high: high.figure, factor },
      });
  }
  // each aspect's units in the order of their first figure
  ranges.sort((a, b) => (a.first < b.first ? -1 : 1));
  const rangesOf = new Map<string, FigureRangeRow[]>();
  for (const { aspectId, range } of ranges) append(rangesOf, aspectId, range);
  return { extremes, ranges: rangesOf };
}

/** A figure sent as a parameter, typed as one: PostgreSQL reads an untyped value in VALUES as text. */
const real = (value: number | null | undefined) => Prisma.sql`CAST(${value ?? null} AS DOUBLE PRECISION)`;

/** The first two values of a sorted list, distinct. */
const firstTwo = (values: number[]) => [...new Set(values)].slice(0, 2);

/**
 * Per aspect and unit, the figures that hold its extremes: those at the two lowest tops and the
 * two highest bottoms of its sources (every figure tied there, so that the first by id can be
 * chosen), the first figures of its two earliest sources, and every zero.
 */
async function namedFigures(
  db: PrismaClient,
  eventId: string,
  filters: ComparisonFilters,
  groups: Group[],
): Promise<Figure[][]> {
  const { atTop, atBottom, firsts } = extremeKeys(groups);
  const rows = firsts.length
    ? await db.$queryRaw<
        { id: string; aspectId: string; sourceId: string; low: number; high: number; unit: string | null }[]
      >`
        SELECT r."claimId" AS "id", r."aspectId" AS "aspectId", r."sourceId" AS "sourceId", r."low" AS "low",
               r."high" AS "high", r."unit" AS "unit"
          FROM "ComparisonRow" r
         WHERE ${scope(eventId, filters)} AND ${kept(filters)} AND r."low" > 0 AND (
               (r."aspectId", COALESCE(r."unit", ''), r."sourceId", r."high") IN (VALUES ${Prisma.join(atTop)})
            OR (r."aspectId", COALESCE(r."unit", ''), r."sourceId", r."low") IN (VALUES ${Prisma.join(atBottom)})
            OR r."claimId" IN (${Prisma.join(firsts)}))`
    : [];
  const named = new Map<string, Figure[]>();
  const add = (f: Figure) => append(named, figureGroup(f), f);
  for (const { low, high, unit, ...r } of rows) add({ ...r, quantity: { low, high, unit } });
  for (const { zeros } of groups)
    for (const z of zeros)
      add({
        id: z.id,
        aspectId: z.aspectId,
        sourceId: z.sourceId,
        quantity: { low: z.bottom, high: z.top, unit: z.u || null },
      });
  return [...named.values()];
}

/**
 * What names the figures at each aspect and unit's extremes: its sources at the two lowest tops
 * and at the two highest bottoms, and the first figures of its two earliest sources.
 */
function extremeKeys(groups: Group[]) {
  const atTop: Prisma.Sql[] = [];
  const atBottom: Prisma.Sql[] = [];
  const firsts: string[] = [];
  for (const { byTop, byBottom } of groups) {
    const tops = firstTwo(byTop.map((s) => s.top));
    const bottoms = firstTwo(byBottom.map((s) => s.bottom));
    for (const s of byTop) {
      if (tops.includes(s.top)) atTop.push(Prisma.sql`(${s.aspectId}, ${s.u}, ${s.sourceId}, ${real(s.top)})`);
      if (bottoms.includes(s.bottom))
        atBottom.push(Prisma.sql`(${s.aspectId}, ${s.u}, ${s.sourceId}, ${real(s.bottom)})`);
    }
    firsts.push(
      ...byTop
        .map((s) => s.id)
        .sort()
        .slice(0, 2),
    );
  }
  return { atTop, atBottom, firsts };
}

/**
 * Per aspect and source, how many positive figures stand more than `factor` times apart from
 * another source's: below the lowest top of the other sources, above their highest bottom, or
 * beside a zero of theirs. figureDispute's rule, counted by the database without naming who
 * disputes; each aspect and unit's extremes are sent along, read one aspect at a time.
 */
async function disputedCells(db: PrismaClient, eventId: string, filters: ComparisonFilters, groups: Group[]) {
  const extremes = groups.map(({ aspectId, u, byTop, byBottom, zeros }) => {
    const zeroSources = [...new Set(zeros.map((z) => z.sourceId))];
    return Prisma.sql`(${aspectId}, ${u}, ${byTop[0]?.sourceId ?? null}, ${real(byTop[0]?.top)},
      ${real(byTop[1]?.top)}, ${byBottom[0]?.sourceId ?? null}, ${real(byBottom[0]?.bottom)},
      ${real(byBottom[1]?.bottom)}, CAST(${zeroSources.length} AS INTEGER), ${zeroSources[0] ?? null})`;
  });
  if (extremes.length === 0) return [];
  // the columns of g: aspect, unit, lowest top's source, lowest top, second lowest top of another
  // source, highest bottom's source, highest bottom, second highest bottom, zero sources, a zero's source
  const rows = await db.$queryRaw<{ aspectId: string; sourceId: string; count: unknown }[]>`
    SELECT r."aspectId" AS "aspectId", r."sourceId" AS "sourceId", COUNT(*) AS "count"
      FROM (VALUES ${Prisma.join(extremes)}) g
      ${dialectOf(db).lookupJoin} "ComparisonRow" r
        ON r."aspectId" = g."column1" AND (r."unit" = g."column2" OR (r."unit" IS NULL AND g."column2" = ''))
     WHERE ${keptFigures(eventId, filters)} AND r."low" > 0 AND (
           r."low" / (CASE WHEN r."sourceId" = g."column3" THEN g."column5" ELSE g."column4" END) > ${filters.factor}
        OR (CASE WHEN r."sourceId" = g."column6" THEN g."column8" ELSE g."column7" END) / r."high" > ${filters.factor}
        OR g."column9" > 1 OR g."column10" <> r."sourceId")
     GROUP BY r."aspectId", r."sourceId"`;
  return rows.map((r) => ({ aspectId: r.aspectId, sourceId: r.sourceId, count: Number(r.count) }));
}
