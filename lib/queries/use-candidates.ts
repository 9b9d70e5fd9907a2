"use client";

import { useQuery } from "@tanstack/react-query";
import type { Lng } from "@/i18n/settings";
import type { CandidateList } from "@/lib/candidates/store-decisions";
import { send } from "@/lib/client/api";
import { queryKeys } from "./keys";

export const fetchCandidates = (articleId: string, lng: Lng) =>
  send<CandidateList>("GET", `/api/articles/${articleId}/candidates`, lng);

/** The candidate claims of an article, every status. */
export function useCandidates(articleId: string, lng: Lng) {
  return useQuery({ queryKey: queryKeys.candidates(articleId, lng), queryFn: () => fetchCandidates(articleId, lng) })
    .data;
}
