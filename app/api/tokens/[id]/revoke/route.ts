import { z } from "zod";
import { revokeApiToken } from "@/lib/auth/store";
import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/tokens/:id/revoke: the token stops working at once (its owner or an admin).
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: z.strictObject({}),
  handler: async ({ user, params }) => {
    const token = await revokeApiToken(db, params.id, user);
    return { body: { id: token.id, revokedAt: token.revokedAt }, notice: "tokenRevoked" };
  },
});
