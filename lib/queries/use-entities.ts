"use client";

import { useQuery } from "@tanstack/react-query";
import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";
import { queryKeys } from "./keys";

export type FoundEntity = { id: string; name: string; kind: string; matched: string };

/** Entities whose name or alias in any language contains `query`; nothing is asked for an empty query. */
export function useEntitySearch(lng: Lng, query: string) {
  return useQuery({
    queryKey: queryKeys.entities(lng, query),
    queryFn: async () =>
      (await send<{ entities: FoundEntity[] }>("GET", `/api/entities?q=${encodeURIComponent(query)}`, lng)).entities,
    enabled: query.length > 0,
  });
}
