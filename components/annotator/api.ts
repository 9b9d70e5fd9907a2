import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/server/articles";

/** A refusal from the server, its message already in the user's language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly current?: ArticleClaim | null,
  ) {
    super(message);
  }
}

export async function send<T>(method: string, url: string, lng: Lng, body?: unknown, contentType = "application/json"): Promise<T> {
  const response = await fetch(`${url}${url.includes("?") ? "&" : "?"}lang=${lng}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": contentType },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as { error?: string; code?: string; current?: ArticleClaim | null };
  if (!response.ok) throw new ApiError(data.error ?? response.statusText, response.status, data.code ?? "internal", data.current);
  return data as T;
}

export const articleKey = (id: string, lng: Lng) => ["article", id, lng] as const;
export const fetchArticle = (id: string, lng: Lng) => send<ArticleDetail>("GET", `/api/articles/${id}`, lng);

export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
