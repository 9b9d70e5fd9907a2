import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { downloadName } from "@/lib/backup/format";
import { backupStream } from "@/lib/backup/sqlite";
import { databaseFile, databaseKind, databaseUrl } from "@/lib/db/url";
import { Refusal } from "@/lib/server/errors";
import { apiRoute } from "@/lib/server/route";

/** GET /api/admin/backup: an online copy of the SQLite database, checked for integrity (admins); not on PostgreSQL. */
export const GET = apiRoute(
  async () => {
    if (databaseKind(databaseUrl()) !== "sqlite") throw new Refusal("noFileBackup");
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
