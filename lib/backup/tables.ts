import type { PrismaClient, Tx } from "@/lib/db/client";
import { insertRows as insertInto } from "@/lib/db/rows";
import { columnsOf, keyOf, type TableName } from "./format";

type Rows = Record<string, unknown>[];

/** The Prisma model of a table of the export, with the few calls export and restore make. */
interface Model {
  findMany(args: object): Promise<Rows>;
  deleteMany(args?: object): Promise<{ count: number }>;
  count(args?: object): Promise<number>;
}

export const modelOf = (db: PrismaClient | Tx, table: TableName) => (db as unknown as Record<TableName, Model>)[table];

/** Prisma's name for a table's primary key in a cursor: `id`, or `eventId_lang` for a compound one. */
function cursorOf(table: TableName, row: Record<string, unknown>) {
  const key = keyOf[table];
  if (key.length === 1) return { [key[0]!]: row[key[0]!] };
  return { [key.join("_")]: Object.fromEntries(key.map((k) => [k, row[k]])) };
}

/** Rows read between two cursors. */
const READ_BATCH = 1_000;

/**
 * A table's rows with the given columns, in primary-key order, a batch at a time from a cursor
 * (keyset paging: no batch gets slower as the table grows), so that memory stays flat.
 */
export async function* readRows(db: PrismaClient, table: TableName, columns: string[]): AsyncGenerator<Rows> {
  const select = Object.fromEntries(columns.map((c) => [c, true]));
  const orderBy = keyOf[table].map((k) => ({ [k]: "asc" as const }));
  let cursor: Record<string, unknown> | undefined;
  for (;;) {
    const batch = await modelOf(db, table).findMany({
      select,
      orderBy,
      take: READ_BATCH,
      ...(cursor && { cursor, skip: 1 }),
    });
    if (batch.length > 0) yield batch;
    if (batch.length < READ_BATCH) return;
    cursor = cursorOf(table, batch.at(-1)!);
  }
}

/** Inserts rows of a table of the export many to a statement. */
export const insertRows = (db: Tx, table: TableName, rows: Record<string, unknown>[]) =>
  insertInto(db, `${table[0]!.toUpperCase()}${table.slice(1)}`, columnsOf(table), rows);
