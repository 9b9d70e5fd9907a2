import { z } from "zod";
import { can } from "@/lib/auth/roles";
import { signIn, startSession } from "@/lib/auth/store";
import { isNewCorpus } from "@/lib/seed/onboarding";
import { setSessionCookie } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { clientAddress, localPath } from "@/lib/server/request";

// POST /api/auth/sign-in { email, password, next? }: opens a session (cookie) for the browser.
export const POST = mutation({
  role: "public",
  input: z.strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1024),
    next: z.string().max(2000).optional(),
  }),
  handler: async ({ request, input, lng }) => {
    const result = await signIn(db, { email: input.email, password: input.password, address: clientAddress(request) });
    if (!result.ok) {
      if (result.reason === "rateLimited")
        throw new Refusal("rateLimited", { retryAfterSeconds: result.retryAfterSeconds });
      throw new Refusal(result.reason === "disabled" ? "disabled" : "invalidCredentials");
    }
    const token = await startSession(db, result.user.id, request.headers.get("user-agent"));
    const { id, email, name, role } = result.user;
    return {
      body: { user: { id, email, name, role } },
      // an editor whose team has not started yet lands on the first steps
      location:
        localPath(input.next) ??
        (can(result.user, "editor") && (await isNewCorpus(db)) ? `/${lng}/welcome` : `/${lng}`),
      cookies: (response) => setSessionCookie(request, response, token),
    };
  },
});
