// npm run db:copy -- --from <url> --to <url>: a whole database into an empty one, SQLite and
// PostgreSQL either way, all or nothing (lib/backup/snapshot.ts).
import { runCopyCli } from "@/lib/backup/cli";
import { runTool } from "@/lib/cli/run";

runTool(runCopyCli);
