import fs from "node:fs";
import path from "node:path";

type DatabaseEnv = Record<string, string | undefined>;

export const DEFAULT_DATABASE_FILE = path.join("data", "parallax.db");

/**
 * The SQLite database as a `file:` URL with an absolute path, so that the app,
 * the Prisma CLI and the scripts open the same file whatever their working
 * directory. `DATABASE_URL` overrides the default `data/parallax.db`.
 */
export function databaseUrl(env: DatabaseEnv = process.env): string {
  return `file:${databaseFile(env)}`;
}

export function databaseFile(env: DatabaseEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return path.resolve(DEFAULT_DATABASE_FILE);
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${raw}"`);
  }
  const file = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (!file) throw new Error('DATABASE_URL "file:" names no file');
  return path.resolve(file);
}

/** Creates the folder that will hold the database file. */
export function ensureDatabaseDir(env: DatabaseEnv = process.env): void {
  fs.mkdirSync(path.dirname(databaseFile(env)), { recursive: true });
}
