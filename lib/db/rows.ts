import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient, Tx } from "./client";

let lastTime = 0;
let counter = 0;

/**
 * A new row id for a row inserted here rather than through Prisma's create: a cuid's shape (a
 * "c", the time in base 36, a counter, a random tail), so that ids sort in the order they were
 * made, among Prisma's own.
 */
export function newId(): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${now.toString(36)}${counter.toString(36).padStart(4, "0")}${random}`;
}

/** SQLite binds at most 32,766 values in one statement. */
const MAX_VALUES = 30_000;

/**
 * A value as bound: a whole number past 2^53 (a figure of two quintillion) would be bound as a
 * 64-bit integer and refused, so it goes as text read as a float, in a spelling both databases know.
 */
const value = (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)
    ? Prisma.sql`CAST(${String(v)} AS DOUBLE PRECISION)`
    : (v ?? null);

/**
 * Inserts rows into a table many to a statement: Prisma's createMany compiles and binds row by
 * row and is ten times slower. The table and column names come from the code, never from input,
 * and the values are bound by the driver adapter as Prisma binds them: dates, booleans and all.
 * A column a row lacks is NULL.
 */
export async function insertRows(
  db: PrismaClient | Tx,
  table: string,
  columns: readonly string[],
  rows: Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const name = Prisma.raw(`"${table}"`);
  const list = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  const per = Math.floor(MAX_VALUES / columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const values = rows.slice(i, i + per).map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => value(row[c])))})`);
    await db.$executeRaw`INSERT INTO ${name} (${list}) VALUES ${Prisma.join(values)}`;
  }
}
