import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Lng } from "@/i18n/settings";
import { claimReviewFeed } from "./claim-review";
import { db } from "./db";
import { requestOrigin } from "./http";

/** A page of the ClaimReview feed as JSON-LD, for the corpus or one event. */
export async function feedResponse(request: NextRequest, lng: Lng, eventId?: string) {
  const cursor = request.nextUrl.searchParams.get("cursor")?.slice(0, 64) || undefined;
  const feed = await claimReviewFeed(db, requestOrigin(request), lng, { eventId, cursor });
  return new NextResponse(JSON.stringify(feed), { headers: { "Content-Type": "application/ld+json" } });
}
