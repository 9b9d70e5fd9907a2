import { beforeAll, describe, expect, it } from "vitest";
import { findDisputes } from "@/lib/comparison/disagreements";
import { parseFilters } from "@/lib/comparison/filters";
import { contentHash } from "@/lib/text/hash";
import { withTempDatabase } from "@/test/temp-database";
import { getComparison, VIEW_CLAIMS } from "./load";

const { prisma } = withTempDatabase("comparison");

// An event of twelve outlets in three languages: outlet n writes n + 1 articles, each with one figure
// claim on the troops (n × 100 troops, so that outlets 0 and 1 stand far from the rest) and one denial.
const SENTENCES = {
  en: (n: number) => `Officials counted ${n} Russian troops. The ministry denied it.`,
  uk: (n: number) => `Посадовці нарахували ${n} російських військових. Міністерство це заперечило.`,
  ru: (n: number) => `Чиновники насчитали ${n} российских военных. Министерство это опровергло.`,
};
const LANGS = ["en", "uk", "ru"] as const;
let eventId: string;
let troops: string;
let denials: string;

beforeAll(async () => {
  const event = await prisma.event.create({
    data: { slug: "scale", translations: { create: { lang: "en", title: "Scale" } } },
  });
  eventId = event.id;
  const aspect = (slug: string, position: number) =>
    prisma.aspect.create({
      data: {
        eventId,
        slug,
        kind: "numeric",
        position,
        translations: { create: { lang: "en", question: `${slug}?` } },
      },
    });
  [troops, denials] = await Promise.all([aspect("troops", 0), aspect("denials", 1)]).then((a) => a.map((x) => x.id));
  for (let n = 0; n < 12; n++) {
    const lang = LANGS[n % 3]!;
    const outlet = await prisma.outlet.create({
      data: { slug: `outlet-${n}`, name: `Outlet ${String(n).padStart(2, "0")}`, lang },
    });
    for (let k = 0; k <= n; k++) {
      const value = Math.max(1, n) * 100 + k;
      const text = SENTENCES[lang](value);
      const article = await prisma.article.create({
        data: {
          outletId: outlet.id,
          title: `${outlet.name} ${k}`,
          lang,
          text,
          contentHash: contentHash(text),
          publishedAt: new Date(Date.UTC(2019, 0, 1 + n + k)),
          events: { create: { eventId } },
        },
      });
      const figure = text.slice(0, text.indexOf(".") + 1);
      const denial = text.slice(figure.length + 1);
      await prisma.claim.createMany({
        data: [
          {
            articleId: article.id,
            eventId,
            aspectId: troops,
            quote: figure,
            start: 0,
            end: figure.length,
            prefix: "",
            suffix: "",
            kind: "figure",
            stance: "asserts",
            status: "confirmed",
            low: value,
            high: value,
            unit: "personnel",
          },
          {
            articleId: article.id,
            eventId,
            aspectId: denials,
            quote: denial,
            start: figure.length + 1,
            end: text.length,
            prefix: "",
            suffix: "",
            kind: "statement",
            stance: "denies",
            status: "confirmed",
          },
        ],
      });
    }
  }
}, 60_000);

const filters = (query: string) => parseFilters(new URLSearchParams(query));
type Shown = NonNullable<Awaited<ReturnType<typeof getComparison>>>;
/** A comparison's sources (earliest first) that pass a test and those that do not, by name. */
function outletsBy(c: Shown, test: (id: string) => boolean) {
  const sorted = [...c.sources].sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
  return {
    yes: sorted.filter((s) => test(s.id)).map((s) => s.name),
    no: sorted.filter((s) => !test(s.id)).map((s) => s.name),
  };
}

describe("the comparison, counted in the database and paged", () => {
  it("keeps one narrow row per live claim of the event through every write (triggers)", async () => {
    const rows = () => prisma.comparisonRow.count({ where: { eventId } });
    expect(await rows()).toBe(156); // 78 articles, two claims each
    const claim = await prisma.claim.findFirstOrThrow({ where: { eventId, aspectId: denials } });
    await prisma.claim.update({ where: { id: claim.id }, data: { stance: "disputes" } });
    expect(await prisma.comparisonRow.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({
      stance: "disputes",
    });
    await prisma.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect(await rows()).toBe(155);
    await prisma.claim.update({ where: { id: claim.id }, data: { deletedAt: null, stance: "denies" } });
    expect(await rows()).toBe(156);
    // an article that loses its outlet becomes a source of its own, and gets it back
    const outlet = await prisma.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    await prisma.article.update({ where: { id: claim.articleId }, data: { outletId: null } });
    expect(await prisma.comparisonRow.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({
      sourceId: `article-${claim.articleId}`,
    });
    await prisma.article.update({ where: { id: claim.articleId }, data: { outletId: outlet.outletId } });
    expect((await prisma.comparisonRow.findUniqueOrThrow({ where: { claimId: claim.id } })).sourceId).toBe(
      outlet.outletId,
    );
  });

  it("names every source that speaks to an aspect in its row, each cell its first claims with how many it has", async () => {
    const first = (await getComparison(prisma, eventId, "en", filters("")))!;
    const name = (id: string) => first.sources.find((s) => s.id === id)!.name;
    const outlets = Array.from({ length: 12 }, (_, n) => `Outlet ${String(n).padStart(2, "0")}`);
    expect([first.chosen, first.sources.map((s) => s.name)]).toEqual([12, outlets]);
    const [onTroops, onDenials] = first.aspects.map((a) => a.row);
    expect([onTroops!.total, onTroops!.sources.length, onTroops!.silent.total]).toEqual([12, 12, 0]);
    // no denial is disputed or a figure: earliest coverage first
    expect(onDenials!.sources.map(name)).toEqual(outlets);
    const eleven = first.sources.find((s) => s.name === "Outlet 04")!;
    const cell = first.aspects[0]!.cells[eleven.id]!;
    // twelve sources in a row show three claims of each
    expect([onTroops!.perCell, cell.claims.length, cell.total, cell.hidden]).toEqual([3, 3, 5, 0]);
    // in publication order
    const quotes = cell.claims.map((id) => first.claims.find((c) => c.id === id)!.quote);
    expect(quotes).toEqual([400, 401, 402].map((n) => SENTENCES.uk(n).split(".")[0] + "."));
  });

  it("opens one cell whole, and orders a row by most informative, most claims or most disputed", async () => {
    const all = (await getComparison(prisma, eventId, "en", filters("")))!;
    const eleven = all.sources.find((s) => s.name === "Outlet 11")!;
    const open = (await getComparison(prisma, eventId, "en", filters(`cell=${troops}:${eleven.id}`)))!;
    expect(open.aspects[0]!.cells[eleven.id]!.claims).toHaveLength(12);
    expect(open.aspects[1]!.cells[eleven.id]!.claims).toHaveLength(3);

    const names = (c: typeof all, aspect = 0) =>
      c.aspects[aspect]!.row.sources.map((id) => c.sources.find((s) => s.id === id)!.name);
    const most = (await getComparison(prisma, eventId, "en", filters("sort=claims")))!;
    expect(names(most).slice(0, 3)).toEqual(["Outlet 11", "Outlet 10", "Outlet 09"]);
    // most disputed first: as many as the pairwise finder flags of each source's figures at factor 5
    const divergent = (await getComparison(prisma, eventId, "en", filters("sort=divergent&factor=5")))!;
    const figures = (await prisma.comparisonRow.findMany({ where: { eventId, low: { not: null } } })).map((r) => ({
      id: r.claimId,
      aspectId: r.aspectId,
      sourceId: r.sourceId,
      quantity: { low: r.low!, high: r.high!, unit: r.unit },
    }));
    const flagged = findDisputes(figures, [], 5);
    const disputedOf = (sourceId: string) => figures.filter((f) => f.sourceId === sourceId && flagged.has(f.id)).length;
    expect(divergent.sources.map((s) => s.disputed)).toEqual(divergent.sources.map((s) => disputedOf(s.id)));
    // 1,100 against 100: outlet 11 has the most figures flagged, then outlet 10, each all of its own
    const counts = divergent.aspects[0]!.row.sources.map(disputedOf);
    expect([names(divergent).slice(0, 2), counts.slice(0, 2)]).toEqual([
      ["Outlet 11", "Outlet 10"],
      [12, 11],
    ]);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // most informative: the disputed first, earliest first, then the rest earliest first
    const informative = (await getComparison(prisma, eventId, "en", filters("factor=5")))!;
    const disputed = outletsBy(informative, (id) => disputedOf(id) > 0);
    expect(names(informative)).toEqual([...disputed.yes, ...disputed.no]);
    expect(disputed.yes.length).toBeGreaterThan(0);
    expect(disputed.no.length).toBeGreaterThan(0);
  });

  it("counts, ranges and disputes exactly as the whole comparison would, under filters too", async () => {
    for (const query of ["", "language=uk", "stance=asserts&factor=3", "source=article-none"]) {
      const comparison = (await getComparison(prisma, eventId, "en", filters(query)))!;
      const f = comparison.filters;
      const claims = await prisma.claim.findMany({
        where: { eventId, deletedAt: null, status: "confirmed" },
        include: { article: true },
      });
      const kept = claims.filter(
        (c) =>
          (!f.languages.length || f.languages.includes(c.article.lang)) &&
          (!f.stances.length || f.stances.includes(c.stance)) &&
          (!f.sources.length || f.sources.includes(c.article.outletId ?? `article-${c.articleId}`)),
      );
      expect(comparison.hiddenByFilters).toBe(claims.length - kept.length);
      const all = kept.map((c) => ({
        id: c.id,
        aspectId: c.aspectId!,
        sourceId: c.article.outletId!,
        quantity: c.low === null ? null : { low: c.low, high: c.high!, unit: c.unit },
      }));
      const disputes = findDisputes(all, [], f.factor);
      const troopsOf = (list: typeof all) => list.filter((c) => c.aspectId === troops);
      expect(comparison.aspects[0]!.summary.disputed).toBe(troopsOf(all).filter((c) => disputes.has(c.id)).length);
      expect(comparison.aspects[0]!.summary.sources).toBe(new Set(troopsOf(all).map((c) => c.sourceId)).size);
      expect(comparison.aspects[1]!.summary.denials).toBe(
        all.filter((c) => c.aspectId === denials && kept.find((k) => k.id === c.id)!.stance === "denies").length,
      );
      for (const shown of comparison.claims) expect(shown.disputes).toEqual(disputes.get(shown.id) ?? []);
    }
  });

  it("reads the claims view and the timeline across every source, with what says the same", async () => {
    const timeline = (await getComparison(prisma, eventId, "en", filters("view=timeline")))!;
    const onTroops = timeline.claims.filter((c) => c.aspectId === troops);
    expect([onTroops.length, timeline.aspects[0]!.total]).toEqual([VIEW_CLAIMS, 78]);
    expect(new Set(onTroops.map((c) => c.sourceId)).size).toBe(12);
    // a translation of the first claim, published last, joins it in the claims view
    const last = await prisma.comparisonRow.findFirstOrThrow({
      where: { eventId, aspectId: troops },
      orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
    });
    expect(onTroops.some((c) => c.id === last.claimId)).toBe(false);
    await prisma.claimRelation.create({
      data: { eventId, fromId: last.claimId, toId: onTroops[0]!.id, kind: "translates", status: "confirmed" },
    });
    const claims = (await getComparison(prisma, eventId, "en", filters("view=claims")))!;
    const joined = claims.claims.find((c) => c.id === last.claimId)!;
    expect(joined.clusterId).toBe(onTroops[0]!.id);
  });
});
