import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { eventRelations } from "@/lib/server/relations";

// GET /api/events/:id/relations: the event's confirmed relations, then the proposed ones, each with its status.
export const GET = apiRoute<{ id: string }>(async (_request, { id }) => {
  const event = await db.event.findUnique({ where: { id }, select: { id: true } });
  if (!event) throw new Refusal("notFound");
  return NextResponse.json({ relations: await eventRelations(db, id) });
});
