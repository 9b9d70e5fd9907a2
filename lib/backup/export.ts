import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { columnsOf, FORMAT, FORMAT_VERSION, tableNames, type TableName } from "./format";
import { readRows } from "./tables";

export interface ExportOptions {
  /** keep the users' password hashes, so that they can sign in after a restore */
  withAccounts?: boolean;
  /** the moment written as exportedAt (now by default) */
  now?: Date;
  /** told after each batch: the table and how many of its rows are written */
  progress?: (table: TableName, rows: number) => void;
}

/** The last migration the database has applied: the schema its rows follow. */
export async function schemaVersion(db: PrismaClient): Promise<string> {
  const [last] = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`;
  return last?.name ?? "";
}

/**
 * The whole database in the export format (lib/backup/format.ts), as chunks of text to
 * write or stream: a table at a time, a batch of rows per query, so that memory stays
 * flat however large the corpus. For a consistent copy of a database in use, export a
 * snapshot of it (withSnapshot in ./sqlite.ts), as `npm run export` and the admin page do.
 */
export async function* exportDatabase(db: PrismaClient, options: ExportOptions = {}): AsyncGenerator<string> {
  const withAccounts = options.withAccounts ?? false;
  const head = {
    format: FORMAT,
    version: FORMAT_VERSION,
    schema: await schemaVersion(db),
    exportedAt: (options.now ?? new Date()).toISOString(),
    withAccounts,
  };
  yield `${JSON.stringify(head).slice(0, -1)},\n"tables":{`;
  const checksums: Record<string, { rows: number; sha256: string }> = {};
  for (const [t, table] of tableNames.entries()) {
    const columns = columnsOf(table).filter((c) => withAccounts || c !== "passwordHash");
    const hash = createHash("sha256");
    let rows = 0;
    yield `${t === 0 ? "" : ","}\n${JSON.stringify(table)}:[`;
    for await (const batch of readRows(db, table, columns)) {
      let chunk = "";
      for (const row of batch) {
        // columns in the format's order, whatever order the client returns them in
        const line = JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c]])));
        hash.update(`${line}\n`);
        chunk += `${rows === 0 ? "" : ","}\n${line}`;
        rows += 1;
      }
      yield chunk;
      options.progress?.(table, rows);
    }
    yield rows === 0 ? "]" : "\n]";
    checksums[table] = { rows, sha256: hash.digest("hex") };
  }
  yield `\n},\n"checksums":${JSON.stringify(checksums)}}\n`;
}
