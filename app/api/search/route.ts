import { NextResponse } from "next/server";
import { readFilters, search } from "@/lib/search/load";
import { db } from "@/lib/server/db";
import { apiRoute } from "@/lib/server/route";

// GET /api/search?q=&type=&language=&outlet=&event=&speaker=&kind=&from=&to=&cursor=
export const GET = apiRoute(async (request, _params, lng) => {
  const { filters, ignored } = readFilters(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json({ ...(await search(db, filters, lng)), ignored });
});
