import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { createPrismaClient } from "./client";
import { databaseFile, ensureDatabaseDir } from "./url";

const prismaCli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

/** Applies committed migrations with Prisma's CLI (offline, through the adapter in prisma.config.ts). */
export function migrate(): void {
  ensureDatabaseDir();
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** WAL lets readers go on while one writer writes; the mode is stored in the file itself. */
export function enableWal(): void {
  const sqlite = new Database(databaseFile());
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

/** Deletes the database file and its WAL companions (for throw-away test databases). */
export function removeDatabase(): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(databaseFile() + suffix, { force: true });
}

/**
 * Brings the database up to date: migrations, WAL, and the demo corpus when the
 * database holds no article yet. Returns what it seeded, if anything.
 */
export async function prepareDatabase(log: (line: string) => void = console.log) {
  migrate();
  enableWal();
  const prisma = createPrismaClient();
  try {
    if ((await prisma.article.count()) > 0) return null;
    const result = await seedDemoCorpus(prisma);
    log(`Seeded the demo corpus: ${result.articles} articles, ${result.claims} claims.`);
    return result;
  } finally {
    await prisma.$disconnect();
  }
}
