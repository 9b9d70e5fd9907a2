// npm run export -- --out <file.json> [--with-accounts]: the whole database as versioned JSON (lib/backup/format.ts).
import { runExportCli } from "@/lib/backup/cli";
import { runTool } from "@/lib/cli/run";

runTool(runExportCli);
