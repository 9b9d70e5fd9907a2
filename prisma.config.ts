import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseUrl, ensureDatabaseDir } from "./lib/db/url";

// Prisma's CLI runs the schema engine as WebAssembly through this adapter, so
// generate and migrate work offline (see README "Database").
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    ensureDatabaseDir();
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
