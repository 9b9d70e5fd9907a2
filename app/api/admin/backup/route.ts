import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { downloadName } from "@/lib/backup/format";
import { backupStream } from "@/lib/backup/sqlite";
import { databaseFile } from "@/lib/db/url";
import { apiRoute } from "@/lib/server/api";

/** GET /api/admin/backup: an online copy of the SQLite database, checked for integrity (admins). */
export const GET = apiRoute(
  async () => {
    const { stream, bytes } = await backupStream(databaseFile());
    return new NextResponse(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "application/vnd.sqlite3",
        "Content-Length": String(bytes),
        "Content-Disposition": `attachment; filename="${downloadName("db")}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { role: "admin" },
);
