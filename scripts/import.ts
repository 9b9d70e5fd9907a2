// npm run import -- <files or folders...> [--outlet NAME] [--lang en|uk|ru] [--event ID] [--json]
import { runImportCli } from "@/lib/import/cli";
import { runCli } from "./run-cli";

runCli(runImportCli);
