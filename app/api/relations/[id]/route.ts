import { z } from "zod";
import { idParams } from "@/lib/domain/schemas";
import { deleteRelation } from "@/lib/relations/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// DELETE /api/relations/:id: the relation is removed (audited with what it was).
export const DELETE = mutation({
  role: "editor",
  params: idParams,
  input: z.strictObject({}),
  handler: async ({ params, user }) => {
    await deleteRelation(db, params.id, user);
    return { body: { deleted: params.id } };
  },
});
