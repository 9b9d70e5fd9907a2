import { z } from "zod";
import { endAllSessions } from "@/lib/auth/store";
import { clearSessionCookie } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/auth/sign-out-everywhere: ends every session of the caller, in every browser.
export const POST = mutation({
  role: "viewer",
  input: z.strictObject({}),
  handler: async ({ request, user, lng }) => {
    const sessionsEnded = await endAllSessions(db, user.id);
    return {
      body: { sessionsEnded },
      notice: "signedOutEverywhere",
      location: `/${lng}/sign-in`,
      cookies: (response) => clearSessionCookie(request, response),
    };
  },
});
