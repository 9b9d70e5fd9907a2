import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseKind, databaseUrl, type DatabaseKind } from "./url";

/** How long a connection waits for another writer's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * SQLite runs a plain BEGIN as a reader until its first write. When another process
 * (the command line, an import) writes in between, that first write fails at once
 * with "database is locked": the busy timeout cannot help a stale reader. BEGIN
 * IMMEDIATE takes the write lock up front and waits its turn instead. Prisma's
 * adapter has no option for it, so its connection is told to begin that way.
 *
 * The connection also syncs the log to disk at checkpoints rather than at every commit
 * (`synchronous = NORMAL`, what SQLite advises with a write-ahead log): a crash of the
 * process loses nothing committed, and the database stays whole even through a power cut,
 * which may undo only the last commits; each commit stops waiting for the disk.
 */
function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    if (client.pragma("journal_mode", { simple: true }) === "wal") client.pragma("synchronous = NORMAL");
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  };
  return factory;
}

/** The advisory lock every transaction on PostgreSQL takes first (any number unique to Parallax). */
export const TRANSACTION_LOCK = 4_127_000_001;

/**
 * The counterpart of BEGIN IMMEDIATE on PostgreSQL: every transaction first takes one
 * transaction-scoped advisory lock, so transactions take turns across connections, processes and
 * app servers, as they do on SQLite. A transaction reads what the one before it committed, and a
 * read-then-write never loses another editor's write; statements outside a transaction (a
 * session's last use, say) are single statements and need no turn.
 */
function withSerialTransactions(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await start(isolationLevel);
      try {
        await transaction.executeRaw({
          sql: `SELECT pg_advisory_xact_lock(${TRANSACTION_LOCK})`,
          args: [],
          argTypes: [],
        });
      } catch (error) {
        await transaction.rollback();
        throw error;
      }
      return transaction;
    };
    return adapter;
  };
  return factory;
}

/** Connections each process keeps to a PostgreSQL server. */
export const POSTGRES_POOL_SIZE = 10;

/**
 * A Prisma client on the database DATABASE_URL names (or data/parallax.db). Both databases have
 * a generated client of their own from one data model (prisma/schema.prisma); the PostgreSQL one
 * is the same API, so the app is written against one type. `connections`: how many a PostgreSQL
 * client keeps (its pool).
 */
export function createPrismaClient(
  url: string = databaseUrl(),
  { connections = POSTGRES_POOL_SIZE }: { connections?: number } = {},
): PrismaClient {
  if (databaseKind(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: connections, connectionTimeoutMillis: 10_000 });
    return new PostgresClient({ adapter: withSerialTransactions(adapter) }) as unknown as PrismaClient;
  }
  return new PrismaClient({
    adapter: withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS })),
  });
}

/** Which database a client (or a transaction's client) talks to. */
export function kindOf(db: PrismaClient | Tx): DatabaseKind {
  return (db as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

export type { PrismaClient };

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
