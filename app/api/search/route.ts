import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { readFilters, search } from "@/lib/server/search";

// GET /api/search?q=&type=&language=&outlet=&event=&speaker=&kind=&from=&to=&cursor=
export const GET = apiRoute(async (request, _params, lng) => {
  const { filters, ignored } = readFilters(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json({ ...(await search(db, filters, lng)), ignored });
});
