import type { Lng } from "@/i18n/settings";

/** Every TanStack Query key the browser uses, in one place, so that a write knows what to refresh. */
export const queryKeys = {
  article: (id: string, lng: Lng) => ["article", id, lng] as const,
  candidates: (articleId: string, lng: Lng) => ["candidates", articleId, lng] as const,
  entities: (lng: Lng, query: string) => ["entities", lng, query] as const,
  eventClaims: (eventId: string, lng: Lng, query: string) => ["event-claims", eventId, lng, query] as const,
};
