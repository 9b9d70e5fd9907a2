import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

export type Lng = "en" | "uk" | "ru";
export const languages: Lng[] = ["en", "uk", "ru"];

/** The demo corpus as the seed loads it: the source of the texts the pages must show. */
export const demo = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "prisma", "seed-data", "demo.json"), "utf8"),
) as {
  events: {
    slug: string;
    translations: { lang: Lng; title: string }[];
    aspects: { slug: string; questions: Record<Lng, string> }[];
  }[];
  claims: { article: string; quote: string; stance: string }[];
  relations: { kind: string }[];
};

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
