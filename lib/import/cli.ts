import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { getT } from "@/i18n/fixed";
import type { CliIo } from "@/lib/cli/io";
import type { PrismaClient } from "@/lib/db/client";
import { contentLanguages, type ContentLanguage } from "@/lib/domain/vocabulary";
import { ImportError } from "./errors";
import { extensionOf, importExtensions } from "./pipeline";
import { reportResult, summarize } from "./report";
import type { ImportResult } from "./store";
import { importFiles } from "./store-files";
import { defaultWorkers } from "./workers";

export const IMPORT_USAGE = `Usage: npm run import -- <files or folders...> [options]

Imports .txt, .md, .html, .json and .csv files (folders are searched recursively).

Options:
  --outlet NAME   the outlet of articles that do not name one
  --lang en|uk|ru the language of every article (otherwise detected)
  --event ID      add the articles to this event (id or slug)
  --workers N     threads for the text work (default: one per core but one, for more than 200 files; 0: none)
  --json          print one JSON object with a result per file or row
  --help          show this help

Exit status: 0 when nothing failed, 1 when a file or row was not imported, 2 on bad arguments.`;

/** Every importable file under the given paths, in a stable order; a missing path is kept to be reported. */
export function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return void files.push(p);
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (!entry.startsWith(".")) walk(path.join(p, entry), false);
    } else if (explicit || (importExtensions as readonly string[]).includes(extensionOf(p))) files.push(p);
  };
  for (const p of paths) walk(p, true);
  return files;
}

/** npm run import: prepares and stores the files, reporting progress and a summary. */
export async function runImportCli(
  prisma: PrismaClient,
  argv: string[],
  io: Pick<CliIo, "out" | "err" | "tty">,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        lang: { type: "string" },
        event: { type: "string" },
        workers: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(IMPORT_USAGE), 0);
  if (positionals.length === 0) return (io.err(`No files or folders given.\n\n${IMPORT_USAGE}`), 2);
  if (values.workers !== undefined && !/^\d{1,2}$/.test(values.workers)) {
    return (io.err(`--workers must be a whole number from 0 to 99, not "${values.workers}".`), 2);
  }
  if (values.lang !== undefined && !(contentLanguages as readonly string[]).includes(values.lang)) {
    return (io.err(`--lang must be en, uk or ru, not "${values.lang}".`), 2);
  }
  const files = collectFiles(positionals);
  const t = getT("en", "import");
  const bar =
    io.tty && !values.json
      ? new SingleBar({ format: "{bar} {value}/{total} files  {file}", hideCursor: true, clearOnComplete: true })
      : null;
  bar?.start(files.length, 0, { file: "" });
  const workers = values.workers !== undefined ? Number(values.workers) : defaultWorkers(files.length);
  const perFile = await importFiles(
    prisma,
    files.map((file) => ({
      // the source recorded for an article is the path as given, so re-running from the same folder reads the same
      name: file,
      read: () => {
        try {
          return fs.readFileSync(file);
        } catch (error) {
          const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
          return new ImportError("unreadable", {
            reason: missing ? "no such file or folder" : (error as Error).message,
          });
        }
      },
    })),
    {
      defaults: { lang: (values.lang as ContentLanguage | undefined) ?? null, outlet: values.outlet ?? null },
      event: values.event,
      userId: null,
      workers,
      stored: (index, own) => {
        bar?.update(index + 1, { file: path.basename(files[index + 1] ?? "") });
        if (!bar && !values.json) for (const r of own) io.err(`[${index + 1}/${files.length}] ${line(r, t)}`);
      },
    },
  );
  const results = perFile.flat();
  bar?.update(files.length, { file: "" });
  bar?.stop();
  const summary = summarize(results);
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          results: results.map((r) => {
            const { source, ...rest } = reportResult(r, t);
            return { path: source, ...rest };
          }),
          summary,
        },
        null,
        2,
      ),
    );
  } else {
    if (bar) for (const r of results.filter((r) => r.status === "failed")) io.err(line(r, t));
    io.out(
      `${files.length} files: ${summary.imported} imported (${summary.likelyDuplicates} likely duplicates), ${summary.duplicates} already stored, ${summary.failed} failed.`,
    );
  }
  return summary.failed > 0 ? 1 : 0;
}

function line(r: ImportResult, t: ReturnType<typeof getT<"import">>): string {
  const where = r.row === null ? r.source : `${r.source} row ${r.row}`;
  if (r.error) return `${where}: ${t(`errors.${r.error.code}`, r.error.values)}`;
  const copy = r.duplicateOf ? ` (likely a copy of ${r.duplicateOf})` : "";
  const waiting = r.waiting ? `, ${r.waiting} candidate${r.waiting === 1 ? "" : "s"} to review` : "";
  return `${where}: ${r.status} ${r.articleId} [${r.lang}]${copy}${waiting}`;
}
