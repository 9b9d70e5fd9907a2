import { z } from "zod";
import { firstValue, readQuery, type FilterReader } from "@/lib/domain/query-filters";
import { claimKind, id, languageTag } from "@/lib/domain/schemas";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const at = Date.parse(d);
    return !Number.isNaN(at) && new Date(at).toISOString().startsWith(d);
  });

/** What a search may be narrowed by; an unknown value is dropped rather than refused, so a shared link still works. */
export const searchFilters = z.object({
  q: z.string().catch(""),
  type: z.enum(["article", "claim", "note"]).optional().catch(undefined),
  language: languageTag.optional().catch(undefined),
  outlet: id.optional().catch(undefined),
  event: id.optional().catch(undefined),
  speaker: id.optional().catch(undefined),
  kind: claimKind.optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  cursor: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
});
export type SearchFilters = z.output<typeof searchFilters>;

/** Each filter read by its own field of the schema, which catches what it does not understand. */
const readers = Object.fromEntries(
  Object.entries(searchFilters.shape).map(([name, field]) => [name, firstValue((value) => field.parse(value))]),
) as { [K in keyof SearchFilters]-?: FilterReader<SearchFilters[K]> };

/** The filters of a query string, and the names of those whose values were not understood (and left out). */
export function readFilters(params: Record<string, string>): { filters: SearchFilters; ignored: string[] } {
  const { found, ignored } = readQuery(params, readers);
  return { filters: found, ignored };
}
