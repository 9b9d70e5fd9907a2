import { Prisma } from "@/lib/generated/prisma/client";
import { kindOf, type PrismaClient, type Tx } from "./client";

/**
 * The few pieces of raw SQL that SQLite and PostgreSQL spell differently. Every other query is
 * written once, in the SQL both understand: quoted identifiers, COALESCE, window functions, row
 * values. Full-text search has its own two spellings (lib/search).
 */
export interface Dialect {
  /** a JSON array of strings as a table `j` with one column, "value" */
  jsonValues(json: string): Prisma.Sql;
  /** a join that reads its left side first and looks up the right (SQLite plans a CROSS JOIN so) */
  lookupJoin: Prisma.Sql;
  /** the larger of two values */
  greater(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql;
  /** a text column's values of a group joined by commas: many rows read as one value */
  commaJoined(column: Prisma.Sql): Prisma.Sql;
}

const sqlite: Dialect = {
  jsonValues: (json) => Prisma.sql`json_each(${json}) j`,
  lookupJoin: Prisma.sql`CROSS JOIN`,
  greater: (a, b) => Prisma.sql`max(${a}, ${b})`,
  commaJoined: (column) => Prisma.sql`group_concat(${column}, ',')`,
};

const postgresql: Dialect = {
  jsonValues: (json) => Prisma.sql`jsonb_array_elements_text(CAST(${json} AS jsonb)) AS j("value")`,
  lookupJoin: Prisma.sql`JOIN`,
  greater: (a, b) => Prisma.sql`GREATEST(${a}, ${b})`,
  commaJoined: (column) => Prisma.sql`string_agg(${column}, ',')`,
};

/** The dialect of the database a client (or a transaction's client) talks to. */
export const dialectOf = (db: PrismaClient | Tx): Dialect => (kindOf(db) === "postgresql" ? postgresql : sqlite);
