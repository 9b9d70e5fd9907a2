import fs from "node:fs";
import path from "node:path";

type DatabaseEnv = Record<string, string | undefined>;

export const DEFAULT_DATABASE_FILE = path.join("data", "parallax.db");

/** The two databases Parallax runs on: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseKind = "sqlite" | "postgresql";

/** Which database a URL names: `file:` is SQLite, `postgresql://` or `postgres://` PostgreSQL. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite "file:" URL or a PostgreSQL "postgresql://" URL, got "${redacted(url)}"`,
  );
}

/** A database URL without its password, to print. */
export function redacted(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*):[^@/]*@/, "$1:***@");
}

/**
 * The database the app, the Prisma CLI and the scripts open: DATABASE_URL, else the SQLite file
 * data/parallax.db. A SQLite URL comes back with an absolute path, so that every process opens the
 * same file whatever its working directory; a PostgreSQL URL as it is.
 */
export function databaseUrl(env: DatabaseEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  if (raw && databaseKind(raw) === "postgresql") {
    const parsed = URL.canParse(raw) ? new URL(raw) : null;
    if (!parsed?.hostname && !parsed?.searchParams.get("host"))
      throw new Error("DATABASE_URL names no PostgreSQL host");
    return raw;
  }
  return `file:${databaseFile(env)}`;
}

/** The SQLite file DATABASE_URL names (or data/parallax.db); refuses a PostgreSQL URL. */
export function databaseFile(env: DatabaseEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return path.resolve(DEFAULT_DATABASE_FILE);
  if (databaseKind(raw) !== "sqlite") throw new Error("DATABASE_URL names a PostgreSQL database, not a SQLite file");
  const file = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (!file) throw new Error('DATABASE_URL "file:" names no file');
  return path.resolve(file);
}

/** Where the database is, to print: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseLabel(env: DatabaseEnv = process.env): string {
  const url = databaseUrl(env);
  return databaseKind(url) === "sqlite" ? databaseFile(env) : redacted(url);
}

/** Creates the folder that will hold the database file (nothing to do for PostgreSQL). */
export function ensureDatabaseDir(env: DatabaseEnv = process.env): void {
  if (databaseKind(databaseUrl(env)) === "sqlite") fs.mkdirSync(path.dirname(databaseFile(env)), { recursive: true });
}
