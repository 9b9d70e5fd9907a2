import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { committedMigrations } from "@/lib/db/migrations";
import { migrateSqlite } from "@/lib/db/prepare";

/** Another migrated SQLite file beside a test's own database (withTempDatabase), for copies and restores. */
export function freshDatabase(name: string, migrations?: string): { prisma: PrismaClient; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  const file = path.join(dir, "test.db");
  if (migrations) migrateUpTo(file, migrations);
  else migrateSqlite({ DATABASE_URL: `file:${file}` });
  return { prisma: createPrismaClient(`file:${file}`), file };
}

/**
 * Applies the committed migrations up to and including `last` and records them as Prisma's
 * migrate deploy does (name and SHA-256 checksum), as an older version of Parallax left it.
 */
function migrateUpTo(file: string, last: string) {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const names = committedMigrations().filter((n) => n <= last);
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      db.exec(sql);
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES (?, ?, ?, ?, 1)`,
      ).run(randomUUID(), createHash("sha256").update(sql).digest("hex"), Date.now(), name);
    }
  } finally {
    db.close();
  }
}
