import { NextResponse } from "next/server";
import { articleChange, getArticle, updateArticle } from "@/lib/articles/store";
import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

// GET /api/articles/:id?lang=
export const GET = apiRoute<{ id: string }>(async (_request, { id }, lng) => {
  const article = await getArticle(db, id, lng);
  return article ? NextResponse.json(article) : errorResponse(lng, "notFound");
});

// PATCH /api/articles/:id { lang }: correct a detected language; the text itself never changes.
export const PATCH = mutation({
  role: "editor",
  params: idParams,
  input: articleChange,
  handler: async ({ user, params, input }) => ({
    body: { article: await updateArticle(db, params.id, input, user.id) },
  }),
});
