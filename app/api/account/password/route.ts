import { z } from "zod";
import { passwordSchema, verifyPassword } from "@/lib/auth/password";
import { changePassword } from "@/lib/auth/store-users";
import { setSessionCookie } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";

// POST /api/account/password { currentPassword, newPassword, repeatPassword, revokeTokens? }
// Ends every session of the user (the browser that made the change stays signed in);
// with revokeTokens, the user's API tokens too.
export const POST = mutation({
  role: "viewer",
  input: z.strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: passwordSchema,
    repeatPassword: z.string().max(1024),
    revokeTokens: z.union([z.boolean(), z.stringbool()]).default(false),
  }),
  handler: async ({ request, user, input }) => {
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(passwordHash, input.currentPassword))) throw new Refusal("wrongPassword");
    if (input.newPassword !== input.repeatPassword) throw new Refusal("passwordMismatch");
    const keepBrowser = user.via === "session" ? { userAgent: request.headers.get("user-agent") } : undefined;
    const token = await changePassword(db, user.id, input.newPassword, {
      revokeTokens: input.revokeTokens,
      keepBrowser,
    });
    return {
      body: { changed: true },
      notice: "passwordChanged",
      cookies: (response) => token && setSessionCookie(request, response, token),
    };
  },
});
