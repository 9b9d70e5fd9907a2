import { NextResponse } from "next/server";
import { eventChoices, eventPage } from "@/lib/events/load";
import { createEvent, newEvent } from "@/lib/events/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

// GET /api/events?lang=&archived=1&after=ID: a page of the open events, or the archived ones, oldest first,
// with the id to pass as `after` for the next page (null on the last).
// GET /api/events?choices=1&lang=: the open events' ids and titles, oldest first, for a picker.
export const GET = apiRoute(async (request, _params, lng) => {
  const query = request.nextUrl.searchParams;
  if (query.get("choices") === "1") return NextResponse.json({ choices: await eventChoices(db, lng) });
  return NextResponse.json(
    await eventPage(db, lng, { archived: query.get("archived") === "1", after: query.get("after") }),
  );
});

// POST /api/events { title: { en?, uk?, ru? }, summary?: { en?, uk?, ru? }, startsOn?, endsOn? }
export const POST = mutation({
  role: "editor",
  input: newEvent,
  handler: async ({ input, user }) => ({ body: { event: await createEvent(db, input, user) }, status: 201 }),
});
