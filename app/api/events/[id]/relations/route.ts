import { NextResponse } from "next/server";
import { can } from "@/lib/auth/roles";
import { eventRelations } from "@/lib/relations/store";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { Refusal } from "@/lib/server/errors";
import { apiRoute } from "@/lib/server/route";

// GET /api/events/:id/relations: the event's confirmed relations, each with its status; for an editor
// the proposed ones follow (they are an editor's to decide, and a big event's take seconds to find).
export const GET = apiRoute<{ id: string }>(async (_request, { id }) => {
  const event = await db.event.findUnique({ where: { id }, select: { id: true } });
  if (!event) throw new Refusal("notFound");
  const proposals = can(await currentUser(), "editor");
  return NextResponse.json({ relations: await eventRelations(db, id, { proposals }) });
});
