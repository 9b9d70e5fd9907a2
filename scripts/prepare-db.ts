// npm run dev runs this first: migrations, WAL, and the demo corpus on an empty database.
import { prepareDatabase } from "@/lib/db/prepare";
import { databaseFile } from "@/lib/db/url";

prepareDatabase()
  .then(() => console.log(`Database ready: ${databaseFile()}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
