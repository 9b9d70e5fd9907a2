// npm start: build when the sources changed since the last build, bring the database
// up to date (seeding the demo corpus into an empty one), then serve the production app.
// --reset-db starts from an empty database: the end-to-end tests use it on a throw-away file.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase, removeDatabase } from "@/lib/db/prepare";
import { databaseFile } from "@/lib/db/url";
import { readEnv } from "@/lib/env";
import { buildIsCurrent, FINGERPRINT_FILE, sourceFingerprint } from "./build-fingerprint";

const nextCli = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main() {
  readEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const fingerprint = sourceFingerprint();
  if (!buildIsCurrent(fingerprint)) {
    console.log("Building the app (first start, or the sources changed)…");
    const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed; see the output above.");
    fs.writeFileSync(FINGERPRINT_FILE, fingerprint);
  }

  if (process.argv.includes("--reset-db")) removeDatabase();
  await prepareDatabase();
  console.log(`Database: ${databaseFile()}`);

  // NODE_ENV before Next loads: it chooses React's production build by it.
  const server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
