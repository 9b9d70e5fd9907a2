import type { Comparison } from "@/lib/comparison/load";
import type { ShownClaim } from "@/lib/comparison/model";

/** What every part of the comparison looks up: claims by id, and who said them. */
export function lookup(data: Comparison) {
  const claims = new Map(data.claims.map((c) => [c.id, c] as const));
  const sources = new Map(data.options.sources.map((s) => [s.id, s] as const));
  const sourceName = (id: string) => sources.get(id)?.name ?? id;
  return {
    claims,
    sources,
    sourceName,
    /** the speaker, or the outlet speaking for itself */
    who: (c: ShownClaim) => c.speaker?.name ?? sourceName(c.sourceId),
  };
}

export type Lookup = ReturnType<typeof lookup>;
