import { z } from "zod";
import { createApiToken } from "@/lib/auth/store";
import { nameText } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/tokens { name }: a new personal API token, returned once as { token, ... }.
export const POST = mutation({
  role: "editor",
  input: z.strictObject({ name: nameText(80) }),
  handler: async ({ user, input }) => {
    const { token, record } = await createApiToken(db, user.id, input.name);
    return { body: { token, ...record }, status: 201 };
  },
});
