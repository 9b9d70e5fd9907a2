import { z } from "zod";
import { getArticleClaim } from "@/lib/articles/store";
import { claimChange, ConflictError, deleteClaim, updateClaim } from "@/lib/claims/store";
import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { errorMessage } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";

// PATCH /api/claims/:id { version, …changes }: 409 { current } when someone saved a newer version first.
export const PATCH = mutation({
  role: "editor",
  params: idParams,
  input: claimChange,
  handler: async ({ params: { id }, input, user, lng }) => {
    try {
      await updateClaim(db, id, input, user);
      return { body: { claim: await getArticleClaim(db, id, lng) } };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return {
        body: { error: errorMessage(lng, "conflict"), code: "conflict", current: await getArticleClaim(db, id, lng) },
        status: 409,
      };
    }
  },
});

// DELETE /api/claims/:id: 204; the claim stays restorable (POST …/restore).
export const DELETE = mutation({
  role: "editor",
  params: idParams,
  input: z.strictObject({}),
  handler: async ({ params: { id }, user }) => {
    await deleteClaim(db, id, user);
    return { body: null, status: 204 };
  },
});
