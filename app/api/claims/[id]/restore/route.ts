import { z } from "zod";
import { getArticleClaim } from "@/lib/articles/store";
import { restoreClaim } from "@/lib/claims/store";
import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/claims/:id/restore: undoes a delete.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: z.strictObject({}),
  handler: async ({ params: { id }, user, lng }) => {
    await restoreClaim(db, id, user);
    return { body: { claim: await getArticleClaim(db, id, lng) } };
  },
});
