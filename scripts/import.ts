// npm run import -- <files or folders...> [--outlet NAME] [--lang en|uk|ru] [--event ID] [--json]
import { runCli } from "@/lib/cli/run";
import { runImportCli } from "@/lib/import/cli";

runCli(runImportCli);
