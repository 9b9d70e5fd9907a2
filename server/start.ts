// npm start: bring the database up to date (seeding the demo corpus into an empty one), build
// when the sources changed since the last build, then serve the production app.
// --reset-db starts from an empty database: the end-to-end tests use it on a throw-away one.
import { readFlags } from "@/lib/cli/args";
import { prepareDatabase, removeDatabase } from "@/lib/db/prepare";
import { databaseLabel } from "@/lib/db/url";
import { readEnv } from "@/lib/env";
import { buildIfChanged } from "./build-fingerprint";
import { spawnServer } from "./process";

const { values } = readFlags("Usage: npm start [-- --reset-db]", { options: { "reset-db": { type: "boolean" } } });

async function main() {
  readEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  // the database first: a wrong DATABASE_URL is said at once, not after a build
  if (values["reset-db"]) await removeDatabase();
  await prepareDatabase();
  console.log(`Database: ${databaseLabel()}`);

  buildIfChanged();

  const server = spawnServer(process.env, "inherit");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
