"use client";

import { useQuery } from "@tanstack/react-query";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import { send } from "@/lib/client/api";
import { queryKeys } from "./keys";

export const fetchArticle = (id: string, lng: Lng) => send<ArticleDetail>("GET", `/api/articles/${id}`, lng);

/** An article with its claims and notes, starting from what the server rendered. */
export function useArticle(initial: ArticleDetail, lng: Lng) {
  return useQuery({
    queryKey: queryKeys.article(initial.id, lng),
    queryFn: () => fetchArticle(initial.id, lng),
    initialData: initial,
  }).data;
}
