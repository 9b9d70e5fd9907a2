// For e2e/accounts.ts query(): one query on the end-to-end suite's PostgreSQL database, its rows
// printed as JSON. Usage: node e2e/pg-query.mjs <database url> <sql with $1…> <parameters as JSON>
import pg from "pg";

pg.types.setTypeParser(20, Number); // count(*) is a bigint: a number, as SQLite gives it
const [url, sql, params] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const { rows } = await client.query(sql, JSON.parse(params));
  process.stdout.write(JSON.stringify(rows));
} finally {
  await client.end();
}
