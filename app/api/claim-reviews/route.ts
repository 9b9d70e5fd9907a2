import { feedResponse } from "@/lib/claims/load-review";
import { db } from "@/lib/server/db";
import { apiRoute } from "@/lib/server/route";

// GET /api/claim-reviews?lang=&cursor=: every claim of the corpus with a verdict, as a schema.org DataFeed of ClaimReview.
export const GET = apiRoute<Record<string, never>>(async (request, _params, lng) => feedResponse(db, request, lng));
