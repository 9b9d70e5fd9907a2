import { createUser, newUserSchema } from "@/lib/auth/store-users";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/users { email, name?, role, password }: an administrator adds a user.
export const POST = mutation({
  role: "admin",
  input: newUserSchema,
  handler: async ({ user, input }) => {
    const created = await createUser(db, input, user.id);
    return { body: { user: created }, status: 201, notice: "userCreated" };
  },
});
