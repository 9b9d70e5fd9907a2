import { firstValue, readQuery, type FilterReader, type QueryParams } from "@/lib/domain/query-filters";
import { LANGUAGE_TAG, stances, type Stance } from "@/lib/domain/vocabulary";
import { DEFAULT_FACTOR } from "./disagreements";

/**
 * What the comparison shows, as it stands in the URL (shareable, survives reload):
 * `source` and `language` and `stance` repeat; `status=all` adds suggested claims;
 * `factor` is how far apart figures must be to be flagged; `view` picks the layout; `sort` orders
 * the sources of each aspect's row; `row` opens one aspect's row whole and `page` picks a page of
 * it; `cell` ("aspect:source") opens one cell whole.
 */
export interface ComparisonFilters {
  sources: string[];
  languages: string[];
  stances: Stance[];
  includeSuggested: boolean;
  factor: number;
  view: ComparisonViewName;
  sort: SourceOrder;
  /** the aspect whose row is opened whole */
  row: string | null;
  /** the page of the opened row's sources, from 1 */
  page: number;
  /** the cell shown whole: "aspectId:sourceId" */
  cell: string | null;
}

/**
 * How an aspect's sources are ordered: most informative first (those with a disputed claim, then
 * those with a figure, each by earliest coverage), earliest coverage first, most claims first, or
 * most disputed claims first.
 */
export const sourceOrders = ["informative", "earliest", "claims", "divergent"] as const;
export type SourceOrder = (typeof sourceOrders)[number];

/** The comparison's layouts: aspects × outlets, one row per claim across outlets and languages, or by date. */
export const comparisonViews = ["matrix", "claims", "timeline"] as const;
export type ComparisonViewName = (typeof comparisonViews)[number];

const MAX_VALUES = 200;

/** A repeated filter: a list with one bad value, or too long, is not understood, and dropped whole. */
const list =
  <T extends string>(ok: (value: string) => boolean): FilterReader<T[] | undefined> =>
  (values) =>
    values.length <= MAX_VALUES && values.every(ok) ? [...new Set(values as T[])] : undefined;

/** A number within bounds, or not understood. */
const numberWithin = (ok: (n: number) => boolean) =>
  firstValue((value) => {
    const n = Number(value);
    return ok(n) ? n : undefined;
  });

/** Each filter by the name it has in the query. */
const readers = {
  source: list((v) => v.length >= 1 && v.length <= 100),
  language: list((v) => v.length <= 35 && LANGUAGE_TAG.test(v)),
  stance: list<Stance>((v) => (stances as string[]).includes(v)),
  status: firstValue((v) => (v === "all" ? true : undefined)),
  factor: numberWithin((n) => Number.isFinite(n) && n >= 1.1 && n <= 1000),
  view: firstValue((v) => comparisonViews.find((view) => view === v)),
  sort: firstValue((v) => sourceOrders.find((order) => order === v)),
  row: firstValue((v) => (v && /^[\w-]{1,100}$/.test(v) ? v : undefined)),
  page: numberWithin((n) => Number.isInteger(n) && n >= 1 && n <= 100_000),
  cell: firstValue((v) => (v && v.length <= 210 && /^[^:]+:[^:]+$/.test(v) ? v : undefined)),
};

/** Reads filters from a query; anything malformed falls back to its default rather than failing. */
export function parseFilters(params: QueryParams): ComparisonFilters {
  const { found } = readQuery(params, readers);
  return {
    sources: found.source ?? [],
    languages: found.language ?? [],
    stances: found.stance ?? [],
    includeSuggested: found.status ?? false,
    factor: found.factor ?? DEFAULT_FACTOR,
    view: found.view ?? "matrix",
    sort: found.sort ?? "informative",
    row: found.row ?? null,
    page: found.page ?? 1,
    cell: found.cell ?? null,
  };
}

/** The query for some filters, leaving out defaults, so that the plain page has a plain URL. */
export function filtersToQuery(filters: ComparisonFilters): string {
  const params = new URLSearchParams();
  if (filters.view !== "matrix") params.set("view", filters.view);
  for (const s of filters.sources) params.append("source", s);
  for (const l of filters.languages) params.append("language", l);
  for (const s of filters.stances) params.append("stance", s);
  if (filters.includeSuggested) params.set("status", "all");
  if (filters.factor !== DEFAULT_FACTOR) params.set("factor", String(filters.factor));
  if (filters.sort !== "informative") params.set("sort", filters.sort);
  if (filters.row) params.set("row", filters.row);
  if (filters.row && filters.page !== 1) params.set("page", String(filters.page));
  if (filters.cell) params.set("cell", filters.cell);
  return params.toString();
}
