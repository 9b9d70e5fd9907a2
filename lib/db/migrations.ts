import fs from "node:fs";
import path from "node:path";
import { POSTGRES_MIGRATIONS } from "./postgres-schema";

/** The migration folders of a directory, oldest first. */
function migrationsIn(dir: string): string[] {
  const root = path.resolve(dir);
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

/** The SQLite migrations this version of Parallax ships, oldest first: their names are the schema's versions. */
export const committedMigrations = () => migrationsIn(path.join("prisma", "migrations"));

/** The PostgreSQL migrations this version ships (the same data model, prisma/postgresql), oldest first. */
export const committedPostgresMigrations = () => migrationsIn(POSTGRES_MIGRATIONS);

/** The SQL of a committed PostgreSQL migration. */
export const postgresMigrationSql = (name: string) =>
  fs.readFileSync(path.resolve(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8");
