import type { Lng } from "@/i18n/settings";
import { entityName, localize } from "@/lib/domain/localize";

/** How many values of a long facet (outlets, events, speakers) are shown: the most frequent. */
export const FACET_SIZE = 10;

/** A value of a facet and how many matches have it, as the database counts it. */
export interface FacetRow {
  value: string;
  n: bigint | number;
}

/** How many matches share one combination of type, language, outlet, claim kind and speaker. */
export interface FacetGroup {
  kind: string;
  lang: string;
  outlet: string | null;
  claimKind: string | null;
  speaker: string | null;
  n: bigint | number;
}

export interface FacetCounts {
  total: number;
  byType: FacetRow[];
  byLanguage: FacetRow[];
  byOutlet: FacetRow[];
  byEvent: FacetRow[];
  byKind: FacetRow[];
  bySpeaker: FacetRow[];
}

/** The names the facets show for outlets, events and speakers, read for the values counted. */
export interface FacetNames {
  outlets: { id: string; name: string }[];
  events: { id: string; slug: string; translations: { lang: string; title: string }[] }[];
  speakers: { id: string; slug: string; names: { lang: string; name: string; isPrimary: boolean }[] }[];
}

/** One facet's counts from the groups, most first (ties by value), at most `limit` of them. */
export function tally(groups: FacetGroup[], key: keyof Omit<FacetGroup, "n">, limit = Infinity): FacetRow[] {
  const counts = new Map<string, number>();
  for (const g of groups) if (g[key] !== null) counts.set(g[key]!, (counts.get(g[key]!) ?? 0) + Number(g.n));
  return [...counts]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([value, n]) => ({ value, n }));
}

/** Every facet's counts from the groups (and the events', counted apart), and how many matches in all. */
export const countFacets = (groups: FacetGroup[], byEvent: FacetRow[]): FacetCounts => ({
  total: groups.reduce((sum, g) => sum + Number(g.n), 0),
  byType: tally(groups, "kind"),
  byLanguage: tally(groups, "lang"),
  byOutlet: tally(groups, "outlet", FACET_SIZE),
  byEvent,
  byKind: tally(groups, "claimKind"),
  bySpeaker: tally(groups, "speaker", FACET_SIZE),
});

/** A facet's counts with their labels; a value with no label (its row is gone) is left out. */
const labelled = (rows: FacetRow[], label: (value: string) => string | null = (v) => v) =>
  rows.flatMap((r) => {
    const name = label(r.value);
    return name === null ? [] : [{ value: r.value, label: name, count: Number(r.n) }];
  });

/** The facets a search page shows: each value with its label in `lng` and its count. */
export function labelFacets(counts: FacetCounts, { outlets, events, speakers }: FacetNames, lng: Lng) {
  return {
    type: labelled(counts.byType),
    language: labelled(counts.byLanguage),
    outlet: labelled(counts.byOutlet, (v) => outlets.find((o) => o.id === v)?.name ?? null),
    event: labelled(counts.byEvent, (v) => {
      const e = events.find((x) => x.id === v);
      return e ? (localize(e.translations, lng, "title")?.text ?? e.slug) : null;
    }),
    kind: labelled(counts.byKind),
    speaker: labelled(counts.bySpeaker, (v) => {
      const e = speakers.find((x) => x.id === v);
      return e ? (entityName(e.names, lng)?.text ?? e.slug) : null;
    }),
  };
}
