import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { committedPostgresMigrations, postgresMigrationSql } from "./migrations";
import { redacted } from "./url";

// The PostgreSQL side of preparing a database: connecting with a message a person can act on,
// applying the committed migrations (prisma/postgresql/migrations) one transaction each, under a
// lock that lets one server migrate at a time, and the planner's statistics.

/** The advisory lock held while migrating (Prisma's own migrate uses 72707369). */
export const MIGRATION_LOCK = 4_127_000_002;

/** What went wrong with a PostgreSQL server, said so that the person running Parallax can fix it. */
export function postgresProblem(error: unknown, url: string): Error {
  const e = error as { code?: string; message?: string };
  const where = redacted(url);
  const said = e.message ?? String(error);
  switch (e.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return new Error(
        `Cannot reach the PostgreSQL server of ${where} (${e.code}): is it running, and is the host right?`,
      );
    case "28P01":
    case "28000":
      return new Error(`PostgreSQL refused the user of ${where}: ${said}. Check the user name and password.`);
    case "3D000":
      return new Error(`${said} (${where}): create it first, e.g. createdb --owner=<user> <database>.`);
    case "42501":
      return new Error(
        `The PostgreSQL user of ${where} may not change the database's tables: ${said}. ` +
          "Migrations need a user that owns the database (or its public schema): see README, Configuration.",
      );
    default:
      return new Error(`PostgreSQL (${where}): ${said}`);
  }
}

/** Runs `work` on one connection to the server, closed afterwards; failures come back readable. */
export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw postgresProblem(error, url);
  }
  try {
    return await work(client);
  } catch (error) {
    throw error instanceof MigrationError ? error : postgresProblem(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

class MigrationError extends Error {}

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies the committed migrations the database lacks, and returns their names. Each runs in one
 * transaction with its record in `_prisma_migrations` (the table and checksums Prisma's migrate
 * keeps), so a migration that fails, or a server stopped half-way, leaves nothing of it behind.
 * Servers that start together take turns on an advisory lock: the first migrates, the others find
 * nothing left to do. Prisma's own `migrate deploy` cannot be used here: through the driver adapter
 * it cuts a migration at every semicolon, function bodies included, and runs the pieces one by one.
 */
export async function migratePostgres(url: string): Promise<string[]> {
  return withPostgres(url, async (client) => {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<{ migration_name: string }>(
        `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
      );
      const applied = new Set(rows.map((r) => r.migration_name));
      const committed = committedPostgresMigrations();
      const unknown = [...applied].filter((name) => !committed.includes(name));
      if (unknown.length > 0) {
        throw new MigrationError(
          `The database ${redacted(url)} was migrated by a newer version of Parallax (${unknown.sort().at(-1)}); update Parallax first.`,
        );
      }
      const done: string[] = [];
      for (const name of committed.filter((n) => !applied.has(n))) {
        const sql = postgresMigrationSql(name);
        try {
          await client.query("BEGIN");
          await client.query(sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
             VALUES ($1, $2, now(), $3, 1)`,
            [randomUUID(), createHash("sha256").update(sql).digest("hex"), name],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          const problem = postgresProblem(error, url);
          throw new MigrationError(`Migration ${name} was not applied, and nothing of it was kept. ${problem.message}`);
        }
        done.push(name);
      }
      return done;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    }
  });
}

/** Brings the planner's statistics up to date (ANALYZE samples each table, seconds at a million claims). */
export function analyzePostgres(url: string): Promise<void> {
  return withPostgres(url, async (client) => {
    await client.query("ANALYZE");
  });
}

/** Drops every table of the database's public schema (for throw-away test databases). */
export function emptyPostgres(url: string): Promise<void> {
  return withPostgres(url, async (client) => {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  });
}
