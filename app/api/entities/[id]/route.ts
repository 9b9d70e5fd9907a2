import { NextResponse } from "next/server";
import { idParams } from "@/lib/domain/schemas";
import { getEntity } from "@/lib/entities/store";
import { entityChange, updateEntity } from "@/lib/entities/store-changes";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { cursorOf } from "@/lib/server/paging";
import { apiRoute } from "@/lib/server/route";

// GET /api/entities/:id?cursor=: the entity, its names, and the claims it is the speaker of (a page of 50).
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const entity = await getEntity(db, id, lng, cursorOf(request.nextUrl.searchParams.get("cursor") ?? undefined));
  return entity ? NextResponse.json({ entity }) : errorResponse(lng, "notFound");
});

// PATCH /api/entities/:id { kind?, names?: [{ lang, name, primary }] }: correct its kind, names and aliases.
export const PATCH = mutation({
  role: "editor",
  params: idParams,
  input: entityChange,
  handler: async ({ params, input, user, lng }) => {
    await updateEntity(db, params.id, input, user);
    return { body: { entity: await getEntity(db, params.id, lng) } };
  },
});
