import type { PrismaClient, Tx } from "@/lib/db/client";
import { keyOf, type TableName } from "./format";

type Rows = Record<string, unknown>[];

/** The Prisma model of a table of the export, with the few calls export and restore make. */
interface Model {
  findMany(args: object): Promise<Rows>;
  createMany(args: { data: Rows }): Promise<{ count: number }>;
  deleteMany(args?: object): Promise<{ count: number }>;
  count(args?: object): Promise<number>;
}

export const modelOf = (db: PrismaClient | Tx, table: TableName) => (db as unknown as Record<TableName, Model>)[table];

/** Prisma's name for a table's primary key in a cursor: `id`, or `eventId_lang` for a compound one. */
export function cursorOf(table: TableName, row: Record<string, unknown>) {
  const key = keyOf[table];
  if (key.length === 1) return { [key[0]!]: row[key[0]!] };
  return { [key.join("_")]: Object.fromEntries(key.map((k) => [k, row[k]])) };
}

export const orderOf = (table: TableName) => keyOf[table].map((k) => ({ [k]: "asc" as const }));
