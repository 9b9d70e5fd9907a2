import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bundleServer, SERVER_BUNDLE } from "./process";

/** What a production build is made from; a change to any of it means building again. */
const INPUTS = [
  "app",
  "components",
  "i18n",
  "lib",
  "locales",
  "public",
  "proxy.ts",
  "server/serve.ts",
  "next.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

export const FINGERPRINT_FILE = path.join(".next", "parallax-build-fingerprint");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (name.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(fingerprint: string): boolean {
  return (
    fs.existsSync(path.join(".next", "BUILD_ID")) &&
    fs.existsSync(SERVER_BUNDLE) &&
    fs.existsSync(FINGERPRINT_FILE) &&
    fs.readFileSync(FINGERPRINT_FILE, "utf8") === fingerprint
  );
}

/**
 * Builds the production app when its sources changed since the last build made here (or there is
 * none), and records what it was built from: `npm start` and the benchmarks that serve the app.
 */
export function buildIfChanged(): void {
  const fingerprint = sourceFingerprint();
  if (buildIsCurrent(fingerprint)) return;
  console.log("Building the app (first start, or the sources changed): about 1 to 3 minutes on 2 cores…");
  const started = Date.now();
  const nextCli = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed; see the output above.");
  bundleServer();
  fs.writeFileSync(FINGERPRINT_FILE, fingerprint);
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}
