import { NextResponse } from "next/server";
import { parseFilters } from "@/lib/comparison/filters";
import { apiRoute } from "@/lib/server/api";
import { comparisonExport, getComparison } from "@/lib/server/comparison";
import { comparisonCsv } from "@/lib/server/comparison-csv";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { requestOrigin } from "@/lib/server/http";

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
