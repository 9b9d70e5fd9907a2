// npm run restore -- <file.json | file.db> [--replace]: loads an export or a backup, all or nothing.
import { runRestoreCli } from "@/lib/backup/cli";
import { runCli } from "@/lib/cli/run";

runCli(runRestoreCli);
