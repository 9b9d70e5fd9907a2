import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

import type { Lng } from "@/i18n/settings";
import type { DemoJson } from "@/lib/seed/demo-schema";

export { languages, type Lng } from "@/i18n/settings";

/** The demo corpus as the seed reads it: the source of the texts the pages must show. */
export const demo = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "prisma", "seed-data", "demo.json"), "utf8"),
) as DemoJson;

export const demoEvent = demo.events[0]!;
export const eventTitle = (lng: Lng) => demoEvent.translations.find((t) => t.lang === lng)!.title;

export async function demoEventId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/events");
  expect(response.ok()).toBe(true);
  const { events } = (await response.json()) as { events: { id: string; slug: string }[] };
  return events.find((e) => e.slug === demoEvent.slug)!.id;
}

export async function articleIdByTitle(request: APIRequestContext, startsWith: string): Promise<string> {
  const event = await (await request.get(`/api/events/${await demoEventId(request)}`)).json();
  return (event.articles.items as { id: string; title: string }[]).find((a) => a.title.startsWith(startsWith))!.id;
}
