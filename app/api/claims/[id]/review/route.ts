import { NextResponse } from "next/server";
import { claimReview } from "@/lib/claims/load-review";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { requestOrigin } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";

// GET /api/claims/:id/review: schema.org ClaimReview JSON-LD for a claim that has a verdict.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const review = await claimReview(db, requestOrigin(request), id, lng);
  if (!review) return errorResponse(lng, "notFound");
  return new NextResponse(JSON.stringify(review), { headers: { "Content-Type": "application/ld+json" } });
});
