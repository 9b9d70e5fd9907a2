import { z } from "zod";
import { updateUser } from "@/lib/auth/store-users";
import { idParams, role } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";

// PATCH (or a form's POST) /api/users/:id { role?, disabled? }: an administrator changes a user.
const update = mutation({
  role: "admin",
  params: idParams,
  input: z.strictObject({
    role: role.optional(),
    disabled: z.union([z.boolean(), z.stringbool()]).optional(),
  }),
  handler: async ({ user, params, input }) => {
    const updated = await updateUser(db, params.id, input, user.id);
    if (!updated) throw new Refusal("notFound");
    return { body: { user: updated }, notice: "userSaved" };
  },
});

export { update as PATCH, update as POST };
