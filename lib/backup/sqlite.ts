import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { committedMigrations } from "@/lib/db/migrations";
import { migrateSqlite } from "@/lib/db/prepare";
import { RestoreError } from "./restore-error";

const SQLITE_MAGIC = "SQLite format 3\0";

/** Whether a file starts as an SQLite database does. */
export function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.toString("latin1") === SQLITE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

/** "ok", or what SQLite's integrity check found wrong with a database file. */
export function integrityOf(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    sqlite.close();
  }
}

/** Backups and exports never overwrite a file. */
export function refuseExisting(file: string) {
  if (fs.existsSync(file)) throw new RestoreError(`${file} already exists; name a new file.`);
}

/**
 * A consistent copy of a live database, made with SQLite's online backup API while other
 * connections go on reading and writing, then checked with `PRAGMA integrity_check`.
 * Refuses to overwrite a file. `progress` is told the share of pages copied.
 */
export async function backupDatabase(source: string, out: string, progress?: (share: number) => void) {
  refuseExisting(out);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const sqlite = new Database(source, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await sqlite.backup(out, {
      progress: ({ totalPages, remainingPages }) => {
        progress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
        return 256;
      },
    });
    progress?.(1);
  } finally {
    sqlite.close();
  }
  const integrity = integrityOf(out);
  if (integrity !== "ok") {
    fs.rmSync(out, { force: true });
    throw new RestoreError(`The copy failed SQLite's integrity check: ${integrity}`);
  }
  return { bytes: fs.statSync(out).size };
}

/** Runs `run` on a throw-away folder, removed afterwards. */
async function inTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-"));
  try {
    return await run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withClient<T>(file: string, run: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = createPrismaClient(`file:${file}`);
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

/** A backup of a live database as a stream to download; its temporary file goes when the stream ends. */
export async function backupStream(source: string): Promise<{ stream: Readable; bytes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-"));
  try {
    const copy = path.join(dir, "backup.db");
    const { bytes } = await backupDatabase(source, copy);
    const stream = fs.createReadStream(copy);
    stream.on("close", () => fs.rmSync(dir, { recursive: true, force: true }));
    return { stream, bytes };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * `run` on a copy of a backup file, brought up to this version's schema: refused when it
 * is not a sound SQLite file, not a Parallax database, or made by a newer version.
 */
export function withBackupFile<T>(file: string, run: (db: PrismaClient) => Promise<T>): Promise<T> {
  return inTempDir(async (dir) => {
    const copy = path.join(dir, "restore.db");
    fs.copyFileSync(file, copy);
    const integrity = integrityOf(copy);
    if (integrity !== "ok") throw new RestoreError(`The backup is damaged or truncated: ${integrity}`);
    bringUpToDate(copy);
    return withClient(copy, run);
  });
}

/**
 * A snapshot of a live SQLite database (an online backup, checked as it is made), brought up to
 * this version's schema and open until closed, when it is removed.
 */
export async function sqliteSnapshot(source: string): Promise<{ db: PrismaClient; close(): Promise<void> }> {
  if (!fs.existsSync(source)) throw new RestoreError(`${source} does not exist.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-snapshot-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const copy = path.join(dir, "snapshot.db");
    await backupDatabase(source, copy);
    bringUpToDate(copy);
    const db = createPrismaClient(`file:${copy}`);
    return {
      db,
      close: async () => {
        await db.$disconnect();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Migrates a copy of a Parallax database to this version's schema: refused when it is not Parallax's, or newer. */
function bringUpToDate(copy: string): void {
  const sqlite = new Database(copy, { readonly: true });
  let applied: string[];
  try {
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'");
    if (!table.get()) throw new RestoreError("The file is an SQLite database, but not a Parallax one.");
    applied = (
      sqlite.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    sqlite.close();
  }
  const known = new Set(committedMigrations());
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new RestoreError(
      `The backup was made by a newer version of Parallax (schema ${unknown.sort().at(-1)}); update Parallax first.`,
    );
  }
  migrateSqlite({ DATABASE_URL: `file:${copy}` });
}
