import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { getEvent } from "@/lib/server/events";

// GET /api/events/:id?lang=
export const GET = apiRoute<{ id: string }>(async (_request, { id }, lng) => {
  const event = await getEvent(id, lng);
  return event ? NextResponse.json(event) : errorResponse(lng, "notFound");
});
