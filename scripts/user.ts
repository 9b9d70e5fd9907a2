// npm run user -- <command>: manage accounts and API tokens from the command line.
import { runUserCli } from "@/lib/auth/cli";
import { runCli } from "./run-cli";

runCli(runUserCli);
