// The PostgreSQL data model is not written by hand: it is prisma/schema.prisma with the
// PostgreSQL datasource and its own generated client (scripts/postgres-schema.ts writes it, and a
// test fails when the committed copy differs from what this makes of the SQLite one).

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgresql/migrations";

const HEADER = `// Generated from prisma/schema.prisma by \`npm run db:postgres-schema\`: do not edit.
// The same data model on PostgreSQL (DATABASE_URL postgresql://…), with a client of its own.
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the SQLite schema's text. */
export function postgresSchema(sqlite: string): string {
  let schema = replaceOnce(
    sqlite,
    /(generator client \{[^}]*?output\s*=\s*)"[^"]*"/,
    '$1"../../lib/generated/prisma-postgresql"',
  );
  schema = replaceOnce(
    schema,
    /datasource db \{[^}]*\}/,
    'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/parallax"\n}',
  );
  return HEADER + "\n" + schema;
}
