"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";
import type { PickedClaim } from "@/lib/relations/store";
import { queryKeys } from "./keys";

/** The claims of an event matching words, a speaker or a figure; the first of them for an empty query. */
export function useEventClaims(eventId: string, lng: Lng, query: string) {
  return useQuery({
    queryKey: queryKeys.eventClaims(eventId, lng, query),
    queryFn: async () =>
      (
        await send<{ claims: PickedClaim[] }>(
          "GET",
          `/api/events/${eventId}/claims?q=${encodeURIComponent(query)}`,
          lng,
        )
      ).claims,
    placeholderData: keepPreviousData,
  });
}
