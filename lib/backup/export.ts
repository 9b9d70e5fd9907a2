import { createHash } from "node:crypto";
import { kindOf, type PrismaClient } from "@/lib/db/client";
import { committedMigrations, committedPostgresMigrations } from "@/lib/db/migrations";
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

/**
 * The schema the database's rows follow: the last migration it has applied. PostgreSQL's migrations
 * are its own, of the same data model (prisma/postgresql): a PostgreSQL database with all of them
 * follows the schema of the last SQLite migration this version ships, so that an export reads the
 * same from either database.
 */
export async function schemaVersion(db: PrismaClient): Promise<string> {
  const applied = (
    await db.$queryRaw<{ name: string }[]>`
      SELECT "migration_name" AS "name" FROM "_prisma_migrations"
       WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`
  ).map((r) => r.name);
  if (kindOf(db) === "sqlite") return applied.at(-1) ?? "";
  const missing = committedPostgresMigrations().filter((name) => !applied.includes(name));
  if (missing.length > 0) {
    throw new Error(`The PostgreSQL database lacks migration ${missing[0]}: run npm run db:migrate first.`);
  }
  return committedMigrations().at(-1)!;
}

/**
 * The whole database in the export format (lib/backup/format.ts), as chunks of text to
 * write or stream: a table at a time, a batch of rows per query, so that memory stays
 * flat however large the corpus. For a consistent copy of a database in use, export a
 * snapshot of it (exportLive in ./snapshot.ts), as `npm run export` and the admin page do.
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
