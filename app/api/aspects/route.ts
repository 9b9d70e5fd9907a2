import { createAspect, newAspect } from "@/lib/events/store-aspects";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/aspects { eventId, question, kind, unit?, lang }: a new question outlets answer differently.
export const POST = mutation({
  role: "editor",
  input: newAspect,
  handler: async ({ input, user }) => ({ body: { aspect: await createAspect(db, input, user) }, status: 201 }),
});
