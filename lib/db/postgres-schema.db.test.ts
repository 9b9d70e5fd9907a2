import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, dropPostgresDatabase, onPostgres, postgresDatabaseUrl } from "@/test/temp-database";
import { migratePostgres, withPostgres } from "./postgres";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "./postgres-schema";

describe("the PostgreSQL data model", () => {
  it("is the SQLite one with PostgreSQL's datasource: run npm run db:postgres-schema when this fails", () => {
    const committed = fs.readFileSync(POSTGRES_SCHEMA, "utf8");
    expect(committed).toBe(postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
    expect(committed).toContain('provider = "postgresql"');
    expect(committed).toContain('output     = "../../lib/generated/prisma-postgresql"');
  });
});

/** What a database holds, as the catalogue describes it: tables' columns, indexes, constraints, enums. */
function catalogue(url: string) {
  return withPostgres(url, async (client) => {
    const rows = async (sql: string) => (await client.query<Record<string, unknown>>(sql)).rows;
    return {
      columns: await rows(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
      indexes: await rows(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
      ),
      constraints:
        await rows(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
      enums: await rows(`SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        ORDER BY 1, e.enumsortorder`),
    };
  });
}

// The objects the migrations make by hand, beside what Prisma's schema says (see
// prisma/postgresql/migrations/*_kept_by_the_database), and the migrations' own record.
const HAND_WRITTEN_TABLES = ["SearchIndex", "_prisma_migrations"];
const HAND_WRITTEN_INDEXES = ["ComparisonRow_figures_idx"];

describe.runIf(onPostgres)("the committed PostgreSQL migrations", () => {
  const urls = [postgresDatabaseUrl("drift_migrated"), postgresDatabaseUrl("drift_schema")];
  afterAll(async () => {
    for (const url of urls) await dropPostgresDatabase(url);
  });

  it("make exactly the tables, columns, indexes and constraints of the data model, and the hand-written rest", async () => {
    const [migrated, fromSchema] = urls as [string, string];
    for (const url of urls) await createPostgresDatabase(url);
    await migratePostgres(migrated);
    const prisma = path.join("node_modules", "prisma", "build", "index.js");
    const diff = spawnSync(
      process.execPath,
      [prisma, "migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
      { encoding: "utf8" },
    );
    expect(diff.status).toBe(0);
    await withPostgres(fromSchema, (client) => client.query(diff.stdout.replace(/^Loaded Prisma config.*\n/m, "")));

    const made = await catalogue(migrated);
    const wanted = await catalogue(fromSchema);
    const handWritten = (table: unknown) => HAND_WRITTEN_TABLES.includes(String(table).replace(/"/g, ""));
    expect({
      columns: made.columns.filter((c) => !handWritten(c.table_name)),
      indexes: made.indexes.filter(
        (i) => !handWritten(i.tablename) && !HAND_WRITTEN_INDEXES.includes(String(i.indexname)),
      ),
      constraints: made.constraints.filter((c) => !handWritten(c.table)),
      enums: made.enums,
    }).toEqual(wanted);
    // and the hand-written part is there
    expect(
      made.indexes.filter((i) => HAND_WRITTEN_INDEXES.includes(String(i.indexname))).map((i) => i.indexdef),
    ).toEqual([
      'CREATE INDEX "ComparisonRow_figures_idx" ON public."ComparisonRow" USING btree ("eventId", status, "aspectId", unit, "sourceId", low, high, lang, stance, "claimId") WHERE ((low IS NOT NULL) AND (high IS NOT NULL))',
    ]);
  }, 60_000);
});
