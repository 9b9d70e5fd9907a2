import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { getArticle } from "@/lib/server/articles";

// GET /api/articles/:id?lang=
export const GET = apiRoute<{ id: string }>(async (_request, { id }, lng) => {
  const article = await getArticle(id, lng);
  return article ? NextResponse.json(article) : errorResponse(lng, "notFound");
});
