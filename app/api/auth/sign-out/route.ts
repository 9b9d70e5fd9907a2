import { z } from "zod";
import { endSession } from "@/lib/auth/store";
import { clearSessionCookie, SESSION_COOKIE } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { readingIsPublic } from "@/lib/server/request";

// POST /api/auth/sign-out: ends this browser's session on the server and clears the cookie.
// Public so that a browser whose session already ended can still clear its cookie.
export const POST = mutation({
  role: "public",
  input: z.strictObject({}),
  handler: async ({ request, lng }) => {
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    if (token) await endSession(db, token);
    return {
      body: { signedOut: true },
      notice: "signedOut",
      // A private Parallax has nothing to show a signed-out visitor but the sign-in page.
      location: readingIsPublic() ? `/${lng}` : `/${lng}/sign-in`,
      cookies: (response) => clearSessionCookie(request, response),
    };
  },
});
