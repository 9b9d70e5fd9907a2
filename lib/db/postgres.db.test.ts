import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  onPostgres,
  postgresDatabaseUrl,
  TEST_POSTGRES_URL,
} from "@/test/temp-database";
import { committedPostgresMigrations } from "./migrations";
import { migratePostgres, withPostgres } from "./postgres";

// What goes wrong with a PostgreSQL server, and what Parallax makes of it: a clear message, no
// migration half applied, no acknowledged write lost.

const made: string[] = [];
async function database(name: string) {
  const url = postgresDatabaseUrl(name);
  await createPostgresDatabase(url);
  made.push(url);
  return url;
}
afterAll(async () => {
  for (const url of made) await dropPostgresDatabase(url);
});

const applied = (url: string) =>
  withPostgres(url, async (c) => (await c.query(`SELECT "migration_name" FROM "_prisma_migrations" ORDER BY 1`)).rows);

describe.runIf(onPostgres)("migrating PostgreSQL", () => {
  it("says what is wrong with a server it cannot reach, a database that is not there, or a user it refuses", async () => {
    await expect(migratePostgres("postgresql://parallax@127.0.0.1:9/parallax")).rejects.toThrow(
      "Cannot reach the PostgreSQL server of postgresql://parallax@127.0.0.1:9/parallax (ECONNREFUSED): is it running, and is the host right?",
    );
    await expect(migratePostgres(`${TEST_POSTGRES_URL}/no_such_database`)).rejects.toThrow(
      `database "no_such_database" does not exist (${TEST_POSTGRES_URL}/no_such_database): create it first, e.g. createdb --owner=<user> <database>.`,
    );
    await expect(
      migratePostgres(TEST_POSTGRES_URL!.replace("postgres@", "nobody_here@") + "/postgres"),
    ).rejects.toThrow(
      /^PostgreSQL refused the user of .*: role "nobody_here" does not exist\. Check the user name and password\.$/,
    );
  });

  it("tells a user without the right to create tables what it needs, and leaves the database as it was", async () => {
    const url = await database("no_rights");
    const reader = new URL(url);
    reader.username = "parallax_reader";
    await withPostgres(url, async (c) => {
      await c.query("DROP ROLE IF EXISTS parallax_reader");
      await c.query("CREATE ROLE parallax_reader LOGIN");
    });
    try {
      await expect(migratePostgres(reader.toString())).rejects.toThrow(
        /may not change the database's tables: permission denied for schema public\. Migrations need a user that owns the database/,
      );
      const tables = await withPostgres(
        url,
        async (c) => (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows,
      );
      expect(tables).toEqual([]);
    } finally {
      await dropPostgresDatabase(url);
      made.splice(made.indexOf(url), 1);
      await withPostgres(`${TEST_POSTGRES_URL}/postgres`, (c) => c.query("DROP ROLE parallax_reader"));
    }
  });

  it("keeps nothing of a migration that fails half-way, and names it", async () => {
    const url = await database("half_way");
    // a table in the way of the second migration, after its functions and triggers are made
    await withPostgres(url, (c) => c.query(`CREATE TABLE "SearchIndex" ("id" integer)`));
    const [first, second, ...later] = committedPostgresMigrations() as [string, string, ...string[]];
    await expect(migratePostgres(url)).rejects.toThrow(
      `Migration ${second} was not applied, and nothing of it was kept. PostgreSQL (${url}): relation "SearchIndex" already exists`,
    );
    expect(await applied(url)).toEqual([{ migration_name: first }]);
    const functions = await withPostgres(
      url,
      async (c) => (await c.query(`SELECT proname FROM pg_proc WHERE proname LIKE 'ComparisonRow%'`)).rows,
    );
    expect(functions).toEqual([]);
    // once it is out of the way, the migration applies whole, and those after it
    await withPostgres(url, (c) => c.query(`DROP TABLE "SearchIndex"`));
    expect(await migratePostgres(url)).toEqual([second, ...later]);
  });

  it("lets servers that start together take turns: each migration is applied once", async () => {
    const url = await database("together");
    const runs = await Promise.all([migratePostgres(url), migratePostgres(url), migratePostgres(url)]);
    expect(runs.flat().sort()).toEqual(committedPostgresMigrations());
    expect(runs.filter((r) => r.length > 0)).toHaveLength(1);
    expect(await applied(url)).toEqual(committedPostgresMigrations().map((migration_name) => ({ migration_name })));
  });
});

const clusterScript = path.join("test", "postgres-cluster.sh");
const serverInstalled = spawnSync("bash", ["-c", "ls /usr/lib/postgresql/*/bin/pg_ctl"]).status === 0;

describe.runIf(onPostgres && serverInstalled)("a PostgreSQL server restarted in the middle of writes", () => {
  it("loses no acknowledged write, and the client writes on once it is back", async () => {
    // a cluster of its own, so that the restart disturbs no other test
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-restart-"));
    const port = String(30_000 + (process.pid % 10_000));
    const started = spawnSync("bash", [clusterScript, "start", dir, port], { encoding: "utf8" });
    expect(started.status).toBe(0);
    const server = started.stdout.trim();
    const url = `${server}/postgres`;
    try {
      await migratePostgres(url);
      const writer = spawn(process.execPath, ["--import", "tsx", "test/write-through-restart.ts", url]);
      let out = "";
      let refused = 0;
      writer.stdout.on("data", (chunk) => (out += chunk));
      writer.stderr.on(
        "data",
        (chunk) =>
          (refused += String(chunk)
            .split("\n")
            .filter((l) => l.startsWith("refused")).length),
      );
      const acknowledged = () => out.split("\n").filter(Boolean);
      const until = async (done: () => boolean) => {
        while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
      };
      await until(() => acknowledged().length >= 50);
      // as a crash would: no shutdown checkpoint, every connection cut
      const restart = spawnSync("bash", [clusterScript, "crash-restart", dir, port]);
      expect(restart.status).toBe(0);
      const before = acknowledged().length;
      await until(() => acknowledged().length >= before + 50);
      writer.stdin.end();
      await new Promise((resolve) => writer.on("close", resolve));

      const written = await withPostgres(url, async (c) =>
        (await c.query(`SELECT "slug" FROM "Outlet"`)).rows.map((r) => r.slug as string),
      );
      const audited = await withPostgres(
        url,
        async (c) => (await c.query(`SELECT count(*)::int AS n FROM "AuditEntry"`)).rows[0].n as number,
      );
      expect(acknowledged().filter((slug) => !written.includes(slug))).toEqual([]);
      // a write is whole or absent: the outlet and its audit entry together
      expect(audited).toBe(written.length);
      expect(refused).toBeLessThan(50);
    } finally {
      spawnSync("bash", [clusterScript, "stop", dir]);
    }
  }, 120_000);
});
