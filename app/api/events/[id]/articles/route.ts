import { idParams } from "@/lib/domain/schemas";
import { addEventArticles, eventArticles } from "@/lib/events/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/events/:id/articles { articleIds, skipPresent? }: gather articles into the event.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: eventArticles,
  handler: async ({ params, input, user }) => ({
    body: await addEventArticles(db, params.id, input.articleIds, user, { skipPresent: input.skipPresent }),
    status: 201,
  }),
});
