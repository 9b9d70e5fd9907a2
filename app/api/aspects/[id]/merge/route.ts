import { idParams } from "@/lib/domain/schemas";
import { aspectMerge, mergeAspect } from "@/lib/events/store-aspects";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/aspects/:id/merge { into }: its claims move to `into`, an aspect of the same event; it is gone.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: aspectMerge,
  handler: async ({ params, input, user }) => ({ body: await mergeAspect(db, params.id, input.into, user) }),
});
