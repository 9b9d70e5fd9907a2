import { createHash } from "node:crypto";
import fs from "node:fs";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { committedMigrations } from "@/lib/db/migrations";
import { Prisma } from "@/lib/generated/prisma/client";
import { rebuildIndex } from "@/lib/search/reindex";
import { schemaVersion } from "./export";
import {
  columnsOf,
  document,
  FORMAT,
  FORMAT_VERSION,
  tableNames,
  tables,
  type ExportDocument,
  type TableName,
} from "./format";
import { RestoreError } from "./restore-error";
import { isSqliteFile, withBackupFile } from "./sqlite";
import { insertRows, modelOf, readRows } from "./tables";

export { RestoreError };

/** Rows between two progress reports. */
const BATCH = 5_000;
const MAX_PROBLEMS = 20;

/**
 * Columns added to the format after its first schema: a file exported before the migration
 * that added one lacks it, and restores with the value the migration gave existing rows.
 */
const addedColumns: { migration: string; table: TableName; column: string; value: unknown }[] = [
  ...["statedLow", "statedHigh", "vagueness"].flatMap((column) =>
    (["claim", "candidate"] as const).map((table) => ({
      migration: "20261202010000_claim_relations",
      table,
      column,
      value: null,
    })),
  ),
  { migration: "20261205230000_relays", table: "claim" as const, column: "speakerText", value: null },
  ...["canonical", "via"].map((column) => ({
    migration: "20261202030000_annotation_identity",
    table: "annotation" as const,
    column,
    value: null,
  })),
];

/** Tables added after the format's first schema: empty in a file exported before them. */
const addedTables: { migration: string; table: TableName }[] = [
  { migration: "20261202010000_claim_relations", table: "claimRelation" },
  { migration: "20261205230000_relays", table: "claimRelay" },
  { migration: "20261205230000_relays", table: "candidateRelay" },
];

type Header = Omit<ExportDocument, "tables" | "checksums">;

/** The rows of a verified export, each table's parsed into what its Prisma model takes. */
export type Restorable = { [T in TableName]: Record<string, unknown>[] } & { header: Header };

const lineHash = (rows: unknown[]) => {
  const hash = createHash("sha256");
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest("hex");
};

/**
 * Reads an export's text and checks it all before anything is written: that it is JSON and a
 * Parallax export, not from a newer version, that every table matches its checksum, and that
 * every row has exactly the columns of the format. Older files are brought up to date.
 */
export function readExport(text: string): Restorable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RestoreError(
      `The file is not valid JSON, perhaps cut short: ${error instanceof Error ? error.message : error}`,
    );
  }
  const shape = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(raw);
  if (!shape.success || shape.data.format !== FORMAT) {
    throw new RestoreError(`The file is not a Parallax export (no "format": "${FORMAT}").`);
  }
  if (typeof shape.data.version === "number" && shape.data.version > FORMAT_VERSION) {
    throw new RestoreError(
      `The file was exported by a newer version of Parallax (format ${shape.data.version}; this one reads up to ${FORMAT_VERSION}); update Parallax first.`,
    );
  }
  const parsed = document.safeParse(raw);
  if (!parsed.success) {
    throw new RestoreError(
      "The file is not a complete Parallax export.",
      parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`),
    );
  }
  const doc = parsed.data;
  const migrations = committedMigrations();
  if (!migrations.includes(doc.schema)) {
    throw new RestoreError(
      `The file was exported at database schema "${doc.schema}", which this version of Parallax does not know; update Parallax first.`,
    );
  }
  const unknown = Object.keys(doc.tables).filter((t) => !(t in tables));
  const problems = unknown.map((t) => `tables.${t}: not a table of the format`);
  for (const table of Object.keys({ ...doc.tables, ...doc.checksums })) {
    const rows = doc.tables[table] ?? [];
    const sum = doc.checksums[table];
    if (!sum) problems.push(`checksums.${table}: missing`);
    else if (sum.rows !== rows.length) problems.push(`${table}: ${rows.length} rows, the checksum says ${sum.rows}`);
    else if (sum.sha256 !== lineHash(rows)) problems.push(`${table}: the rows do not match their checksum`);
  }
  if (problems.length > 0) throw new RestoreError("The file's contents do not match its checksums.", problems);

  const olderThan = (migration: string) => doc.schema < migration;
  const { format, version, schema, exportedAt, withAccounts } = doc;
  const out = { header: { format, version, schema, exportedAt, withAccounts } } as Restorable;
  for (const table of tableNames) {
    const rows = doc.tables[table];
    if (!rows) {
      if (addedTables.some((a) => a.table === table && olderThan(a.migration))) {
        out[table] = [];
        continue;
      }
      problems.push(`tables.${table}: missing`);
      continue;
    }
    const added = addedColumns.filter((a) => a.table === table && olderThan(a.migration));
    const rowSchema = tables[table];
    out[table] = [];
    for (const [i, row] of rows.entries()) {
      const upgraded = { ...Object.fromEntries(added.map((a) => [a.column, a.value])), ...row };
      const result = rowSchema.safeParse(upgraded);
      if (result.success) out[table].push(result.data);
      else
        problems.push(
          ...result.error.issues.map((issue) => `${table}[${i}].${issue.path.join(".") || "(row)"}: ${issue.message}`),
        );
      if (problems.length >= MAX_PROBLEMS) break;
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new RestoreError("Some rows are not valid.", problems.slice(0, MAX_PROBLEMS));
  return out;
}

/** How many rows each table of the format holds now. */
export async function tableCounts(db: PrismaClient): Promise<Record<TableName, number>> {
  const counts = await Promise.all(tableNames.map((t) => modelOf(db, t).count()));
  return Object.fromEntries(tableNames.map((t, i) => [t, counts[i]!])) as Record<TableName, number>;
}

export interface RestoreOptions {
  /** empty a database that holds data first (otherwise it is refused) */
  replace?: boolean;
  /** told after each batch of rows, and once more when the search index is rebuilt ("index") */
  progress?: (step: TableName | "index", done: number, total: number) => void;
}

/** Where restored rows come from: a checked export held in memory, or the tables of a backup file. */
export interface RowSource {
  header: Header;
  count(table: TableName): Promise<number>;
  rows(table: TableName): AsyncIterable<Record<string, unknown>[]>;
}

/** The rows of a checked export (readExport), a batch at a time. */
export function fromExport(data: Restorable): RowSource {
  return {
    header: data.header,
    count: async (table) => data[table].length,
    async *rows(table) {
      for (let i = 0; i < data[table].length; i += BATCH) yield data[table].slice(i, i + BATCH);
    },
  };
}

/** The rows of a Parallax database (a backup's migrated copy), read a batch at a time: memory stays flat. */
export function fromDatabase(backup: PrismaClient, header: Header): RowSource {
  return {
    header,
    count: (table) => modelOf(backup, table).count(),
    rows: (table) => readRows(backup, table, columnsOf(table)),
  };
}

/**
 * Loads rows into the database in one transaction: all of them, or nothing when any row does
 * not fit. A database that holds data is refused unless `replace`. The search index is rebuilt
 * afterwards. Returns how many rows each table received.
 */
export async function restoreRows(db: PrismaClient, source: RowSource, options: RestoreOptions = {}) {
  const before = await tableCounts(db);
  const held = tableNames.filter((t) => before[t] > 0);
  if (held.length > 0 && !options.replace) {
    throw new RestoreError(
      `The database is not empty (${held.map((t) => `${before[t]} ${t}`).join(", ")}); restore into an empty database, or pass --replace to overwrite it.`,
    );
  }
  const counts = Object.fromEntries(tableNames.map((t) => [t, 0])) as Record<TableName, number>;
  let loading: TableName | "links between articles" = "user";
  try {
    await db.$transaction(
      async (tx) => {
        if (options.replace) {
          await tx.$executeRaw`DELETE FROM "SearchIndex"`;
          await tx.searchDoc.deleteMany();
          for (const table of [...tableNames].reverse()) await modelOf(tx, table).deleteMany();
        }
        // an article may point at another (a copy of, a correction of): those links come after all rows
        const links: { id: string; likelyDuplicateOfId: string | null; supersedesId: string | null }[] = [];
        for (const table of tableNames) {
          loading = table;
          const total = await source.count(table);
          for await (const batch of source.rows(table)) {
            let rows = batch;
            if (table === "article") {
              for (const a of batch as {
                id: string;
                likelyDuplicateOfId: string | null;
                supersedesId: string | null;
              }[]) {
                if (a.likelyDuplicateOfId || a.supersedesId) links.push(a);
              }
              rows = batch.map((a) => ({ ...a, likelyDuplicateOfId: null, supersedesId: null }));
            }
            await insertRows(tx, table, rows);
            counts[table] += rows.length;
            options.progress?.(table, counts[table], total);
          }
        }
        loading = "links between articles";
        for (const { id, likelyDuplicateOfId, supersedesId } of links) {
          await tx.article.update({ where: { id }, data: { likelyDuplicateOfId, supersedesId } });
        }
      },
      { timeout: 6 * 60 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      // "Raw query failed. Code: `…`. Message: `FOREIGN KEY constraint failed`": SQLite's own words
      const said = (error.meta as { message?: string } | undefined)?.message ?? error.message;
      const reason = /Message: `([^`]*)`/.exec(said)?.[1] ?? said.split("\n").at(-1);
      throw new RestoreError(`The ${loading} rows do not fit with the rest (${reason}); nothing was restored.`);
    }
    throw error;
  }
  const indexed = await rebuildIndex(db);
  options.progress?.("index", indexed, indexed);
  return counts;
}

/** The largest JSON export restored at once: the whole text is read and checked before anything is written. */
export const MAX_JSON_BYTES = 400 * 1024 * 1024;

/**
 * Restores a JSON export or an SQLite backup into the database (see restoreRows). A backup is
 * read table by table from a migrated copy, so its size is not limited by memory; a JSON export
 * is checked whole first, up to MAX_JSON_BYTES.
 */
export async function restoreFile(db: PrismaClient, file: string, options: RestoreOptions = {}) {
  if (!fs.existsSync(file)) throw new RestoreError(`${file} does not exist.`);
  if (isSqliteFile(file)) {
    return withBackupFile(file, async (backup) => {
      const header: Header = {
        format: FORMAT,
        version: FORMAT_VERSION,
        schema: await schemaVersion(backup),
        exportedAt: fs.statSync(file).mtime.toISOString(),
        withAccounts: true,
      };
      return { header, counts: await restoreRows(db, fromDatabase(backup, header), options) };
    });
  }
  const size = fs.statSync(file).size;
  if (size > MAX_JSON_BYTES) {
    throw new RestoreError(
      `The file is ${Math.round(size / 1024 / 1024)} MB; a JSON export restores up to ${MAX_JSON_BYTES / 1024 / 1024} MB. Restore the database's SQLite backup (npm run backup) instead.`,
    );
  }
  const data = readExport(fs.readFileSync(file, "utf8"));
  return { header: data.header, counts: await restoreRows(db, fromExport(data), options) };
}
