import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";

/** How long a connection waits for another writer's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * SQLite runs a plain BEGIN as a reader until its first write. When another process
 * (the command line, an import) writes in between, that first write fails at once
 * with "database is locked": the busy timeout cannot help a stale reader. BEGIN
 * IMMEDIATE takes the write lock up front and waits its turn instead. Prisma's
 * adapter has no option for it, so its connection is told to begin that way.
 */
function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  };
  return factory;
}

/** A Prisma client on the SQLite file named by DATABASE_URL (or data/parallax.db). */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({
    adapter: withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS })),
  });
}

export type { PrismaClient };

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
