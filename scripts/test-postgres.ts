// npm run test:postgres: the store and API tests (every `*.db.test.ts`: the test files that open a
// database through test/temp-database.ts) once more, on PostgreSQL, then the end-to-end suite's part that writes,
// on two app servers sharing one PostgreSQL database (playwright.config.ts). The server is TEST_POSTGRES_URL when set;
// otherwise a throw-away cluster of Debian's `postgresql` package (test/postgres-cluster.sh),
// started for the run and removed after it. Without either the run is skipped with a note, except
// under CI, where a skipped PostgreSQL run is a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { withPostgres } from "@/lib/db/postgres";

const CLUSTER = path.join("test", "postgres-cluster.sh");

/** The tests that open a database declare it in their name (`*.db.test.ts`): they run on PostgreSQL too. */
function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : testFiles(full);
    return entry.name.endsWith(".db.test.ts") ? [full] : [];
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", env });
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function main(): Promise<number> {
  let url = process.env.TEST_POSTGRES_URL?.trim();
  let cluster: string | null = null;
  if (!url) {
    cluster = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-pg-"));
    const port = String(await freePort());
    const started = run("bash", [CLUSTER, "start", cluster, port]);
    if (started.status !== 0) {
      fs.rmSync(cluster, { recursive: true, force: true });
      const note = "PostgreSQL is not installed (apt-get install postgresql), and TEST_POSTGRES_URL is not set";
      if (process.env.CI) {
        console.error(`${note}: CI runs the store tests on PostgreSQL too.`);
        return 1;
      }
      console.log(`${note}: the store tests ran on SQLite only.`);
      return 0;
    }
    url = started.stdout.trim();
  }
  try {
    const files = [...testFiles("lib"), ...testFiles("app")].sort();
    const store = spawnSync("npx", ["vitest", "run", ...files], {
      stdio: "inherit",
      env: { ...process.env, TEST_POSTGRES_URL: url },
    });
    if (store.status !== 0) return store.status ?? 1;
    // the end-to-end suite's PostgreSQL part, on a database of its own, with two app servers
    const e2e = `${url}/parallax_e2e`;
    await withPostgres(`${url}/postgres`, async (client) => {
      await client.query("DROP DATABASE IF EXISTS parallax_e2e WITH (FORCE)");
      await client.query("CREATE DATABASE parallax_e2e");
    });
    // the arguments are Playwright's (npm run test:postgres -- --grep …), handed on as given: none is ours to parse
    const browser = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_POSTGRES_URL: e2e, E2E_PORT: "3127" },
    });
    return browser.status ?? 1;
  } finally {
    if (cluster) run("bash", [CLUSTER, "stop", cluster]);
  }
}

main().then((status) => (process.exitCode = status));
