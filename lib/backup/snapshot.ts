import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/prepare";
import { databaseFile, databaseKind, databaseUrl } from "@/lib/db/url";
import { exportDatabase, schemaVersion, type ExportOptions } from "./export";
import { FORMAT, FORMAT_VERSION } from "./format";
import { fromDatabase, RestoreError, restoreRows, type RestoreOptions } from "./restore";
import { sqliteSnapshot } from "./sqlite";

// Reading a whole database that may be in use, consistently: an SQLite file through a snapshot of
// it (an online backup), PostgreSQL through one transaction that sees a single state of the data.

/**
 * A client that reads one state of a PostgreSQL database until it is closed: one connection (so
 * that every query goes through it), in a REPEATABLE READ READ ONLY transaction, which holds up no
 * writer however long it reads. The database is migrated first.
 */
async function postgresSnapshot(url: string) {
  await migrate({ DATABASE_URL: url });
  const db = createPrismaClient(url, { connections: 1 });
  await db.$executeRaw`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
  return {
    db,
    close: async () => {
      await db.$executeRaw`COMMIT`.catch(() => {});
      await db.$disconnect();
    },
  };
}

/** One consistent state of the database at `url`, open until closed. */
const openSnapshot = (url: string) =>
  databaseKind(url) === "sqlite" ? sqliteSnapshot(databaseFile({ DATABASE_URL: url })) : postgresSnapshot(url);

/** `run` on one consistent state of the database at `url`. */
export async function readSnapshot<T>(url: string, run: (db: PrismaClient) => Promise<T>): Promise<T> {
  const { db, close } = await openSnapshot(url);
  try {
    return await run(db);
  } finally {
    await close();
  }
}

/** The export of the database at `url` (DATABASE_URL's by default), read from one consistent state. */
export async function* exportLive(options: ExportOptions = {}, url = databaseUrl()): AsyncGenerator<string> {
  const { db, close } = await openSnapshot(url);
  try {
    yield* exportDatabase(db, options);
  } finally {
    await close();
  }
}

/**
 * Copies a whole Parallax database into an empty one, either way between SQLite and PostgreSQL (or
 * between two of a kind): every table of the export format (lib/backup/format.ts), accounts and
 * password hashes included, read a batch at a time from one consistent state of the source and
 * written in one transaction, so that the target holds all of it or nothing. The target is
 * migrated first; one that holds data is refused unless `replace`. Returns how many rows each
 * table received.
 */
export async function copyDatabase(from: string, to: string, options: RestoreOptions = {}) {
  const source = databaseUrl({ DATABASE_URL: from });
  const target = databaseUrl({ DATABASE_URL: to });
  if (source === target) throw new RestoreError("--from and --to name the same database.");
  await migrate({ DATABASE_URL: target });
  const db = createPrismaClient(target);
  try {
    return await readSnapshot(source, async (reader) => {
      const header = {
        format: FORMAT as typeof FORMAT,
        version: FORMAT_VERSION,
        schema: await schemaVersion(reader),
        exportedAt: new Date().toISOString(),
        withAccounts: true,
      };
      return { header, counts: await restoreRows(db, fromDatabase(reader, header), options) };
    });
  } finally {
    await db.$disconnect();
  }
}
