import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { createEvent, newEvent } from "@/lib/server/event-changes";
import { listEvents } from "@/lib/server/events";
import { mutation } from "@/lib/server/mutation";

// GET /api/events?lang=&archived=1: the open events, or the archived ones.
export const GET = apiRoute(async (request, _params, lng) => {
  const archived = request.nextUrl.searchParams.get("archived") === "1";
  return NextResponse.json({ events: await listEvents(db, lng, { archived }) });
});

// POST /api/events { title: { en?, uk?, ru? }, summary?: { en?, uk?, ru? }, startsOn?, endsOn? }
export const POST = mutation({
  role: "editor",
  input: newEvent,
  handler: async ({ input, user }) => ({ body: { event: await createEvent(db, input, user) }, status: 201 }),
});
