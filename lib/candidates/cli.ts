import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import type { CliIo } from "@/lib/cli/io";
import type { PrismaClient } from "@/lib/db/client";
import { entityMatcher, recomputeCandidates, type Recomputed } from "./store";

export const CANDIDATES_USAGE = `Usage: npm run candidates -- (--all | <article ids...>) [--json]

Runs the candidate extractor again on stored articles, replacing their pending
candidates. Accepted and rejected candidates, and new ones overlapping them, stay
as they were decided.

Options:
  --all      every article
  --json     print one JSON object with a result per article
  --help     show this help

Exit status: 0 when every article was recomputed, 1 when an id is unknown, 2 on bad arguments.`;

/** npm run candidates: recomputes candidates article by article, each in its own transaction. */
export async function runCandidatesCli(
  prisma: PrismaClient,
  argv: string[],
  io: Pick<CliIo, "out" | "err" | "tty">,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { all: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean" } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${CANDIDATES_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(CANDIDATES_USAGE), 0);
  if (!values.all === (positionals.length === 0))
    return (io.err(`Give either --all or article ids.\n\n${CANDIDATES_USAGE}`), 2);

  const articles = await prisma.article.findMany({
    where: values.all ? {} : { id: { in: positionals } },
    select: { id: true, text: true, lang: true, title: true },
    orderBy: { importedAt: "asc" },
  });
  const missing = positionals.filter((id) => !articles.some((a) => a.id === id));
  const matcher = await entityMatcher(prisma);
  const bar =
    io.tty && !values.json
      ? new SingleBar({ format: "{bar} {value}/{total} articles", hideCursor: true, clearOnComplete: true })
      : null;
  bar?.start(articles.length, 0);
  const results: Recomputed[] = [];
  for (const [i, article] of articles.entries()) {
    results.push(await prisma.$transaction((tx) => recomputeCandidates(tx, article, matcher)));
    bar?.update(i + 1);
    if (!bar && !values.json)
      io.err(
        `[${i + 1}/${articles.length}] ${article.id}: ${results[i]!.pending} pending, ${results[i]!.decided} decided`,
      );
  }
  bar?.stop();
  const pending = results.reduce((n, r) => n + r.pending, 0);
  const decided = results.reduce((n, r) => n + r.decided, 0);
  if (values.json)
    io.out(JSON.stringify({ results, missing, summary: { articles: results.length, pending, decided } }, null, 2));
  else {
    for (const id of missing) io.err(`${id}: no such article`);
    io.out(`${results.length} articles: ${pending} pending candidates, ${decided} accepted or rejected kept.`);
  }
  return missing.length > 0 ? 1 : 0;
}
