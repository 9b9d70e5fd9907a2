import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { listEvents } from "@/lib/server/events";

// GET /api/events?lang=
export const GET = apiRoute(async (_request, _params, lng) => {
  return NextResponse.json({ events: await listEvents(db, lng) });
});
