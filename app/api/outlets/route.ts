import { NextResponse } from "next/server";
import { createOutlet, listOutlets, newOutlet, outletChoices } from "@/lib/outlets/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

// GET /api/outlets: every outlet with its article count.
// GET /api/outlets?after=ID: a page of the outlets by name, with the id to pass as `after` for the next.
// GET /api/outlets?choices=1: every outlet's id and name, by name, for a picker (loaded when an editor needs it).
export const GET = apiRoute(async (request) => {
  const query = request.nextUrl.searchParams;
  if (query.get("choices") === "1") return NextResponse.json({ choices: await outletChoices(db) });
  return NextResponse.json(await listOutlets(db, query.get("after")));
});

// POST /api/outlets { name, url?, lang?, country?, ownership?, notes? }
export const POST = mutation({
  role: "editor",
  input: newOutlet,
  handler: async ({ input, user, lng }) => {
    const outlet = await createOutlet(db, input, user.id);
    return { body: { outlet }, status: 201, notice: "outletCreated", location: `/${lng}/outlets/${outlet.id}` };
  },
});
