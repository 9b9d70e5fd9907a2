import { apiRoute } from "@/lib/server/api";
import { feedResponse } from "@/lib/server/claim-review-route";

// GET /api/claim-reviews?lang=&cursor=: every claim of the corpus with a verdict, as a schema.org DataFeed of ClaimReview.
export const GET = apiRoute<Record<string, never>>(async (request, _params, lng) => feedResponse(request, lng));
