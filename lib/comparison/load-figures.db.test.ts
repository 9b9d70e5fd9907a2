import { beforeAll, describe, expect, it } from "vitest";
import { figureRanges, findDisputes, type DisputeInput, type RelationLink } from "@/lib/comparison/disagreements";
import { parseFilters } from "@/lib/comparison/filters";
import { contentHash } from "@/lib/text/hash";
import { withTempDatabase } from "@/test/temp-database";
import { comparisonExport } from "./load";

const { prisma } = withTempDatabase("comparison-figures");

// Generated events whose figures the database ranks (extremes, ranges, disputed counts per cell)
// and whose every claim's dispute must be what the linear finder, proved against the pairwise
// one, gives on the same claims: ties, zeros, ranges, units, one source or many, contradictions.
const EVENTS = 24;
const TEXT = "Посадовці нарахували сто військових. Officials counted 100 troops. Чиновники насчитали сто военных.";

let seed = 20190402;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

interface Generated {
  eventId: string;
  aspects: string[];
  claims: DisputeInput[];
  relations: RelationLink[];
}
const events: Generated[] = [];
type Range = { low: number; high: number };

beforeAll(async () => {
  const outlets = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      prisma.outlet.create({ data: { slug: `s${i}`, name: `Source ${i}`, lang: pick(["en", "uk", "ru"]) } }),
    ),
  );
  for (let e = 0; e < EVENTS; e++) {
    const event = await prisma.event.create({
      data: { slug: `event-${e}`, translations: { create: { lang: "en", title: `Event ${e}` } } },
    });
    const aspects = await Promise.all(
      ["a", "b"].map((slug, position) =>
        prisma.aspect.create({
          data: {
            eventId: event.id,
            slug,
            kind: "numeric",
            position,
            translations: { create: { lang: "en", question: `${slug}?` } },
          },
        }),
      ),
    );
    const sources = outlets.slice(0, 1 + Math.floor(next() * outlets.length));
    const articles = await Promise.all(
      sources.map((outlet, i) =>
        prisma.article.create({
          data: {
            outletId: outlet.id,
            title: `${outlet.name}, event ${e}`,
            lang: outlet.lang!,
            text: `${TEXT} ${e}-${i}`,
            contentHash: contentHash(`${TEXT} ${e}-${i}`),
            publishedAt: new Date(Date.UTC(2019, 0, 1 + i)),
            events: { create: { eventId: event.id } },
          },
        }),
      ),
    );
    const count = 2 + Math.floor(next() * 30);
    await prisma.claim.createMany({
      data: Array.from({ length: count }, (_, i) => {
        // few distinct values, so that ties are common; now and then a zero, a range or no figure
        const low = pick([0, 1, 10, 24, 60, 100, 100, 1000, 20000]);
        const high = next() < 0.3 ? low * pick([1, 2, 2.5]) : low;
        const figure = next() < 0.85;
        return {
          articleId: pick(articles).id,
          eventId: event.id,
          aspectId: pick(aspects).id,
          quote: TEXT.slice(i, i + 10),
          start: i,
          end: i + 10,
          prefix: "",
          suffix: "",
          kind: figure ? ("figure" as const) : ("statement" as const),
          stance: "asserts" as const,
          status: "confirmed" as const,
          ...(figure ? { low, high, unit: pick(["personnel", "personnel", "USD", null]) } : {}),
        };
      }),
    });
    const rows = await prisma.comparisonRow.findMany({ where: { eventId: event.id }, orderBy: { claimId: "asc" } });
    const claims = rows.map((r) => ({
      id: r.claimId,
      aspectId: r.aspectId,
      sourceId: r.sourceId,
      quantity: r.low === null ? null : { low: r.low, high: r.high!, unit: r.unit },
    }));
    const relations: RelationLink[] = [];
    for (const [from, to] of [
      [1, 0],
      [0, 2],
    ] as const)
      if (claims[from] && claims[to]) {
        await prisma.claimRelation.create({
          data: {
            eventId: event.id,
            fromId: claims[from].id,
            toId: claims[to].id,
            kind: "contradicts",
            status: "confirmed",
          },
        });
        relations.push({ kind: "contradicts", from: claims[from].id, to: claims[to].id });
      }
    events.push({ eventId: event.id, aspects: aspects.map((a) => a.id), claims, relations });
  }
}, 60_000);

describe("the comparison's figures, found by the database", () => {
  it("give every claim the dispute the linear finder gives, and count them per source and aspect", async () => {
    let disputed = 0;
    for (const { eventId, aspects, claims, relations } of events)
      for (const factor of [1.1, 2, 10]) {
        const query = new URLSearchParams({ factor: String(factor), sort: "divergent" });
        const expected = findDisputes(claims, relations, factor);
        disputed += expected.size;
        const exported = (await comparisonExport(prisma, eventId, "en", parseFilters(query)))!;
        const seen: string[] = [];
        for await (const batch of exported.batches)
          for (const claim of batch.claims) {
            seen.push(claim.id);
            expect([claim.id, claim.disputes]).toEqual([claim.id, expected.get(claim.id) ?? []]);
          }
        expect(seen.sort()).toEqual(claims.map((c) => c.id));

        const { comparison } = exported;
        const flagged = (keep: (c: DisputeInput) => boolean) =>
          claims.filter((c) => keep(c) && expected.has(c.id)).length;
        expect(comparison.aspects.map((a) => a.summary.disputed)).toEqual(
          aspects.map((id) => flagged((c) => c.aspectId === id)),
        );
        // every source with a claim is in some aspect's row, with how many of its claims are disputed
        const { sources } = comparison;
        expect(sources.map((s) => s.id).sort()).toEqual([...new Set(claims.map((c) => c.sourceId))].sort());
        expect(sources.map((s) => [s.id, s.disputed])).toEqual(
          sources.map((s) => [s.id, flagged((c) => c.sourceId === s.id)]),
        );
        // each row, most disputed first, follows its cells' counts
        comparison.aspects.forEach((aspect, i) => {
          const counts = aspect.row.sources.map((id) => flagged((c) => c.aspectId === aspects[i] && c.sourceId === id));
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        });

        // each aspect's range per unit: its ends (the first by id of equal figures) and how far apart
        comparison.aspects.forEach((aspect, i) => {
          const figures = claims.filter((c) => c.aspectId === aspects[i] && c.quantity);
          const ends = (r: { unit: string | null; low: Range; high: Range; factor: number }) => [
            r.unit,
            [r.low.low, r.low.high],
            [r.high.low, r.high.high],
            r.factor,
          ];
          expect(aspect.summary.figures.map(ends)).toEqual(figureRanges(figures.map((c) => c.quantity!)).map(ends));
        });
      }
    // the generated events do dispute: the comparison above is not of empty maps
    expect(disputed).toBeGreaterThan(100);
    // 72 comparisons of about fifty queries each: a server a round trip away takes seconds
  }, 60_000);
});
