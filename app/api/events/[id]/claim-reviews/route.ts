import { feedResponse } from "@/lib/claims/load-review";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { apiRoute } from "@/lib/server/route";

// GET /api/events/:id/claim-reviews?lang=&cursor=: the event's claims with a verdict, as a schema.org DataFeed of ClaimReview.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  if (!(await db.event.findUnique({ where: { id }, select: { id: true } }))) throw new Refusal("notFound");
  return feedResponse(db, request, lng, id);
});
