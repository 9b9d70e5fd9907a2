// npm run backup -- --out <file.db>: a consistent copy of the SQLite database while the app keeps serving.
import { runBackupCli } from "@/lib/backup/cli";
import { runTool } from "@/lib/cli/run";

runTool(runBackupCli);
