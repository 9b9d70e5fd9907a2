import "server-only";
import { cache } from "react";
import type { Lng } from "@/i18n/settings";
import { getArticle } from "@/lib/articles/store";
import { eventRows } from "@/lib/events/load";
import { db } from "./db";

/**
 * The loaders a page and its generateMetadata share, each run once per request
 * (React cache()): the second caller gets the first one's answer.
 */
export const loadEvent = cache((id: string) => eventRows(db, id));
export const loadArticle = cache((id: string, lng: Lng) => getArticle(db, id, lng));
