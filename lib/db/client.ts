import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";

/** How long a connection waits for another writer's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

/** A Prisma client on the SQLite file named by DATABASE_URL (or data/parallax.db). */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }),
  });
}

export type { PrismaClient };

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
