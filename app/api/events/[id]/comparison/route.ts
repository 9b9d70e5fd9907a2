import { NextResponse } from "next/server";
import { comparisonCsv } from "@/lib/comparison/csv";
import { parseFilters } from "@/lib/comparison/filters";
import { comparisonExport, getComparison } from "@/lib/comparison/load";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { requestOrigin } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";

// GET /api/events/:id/comparison?lang=&source=&language=&stance=&status=all&factor=&sort=&page=&cell=&format=csv
// JSON: one page of sources with the first claims of each cell; CSV: every claim the filters keep, streamed.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const query = request.nextUrl.searchParams;
  if (query.get("format") !== "csv") {
    const comparison = await getComparison(db, id, lng, parseFilters(query));
    return comparison ? NextResponse.json(comparison) : errorResponse(lng, "notFound");
  }
  const exported = await comparisonExport(db, id, lng, parseFilters(query));
  if (!exported) return errorResponse(lng, "notFound");
  return new NextResponse(comparisonCsv(exported, lng, requestOrigin(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.comparison.event.slug}-comparison-${lng}.csv"`,
    },
  });
});
