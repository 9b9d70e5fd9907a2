import { NextResponse } from "next/server";
import { findEventClaims } from "@/lib/relations/store";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { apiRoute } from "@/lib/server/route";

// GET /api/events/:id/claims?q=&lang=: the event's claims matching words, a speaker or a figure (the "link to…" picker).
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  const event = await db.event.findUnique({ where: { id }, select: { id: true } });
  if (!event) throw new Refusal("notFound");
  return NextResponse.json({ claims: await findEventClaims(db, id, q, lng) });
});
