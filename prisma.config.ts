import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseKind, databaseUrl, ensureDatabaseDir } from "./lib/db/url";

// Prisma's CLI runs the schema engine as WebAssembly through this adapter, so
// generate and migrate work offline (see README "Database"). It serves the SQLite
// database; PostgreSQL is migrated by lib/db/postgres.ts (npm start, npm run db:migrate).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = databaseUrl();
    if (databaseKind(url) !== "sqlite") {
      throw new Error(
        "Prisma's CLI is set up for the SQLite database here: migrate PostgreSQL with npm run db:migrate.",
      );
    }
    ensureDatabaseDir();
    return new PrismaBetterSQLite3({ url });
  },
});
