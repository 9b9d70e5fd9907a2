// npm run user -- <command>: manage accounts and API tokens from the command line.
import { runUserCli } from "@/lib/auth/cli";
import { runCli } from "@/lib/cli/run";

runCli(runUserCli);
