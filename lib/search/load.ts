import "server-only";
import type { Lng } from "@/i18n/settings";
import { kindOf, type PrismaClient } from "@/lib/db/client";
import { labelFacets } from "./facets";
import type { SearchFilters } from "./filters";
import { matchingOf, shapeHits } from "./hits";
import { loadFacetCounts, loadFacetNames } from "./load-facets";
import { entityAlternatives, loadPageRows } from "./load-lookups";
import { filteredMatches, loadHits } from "./load-matches";
import { fts5, matchExpression, parseQuery, tsquery } from "./query";

export { readFilters, searchFilters, type SearchFilters } from "./filters";

export const SEARCH_PAGE_SIZE = 20;

/**
 * Searches articles, claims and notes: ranked by BM25 (a title counts three times a
 * body), filtered and faceted in the database, a page of 20 with snippets marking the
 * matched words. An empty or meaningless query finds nothing and says so.
 */
export async function search(db: PrismaClient, filters: SearchFilters, lng: Lng) {
  const terms = parseQuery(filters.q);
  const alternatives = await entityAlternatives(db, terms, lng);
  const postgres = kindOf(db) === "postgresql";
  const expression = matchExpression(terms, alternatives.alternatives, postgres ? tsquery : fts5);
  const empty = { query: filters.q, total: 0, results: [], facets: null, nextCursor: null };
  if (!expression) return { ...empty, reason: filters.q.trim() ? ("nothingToSearch" as const) : ("empty" as const) };

  const matches = filteredMatches(db, expression, filters, postgres);
  const offset = filters.cursor ?? 0;
  // one more than a page, to know whether there is a next one
  const [hits, counts] = await Promise.all([loadHits(matches, offset, SEARCH_PAGE_SIZE + 1), loadFacetCounts(matches)]);
  const page = hits.slice(0, SEARCH_PAGE_SIZE);
  const [rows, names] = await Promise.all([loadPageRows(db, page), loadFacetNames(db, counts)]);
  return {
    query: filters.q,
    reason: null,
    total: counts.total,
    results: shapeHits(page, rows, matchingOf(terms, alternatives), lng),
    facets: labelFacets(counts, names, lng),
    nextCursor: hits.length > SEARCH_PAGE_SIZE ? offset + SEARCH_PAGE_SIZE : null,
  };
}

export type SearchResults = Awaited<ReturnType<typeof search>>;
