import { createClaim, newClaim } from "@/lib/claims/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/claims { articleId, start, end, eventId, aspectId, kind, stance, speakerId?, quantity?, note? }
export const POST = mutation({
  role: "editor",
  input: newClaim,
  handler: async ({ input, user }) => ({ body: { claim: await createClaim(db, input, user) }, status: 201 }),
});
