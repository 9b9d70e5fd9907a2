// npm run dev runs this first: migrations, WAL, and the demo corpus on an empty database.
// npm run db:migrate runs it with --migrate: the migrations alone.
import { readFlags } from "@/lib/cli/args";
import { migrate, prepareDatabase } from "@/lib/db/prepare";
import { databaseLabel } from "@/lib/db/url";

const { values } = readFlags("Usage: npm run db:migrate (tsx scripts/prepare-db.ts --migrate), or npm run dev", {
  options: { migrate: { type: "boolean" } },
});

(values.migrate ? migrate() : prepareDatabase().then(() => undefined))
  .then(() => console.log(`Database ready: ${databaseLabel()}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
