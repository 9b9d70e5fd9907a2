import { z } from "zod";
import { id } from "@/lib/domain/schemas";
import { removeEventArticle } from "@/lib/events/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// DELETE /api/events/:id/articles/:articleId: the article leaves the event, and its claims in it are deleted.
export const DELETE = mutation({
  role: "editor",
  params: z.strictObject({ id, articleId: id }),
  input: z.strictObject({}),
  handler: async ({ params, user }) => ({ body: await removeEventArticle(db, params.id, params.articleId, user) }),
});
