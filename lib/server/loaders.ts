import "server-only";
import { cache } from "react";
import type { Lng } from "@/i18n/settings";
import { getArticle } from "@/lib/articles/store";
import { getEntity } from "@/lib/entities/store";
import { eventRows } from "@/lib/events/load";
import { outletProfile } from "@/lib/outlets/load-profile";
import { db } from "./db";

/**
 * The loaders a page and its generateMetadata share, each run once per request
 * (React cache()): the second caller gets the first one's answer. An event's rows are cached
 * where they are read (eventRows), so that getEvent and getComparison share them too.
 */
export const loadEvent = (id: string) => eventRows(db, id);
export const loadArticle = cache((id: string, lng: Lng) => getArticle(db, id, lng));
export const loadOutlet = cache((id: string, lng: Lng, cursor?: string) => outletProfile(db, id, lng, cursor));
export const loadEntity = cache((id: string, lng: Lng, cursor?: string) => getEntity(db, id, lng, cursor));
