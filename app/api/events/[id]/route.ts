import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { getEvent } from "@/lib/server/events";

// GET /api/events/:id?lang=
export const GET = apiRoute<{ id: string }>(async (_request, { id }, lng) => {
  const event = await getEvent(db, id, lng);
  return event ? NextResponse.json(event) : errorResponse(lng, "notFound");
});
