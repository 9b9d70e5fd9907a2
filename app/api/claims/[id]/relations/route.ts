import { idParams } from "@/lib/domain/schemas";
import { createRelation, newRelation } from "@/lib/relations/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/claims/:id/relations { kind, to, status? }: this claim contradicts (supports, refines,
// updates, repeats, translates) the claim `to`; status "rejected" turns a proposal down.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: newRelation,
  handler: async ({ params, input, user }) => ({
    body: await createRelation(db, params.id, input, user),
    status: 201,
  }),
});
