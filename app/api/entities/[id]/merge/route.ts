import { idParams } from "@/lib/domain/schemas";
import { entityMerge, mergeEntity } from "@/lib/entities/store-changes";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/entities/:id/merge { into }: the entity's claims, candidates and names move to `into`; it is gone.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: entityMerge,
  handler: async ({ params, input, user }) => ({
    body: { merged: await mergeEntity(db, params.id, input.into, user) },
  }),
});
