import { LANGUAGE_TAG, stances, type Stance } from "@/lib/domain/vocabulary";
import { DEFAULT_FACTOR } from "./disagreements";

/**
 * What the comparison shows, as it stands in the URL (shareable, survives reload):
 * `source` and `language` and `stance` repeat; `status=all` adds suggested claims;
 * `factor` is how far apart figures must be to be flagged; `view` picks the layout; `sort` orders
 * the sources and `page` picks a page of them; `cell` ("aspect:source") opens one cell whole.
 */
export interface ComparisonFilters {
  sources: string[];
  languages: string[];
  stances: Stance[];
  includeSuggested: boolean;
  factor: number;
  view: ComparisonViewName;
  sort: SourceOrder;
  /** the page of sources, from 1 */
  page: number;
  /** the cell shown whole: "aspectId:sourceId" */
  cell: string | null;
}

/** How the sources are ordered: earliest coverage first, most claims first, or most disputed claims first. */
export const sourceOrders = ["earliest", "claims", "divergent"] as const;
export type SourceOrder = (typeof sourceOrders)[number];

/** The comparison's layouts: aspects × outlets, one row per claim across outlets and languages, or by date. */
export const comparisonViews = ["matrix", "claims", "timeline"] as const;
export type ComparisonViewName = (typeof comparisonViews)[number];

const MAX_VALUES = 200;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function toObject(params: Params): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const entries =
    params instanceof URLSearchParams
      ? [...params]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x) => [k, x] as const)));
  for (const [key, value] of entries) (out[key] ??= []).push(value);
  return out;
}

/**
 * Reads filters from a query; anything malformed falls back to its default rather than
 * failing. Written without a schema library: the comparison's controls run it in the browser.
 */
export function parseFilters(params: Params): ComparisonFilters {
  const raw = toObject(params);
  const single = (key: string) => raw[key]?.[0];
  // A list with one bad value, or too long, is dropped whole.
  const list = <T extends string>(key: string, ok: (value: string) => boolean) => {
    const values = raw[key] ?? [];
    return values.length <= MAX_VALUES && values.every(ok) ? [...new Set(values as T[])] : [];
  };
  const factor = Number(single("factor"));
  const page = Number(single("page"));
  const cell = single("cell");
  return {
    sources: list("source", (v) => v.length >= 1 && v.length <= 100),
    languages: list("language", (v) => v.length <= 35 && LANGUAGE_TAG.test(v)),
    stances: list<Stance>("stance", (v) => (stances as string[]).includes(v)),
    includeSuggested: single("status") === "all",
    factor: Number.isFinite(factor) && factor >= 1.1 && factor <= 1000 ? factor : DEFAULT_FACTOR,
    view: comparisonViews.find((v) => v === single("view")) ?? "matrix",
    sort: sourceOrders.find((o) => o === single("sort")) ?? "earliest",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    cell: cell && cell.length <= 210 && /^[^:]+:[^:]+$/.test(cell) ? cell : null,
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
  if (filters.sort !== "earliest") params.set("sort", filters.sort);
  if (filters.page !== 1) params.set("page", String(filters.page));
  if (filters.cell) params.set("cell", filters.cell);
  return params.toString();
}
