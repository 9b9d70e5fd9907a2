import { NextResponse } from "next/server";
import { downloadName } from "@/lib/backup/format";
import { exportLive } from "@/lib/backup/snapshot";
import { streamOf } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";

/** GET /api/admin/export[?accounts=1]: the whole database as versioned JSON (admins); accounts=1 keeps password hashes. */
export const GET = apiRoute(
  async (request) => {
    const withAccounts = request.nextUrl.searchParams.get("accounts") === "1";
    return new NextResponse(streamOf(exportLive({ withAccounts })), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${downloadName("json")}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { role: "admin" },
);
