import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { withPostgres } from "@/lib/db/postgres";
import { enableWal, migrate } from "@/lib/db/prepare";

/**
 * The PostgreSQL server the store tests run against instead of SQLite, when set (`npm run
 * test:postgres` sets it; test/postgres-cluster.sh starts a throw-away server).
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || null;

/** Whether this run's store tests use PostgreSQL. */
export const onPostgres = TEST_POSTGRES_URL !== null;

/** The URL of a new database on the test server, named after the test (made by createPostgresDatabase). */
export function postgresDatabaseUrl(name: string): string {
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return `${TEST_POSTGRES_URL}/parallax_${name.replace(/\W/g, "_").toLowerCase()}_${suffix}`;
}

/** Makes the empty database a URL of postgresDatabaseUrl names. */
export async function createPostgresDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await withPostgres(`${TEST_POSTGRES_URL}/postgres`, (client) => client.query(`CREATE DATABASE "${database}"`));
}

/** Drops a database createPostgresDatabase made, closing whatever is still connected to it. */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await withPostgres(`${TEST_POSTGRES_URL}/postgres`, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  );
}

/**
 * A real database with the committed migrations applied (before the file's tests run), thrown
 * away afterwards: a SQLite file, or a database of its own on TEST_POSTGRES_URL's server.
 * DATABASE_URL points at it for the whole test file, so the app's own client in lib/server/db
 * opens it too. `file` is the SQLite file ("" on PostgreSQL).
 */
export function withTempDatabase(name: string): { prisma: PrismaClient; file: string } {
  if (onPostgres) return withPostgresDatabase(name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  // The client opens the file at its first query, after the migrations below.
  const prisma = createPrismaClient(process.env.DATABASE_URL);

  beforeAll(async () => {
    await migrate();
    enableWal();
  }, 60_000);

  afterAll(async () => {
    await prisma.$disconnect();
    delete process.env.DATABASE_URL;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return { prisma, file };
}

function withPostgresDatabase(name: string): { prisma: PrismaClient; file: string } {
  const url = postgresDatabaseUrl(name);
  process.env.DATABASE_URL = url;
  // The client connects at its first query, after the database is made below.
  const prisma = createPrismaClient(url);

  beforeAll(async () => {
    await createPostgresDatabase(url);
    await migrate();
  }, 60_000);

  afterAll(async () => {
    await prisma.$disconnect();
    delete process.env.DATABASE_URL;
    await dropPostgresDatabase(url);
  });

  return { prisma, file: "" };
}
