import { NextResponse } from "next/server";
import { idParams } from "@/lib/domain/schemas";
import { getEvent } from "@/lib/events/load";
import { eventChange, updateEvent } from "@/lib/events/store";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

// GET /api/events/:id?lang=&articles=CURSOR: the event, its coverage and a page of its articles.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const event = await getEvent(db, id, lng, request.nextUrl.searchParams.get("articles"));
  return event ? NextResponse.json(event) : errorResponse(lng, "notFound");
});

// PATCH /api/events/:id { title?, summary?, startsOn?, endsOn?, archived? }
export const PATCH = mutation({
  role: "editor",
  params: idParams,
  input: eventChange,
  handler: async ({ params, input, user }) => ({ body: { event: await updateEvent(db, params.id, input, user) } }),
});
