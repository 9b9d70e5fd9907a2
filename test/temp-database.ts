import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { enableWal, migrate } from "@/lib/db/prepare";

/**
 * A real SQLite file with the committed migrations applied (before the file's tests
 * run), thrown away afterwards. DATABASE_URL points at it for the whole test file,
 * so the app's own client in lib/server/db opens it too.
 */
export function withTempDatabase(name: string): { prisma: PrismaClient; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  // The client opens the file at its first query, after the migrations below.
  const prisma = createPrismaClient(process.env.DATABASE_URL);

  beforeAll(() => {
    migrate();
    enableWal();
  }, 60_000);

  afterAll(async () => {
    await prisma.$disconnect();
    delete process.env.DATABASE_URL;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return { prisma, file };
}
