import { NextResponse } from "next/server";
import { idParams } from "@/lib/domain/schemas";
import { outletProfile } from "@/lib/outlets/load-profile";
import { outletChange, updateOutlet } from "@/lib/outlets/store";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { cursorOf } from "@/lib/server/paging";
import { apiRoute } from "@/lib/server/route";

// GET /api/outlets/:id?cursor=: the outlet, a page of its articles, the events it covers, how often its figures stand apart.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const outlet = await outletProfile(db, id, lng, cursorOf(request.nextUrl.searchParams.get("cursor") ?? undefined));
  return outlet ? NextResponse.json({ outlet }) : errorResponse(lng, "notFound");
});

// PATCH (or a form's POST) /api/outlets/:id { name?, url?, lang?, country?, ownership?, notes? }
const update = mutation({
  role: "editor",
  params: idParams,
  input: outletChange,
  handler: async ({ user, params, input, lng }) => {
    const outlet = await updateOutlet(db, params.id, input, user.id);
    return { body: { outlet }, notice: "outletSaved", location: `/${lng}/outlets/${outlet.id}` };
  },
});

export { update as PATCH, update as POST };
