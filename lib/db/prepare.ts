import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { rebuildIndex, indexIsMissing } from "@/lib/search/reindex";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { nameSkeleton } from "@/lib/text/names";
import { createPrismaClient, type PrismaClient } from "./client";
import { committedMigrations } from "./migrations";
import { analyzePostgres, emptyPostgres, migratePostgres } from "./postgres";
import { databaseFile, databaseKind, databaseUrl, ensureDatabaseDir } from "./url";

const prismaCli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

type Env = Record<string, string | undefined>;

const isPostgres = (env: Env) => databaseKind(databaseUrl(env)) === "postgresql";

/** Committed migrations the SQLite file has not applied yet (all of them for a new file). */
function pendingMigrations(env: Env = process.env): string[] {
  const committed = committedMigrations();
  if (!fs.existsSync(databaseFile(env))) return committed;
  const sqlite = new Database(databaseFile(env), { readonly: true });
  try {
    const table = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return committed;
    const applied = new Set(
      (
        sqlite
          .prepare(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
          .all() as { migration_name: string }[]
      ).map((r) => r.migration_name),
    );
    return committed.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

/**
 * Applies the committed migrations the database lacks: on SQLite with Prisma's CLI (offline,
 * through the adapter in prisma.config.ts), on PostgreSQL with ./postgres.ts. A database that is up
 * to date is not touched, so that commands can run beside a live server.
 */
export async function migrate(env: Env = process.env): Promise<void> {
  if (isPostgres(env)) await migratePostgres(databaseUrl(env));
  else migrateSqlite(env);
}

/** Applies the committed migrations a SQLite file lacks (see migrate). */
export function migrateSqlite(env: Env = process.env): void {
  ensureDatabaseDir(env);
  if (pendingMigrations(env).length === 0) return;
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** WAL lets readers go on while one writer writes; the mode is stored in the file itself (SQLite only). */
export function enableWal(): void {
  if (isPostgres(process.env)) return;
  const sqlite = new Database(databaseFile());
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

/**
 * Brings SQLite's statistics up to date for the tables and indexes that lack them or have grown
 * much since (PRAGMA optimize, bounded by analysis_limit: seconds at a million claims), so that
 * the query planner picks indexes by what the tables hold. Run at every start, after migrations.
 */
export async function refreshStatistics(): Promise<void> {
  if (isPostgres(process.env)) return analyzePostgres(databaseUrl());
  const sqlite = new Database(databaseFile());
  try {
    sqlite.pragma("analysis_limit = 1000");
    sqlite.pragma("optimize = 0x10002");
  } finally {
    sqlite.close();
  }
}

/** Deletes the database file and its WAL companions, or every table on PostgreSQL (for throw-away test databases). */
export async function removeDatabase(): Promise<void> {
  if (isPostgres(process.env)) return emptyPostgres(databaseUrl());
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(databaseFile() + suffix, { force: true });
}

/** Names stored before they had a skeleton get theirs (a migration cannot compute it in SQL). */
async function fillNameSkeletons(prisma: PrismaClient) {
  const names = await prisma.entityName.findMany({ where: { skeleton: "" }, select: { id: true, name: true } });
  for (const n of names) {
    const skeleton = nameSkeleton(n.name);
    if (skeleton) await prisma.entityName.update({ where: { id: n.id }, data: { skeleton } });
  }
}

/**
 * Brings the database up to date: migrations, WAL, the demo corpus when the database holds no
 * article yet, and the planner's statistics. Returns what it seeded, if anything.
 */
export async function prepareDatabase(log: (line: string) => void = console.log) {
  await migrate();
  enableWal();
  const prisma = createPrismaClient();
  try {
    await fillNameSkeletons(prisma);
    if ((await prisma.article.count()) > 0) {
      if (await indexIsMissing(prisma)) log(`Indexed ${await rebuildIndex(prisma)} items for search.`);
      await refreshStatistics();
      return null;
    }
    const result = await seedDemoCorpus(prisma);
    await rebuildIndex(prisma);
    await refreshStatistics();
    log(`Seeded the demo corpus: ${result.articles} articles, ${result.claims} claims.`);
    return result;
  } finally {
    await prisma.$disconnect();
  }
}
