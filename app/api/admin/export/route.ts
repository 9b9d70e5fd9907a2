import { NextResponse } from "next/server";
import { downloadName } from "@/lib/backup/format";
import { exportSnapshot } from "@/lib/backup/sqlite";
import { databaseFile } from "@/lib/db/url";
import { apiRoute } from "@/lib/server/api";
import { streamOf } from "@/lib/server/http";

/** GET /api/admin/export[?accounts=1]: the whole database as versioned JSON (admins); accounts=1 keeps password hashes. */
export const GET = apiRoute(
  async (request) => {
    const withAccounts = request.nextUrl.searchParams.get("accounts") === "1";
    return new NextResponse(streamOf(exportSnapshot(databaseFile(), { withAccounts })), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${downloadName("json")}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { role: "admin" },
);
