import { NextResponse } from "next/server";
import { createEntity, newEntity, searchEntities } from "@/lib/entities/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

// GET /api/entities?q=: people, organisations and countries by any of their names, in any language.
export const GET = apiRoute(async (request, _params, lng) => {
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  return NextResponse.json({ entities: await searchEntities(db, q, lng) });
});

// POST /api/entities { name, kind, lang? }
export const POST = mutation({
  role: "editor",
  input: newEntity,
  handler: async ({ input, user }) => ({ body: { entity: await createEntity(db, input, user) }, status: 201 }),
});
