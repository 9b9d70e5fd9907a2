import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { search, searchFilters } from "@/lib/server/search";

// GET /api/search?q=&type=&language=&outlet=&event=&speaker=&kind=&from=&to=&cursor=
export const GET = apiRoute(async (request, _params, lng) => {
  const filters = searchFilters.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json(await search(db, filters, lng));
});
