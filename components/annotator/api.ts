import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";
import type { ArticleDetail } from "@/lib/server/articles";

export { ApiError, send } from "@/lib/client/api";

export const articleKey = (id: string, lng: Lng) => ["article", id, lng] as const;
export const fetchArticle = (id: string, lng: Lng) => send<ArticleDetail>("GET", `/api/articles/${id}`, lng);

export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
