import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { isParseArgsError } from "@/lib/cli/args";
import type { CliIo } from "@/lib/cli/io";
import type { PrismaClient } from "@/lib/db/client";
import { databaseFile, databaseKind, databaseLabel, databaseUrl } from "@/lib/db/url";
import type { TableName } from "./format";
import { restoreFile, RestoreError, type RestoreOptions } from "./restore";
import { copyDatabase, exportLive } from "./snapshot";
import { backupDatabase, refuseExisting } from "./sqlite";

export const USAGE = {
  backup: "Usage: npm run backup -- --out <file.db>",
  export: "Usage: npm run export -- --out <file.json> [--with-accounts]",
  restore: "Usage: npm run restore -- <file.json | file.db> [--replace]",
  copy: "Usage: npm run db:copy -- --from <database url> --to <database url> [--replace]",
};

type Io = Pick<CliIo, "out" | "err">;

/** Bad arguments: the message, the usage, exit 2 (as parseArgs' own refusals). */
class UsageError extends Error {}

const isUsageError = (error: unknown) => error instanceof UsageError || isParseArgsError(error);

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`${name} is required`);
  return value;
}

/** Runs one command; returns the exit status: 0 done, 1 refused (nothing changed), 2 bad arguments. */
async function guarded(usage: string, io: Io, run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (error) {
    if (error instanceof RestoreError) {
      io.err(error.message);
      for (const problem of error.problems) io.err(`  ${problem}`);
      return 1;
    }
    if (isUsageError(error)) {
      io.err(`${(error as Error).message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** npm run backup: an online copy of the SQLite file, checked for integrity. */
export function runBackupCli(argv: string[], io: Io): Promise<number> {
  return guarded(USAGE.backup, io, async () => {
    const { values } = parseArgs({ args: argv, options: { out: { type: "string" } }, strict: true });
    const out = required(values.out, "--out");
    if (databaseKind(databaseUrl()) !== "sqlite") {
      throw new RestoreError(
        "npm run backup copies the SQLite file; back PostgreSQL up with its own tools (pg_dump), or use npm run export.",
      );
    }
    const { bytes } = await backupDatabase(databaseFile(), out);
    io.out(`Backed up ${databaseFile()} to ${out} (${mb(bytes)}, integrity ok).`);
  });
}

/** Writes a file through a `.partial` name, renamed when complete: a crash leaves no half file under the name. */
async function writeWhole(out: string, chunks: AsyncIterable<string>) {
  refuseExisting(out);
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(chunks), fs.createWriteStream(partial));
    fs.renameSync(partial, out);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** npm run export: the whole database as JSON, read from one consistent state while the server goes on writing. */
export function runExportCli(argv: string[], io: Io): Promise<number> {
  return guarded(USAGE.export, io, async () => {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: "string" }, "with-accounts": { type: "boolean" } },
      strict: true,
    });
    const out = required(values.out, "--out");
    const written: Partial<Record<TableName, number>> = {};
    await writeWhole(
      out,
      exportLive({
        withAccounts: values["with-accounts"],
        progress: (table, rows) => (written[table] = rows),
      }),
    );
    io.out(`Exported to ${out} (${mb(fs.statSync(out).size)}): ${summary(written)}.`);
    if (!values["with-accounts"]) io.out("Password hashes are left out; add --with-accounts to keep them.");
  });
}

const summary = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts)
    .filter(([, n]) => n)
    .map(([t, n]) => `${n} ${t}`)
    .join(", ") || "no rows";

/** npm run restore: a JSON export or an SQLite backup into this (empty) database, in one transaction. */
export function runRestoreCli(db: PrismaClient, argv: string[], io: Io): Promise<number> {
  return guarded(USAGE.restore, io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { replace: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) {
      throw new UsageError("name one file to restore");
    }
    const { header, counts } = await restoreFile(db, positionals[0]!, {
      replace: values.replace,
      // a line per table as it is loaded, then the search index: a large restore shows it is moving
      progress: loadProgress(io),
    });
    io.out(`Restored ${positionals[0]} (exported ${header.exportedAt}): ${summary(counts)}.`);
    if (!header.withAccounts && counts.user > 0) {
      io.out("The export had no password hashes: give each user a new one with npm run user -- password --email E.");
    }
  });
}

/** Says how a long load goes: a line per table once loaded, then the search index. */
const loadProgress =
  (io: Io): RestoreOptions["progress"] =>
  (step, done, total) => {
    if (done === total)
      io.err(step === "index" ? `search index: ${total} items` : `${step}: ${total} row${total === 1 ? "" : "s"}`);
  };

/** npm run db:copy: a whole database into an empty one, SQLite and PostgreSQL either way. */
export function runCopyCli(argv: string[], io: Io): Promise<number> {
  return guarded(USAGE.copy, io, async () => {
    const { values } = parseArgs({
      args: argv,
      options: { from: { type: "string" }, to: { type: "string" }, replace: { type: "boolean" } },
      strict: true,
    });
    const from = required(values.from, "--from");
    const to = required(values.to, "--to");
    for (const url of [from, to]) {
      try {
        databaseUrl({ DATABASE_URL: url });
      } catch (error) {
        throw new UsageError((error as Error).message.replace("DATABASE_URL", "a database URL"));
      }
    }
    const { counts } = await copyDatabase(from, to, { replace: values.replace, progress: loadProgress(io) });
    io.out(
      `Copied ${databaseLabel({ DATABASE_URL: from })} to ${databaseLabel({ DATABASE_URL: to })}: ${summary(counts)}.`,
    );
  });
}
