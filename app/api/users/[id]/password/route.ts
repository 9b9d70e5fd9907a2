import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { changePassword } from "@/lib/auth/store-users";
import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/users/:id/password { password, revokeTokens? }: an administrator sets a user's
// password (a forgotten or leaked one). Every session of the user ends; the user's API
// tokens are revoked too unless revokeTokens is false.
export const POST = mutation({
  role: "admin",
  params: idParams,
  input: z.strictObject({
    password: passwordSchema,
    revokeTokens: z.union([z.boolean(), z.stringbool()]).default(true),
  }),
  handler: async ({ user, params, input }) => {
    await changePassword(db, params.id, input.password, { revokeTokens: input.revokeTokens, actorId: user.id });
    return { body: { changed: true }, notice: "passwordReset" };
  },
});
