// npm run candidates -- (--all | <article ids...>) [--json]
import { runCandidatesCli } from "@/lib/candidates/cli";
import { runCli } from "@/lib/cli/run";

runCli(runCandidatesCli);
