// npm run dev runs this first: migrations, WAL, and the demo corpus on an empty database.
// npm run db:migrate runs it with --migrate: the migrations alone.
import { migrate, prepareDatabase } from "@/lib/db/prepare";
import { databaseLabel } from "@/lib/db/url";

(process.argv.includes("--migrate") ? migrate() : prepareDatabase().then(() => undefined))
  .then(() => console.log(`Database ready: ${databaseLabel()}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
