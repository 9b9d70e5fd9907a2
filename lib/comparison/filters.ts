import { z } from "zod";
import { languageTag, stance } from "@/lib/domain/schemas";
import type { Stance } from "@/lib/domain/vocabulary";
import { DEFAULT_FACTOR } from "./disagreements";

/**
 * What the comparison shows, as it stands in the URL (shareable, survives reload):
 * `source` and `language` and `stance` repeat; `status=all` adds suggested claims;
 * `factor` is how far apart figures must be to be flagged; `view` picks matrix or timeline.
 */
export interface ComparisonFilters {
  sources: string[];
  languages: string[];
  stances: Stance[];
  includeSuggested: boolean;
  factor: number;
  view: "matrix" | "timeline";
}

const many = <T extends z.ZodType>(item: T) => z.array(item).max(200).catch([]);

const schema = z.object({
  source: many(z.string().min(1).max(100)),
  language: many(languageTag),
  stance: many(stance),
  status: z.enum(["confirmed", "all"]).catch("confirmed"),
  factor: z.coerce.number().min(1.1).max(1000).catch(DEFAULT_FACTOR),
  view: z.enum(["matrix", "timeline"]).catch("matrix"),
});

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

/** Reads filters from a query; anything malformed falls back to its default rather than failing. */
export function parseFilters(params: Params): ComparisonFilters {
  const raw = toObject(params);
  const single = (key: string) => raw[key]?.[0];
  const parsed = schema.parse({
    source: raw.source ?? [],
    language: raw.language ?? [],
    stance: raw.stance ?? [],
    status: single("status"),
    factor: single("factor"),
    view: single("view"),
  });
  return {
    sources: [...new Set(parsed.source)],
    languages: [...new Set(parsed.language)],
    stances: [...new Set(parsed.stance)],
    includeSuggested: parsed.status === "all",
    factor: parsed.factor,
    view: parsed.view,
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
  return params.toString();
}
