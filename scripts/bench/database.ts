// The database a benchmark fills: the empty PostgreSQL database DATABASE_URL names, or a new SQLite
// file in a throw-away folder (the default), migrated either way. bench:comparison, bench:import and
// bench:search take it, so that one machine measures both databases.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withPostgres } from "@/lib/db/postgres";
import { enableWal, migrate } from "@/lib/db/prepare";
import { databaseKind, databaseLabel, type DatabaseKind } from "@/lib/db/url";

export interface BenchDatabase {
  url: string;
  kind: DatabaseKind;
  /** a throw-away folder for the benchmark's files (the SQLite database among them) */
  dir: string;
  /** removes what the benchmark made: the folder; a PostgreSQL database is left as it is, to look at */
  remove(): void;
}

export async function benchDatabase(name: string): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  const given = process.env.DATABASE_URL?.trim();
  const url = given && databaseKind(given) === "postgresql" ? given : `file:${path.join(dir, "bench.db")}`;
  const kind = databaseKind(url);
  if (kind === "postgresql") {
    const tables = await withPostgres(url, async (c) =>
      Number((await c.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n),
    );
    if (tables > 0) {
      throw new Error(
        `DATABASE_URL names a database that holds tables (${databaseLabel({ DATABASE_URL: url })}): the benchmark fills an empty one (dropdb, then createdb).`,
      );
    }
  }
  process.env.DATABASE_URL = url;
  await migrate();
  enableWal();
  console.log(`Database: ${kind === "sqlite" ? "SQLite" : "PostgreSQL"}, ${databaseLabel()}`);
  return { url, kind, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
