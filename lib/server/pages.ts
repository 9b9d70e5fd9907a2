import "server-only";
import { cache } from "react";
import type { Lng } from "@/i18n/settings";
import { getArticle } from "./articles";
import { db } from "./db";
import { eventRows } from "./events";

/**
 * The loaders a page and its generateMetadata share, each run once per request
 * (React cache()): the second caller gets the first one's answer.
 */
export const loadEvent = cache((id: string) => eventRows(db, id));
export const loadArticle = cache((id: string, lng: Lng) => getArticle(db, id, lng));
