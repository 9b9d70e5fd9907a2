import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_POSTGRES_URL } from "./e2e/accounts";

const WRITING =
  /(annotate|annotation-protocol|annotation-clients|bidi|import|candidates|investigations|relations|search|open-data|continuity|paging|nested-claims|story)\.spec\.ts$/;
// Of those, the ones that write only to set up what they check, which is the page and what the browser
// keeps of it (many outlets, bidirectional names, a tab or a selection across a language switch): the
// same on either database, whose queries the store tests run on both.
const SETUP_ONLY = /(bidi|paging|story|continuity)\.spec\.ts$/;
// The part that runs on PostgreSQL as well: every other spec that writes, and first the accounts' and the two servers'.
const ACCOUNTS = /(account|admin|sign-in|two-servers)\.spec\.ts$/;
const TWO_SERVERS = /two-servers\.spec\.ts$/;
const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${PORT}`;
/** On PostgreSQL a second app server runs on the same database (e2e/two-servers.spec.ts). */
const SECOND_PORT = PORT + 1;
process.env.E2E_SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`;

/** An app server of the suite; the first empties the throw-away database and seeds the demo corpus afresh. */
const server = (port: number, reset: boolean) => ({
  command: `npx tsx server/start.ts${reset ? " --reset-db" : ""}`,
  url: `http://127.0.0.1:${port}/api/events`,
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  env: { PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
});
// Debian's Chromium (apt install chromium) unless CHROMIUM_PATH says otherwise; Playwright's own browser if neither.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Specs that add claims and notes to the demo corpus run after the rest, which count it exactly.
  // With E2E_POSTGRES_URL the writing part runs on PostgreSQL instead, against two servers started
  // one after the other (Playwright starts its web servers in order, each once the last answers).
  projects: E2E_POSTGRES_URL
    ? [
        { name: "postgresql-accounts", use: { ...devices["Desktop Chrome"] }, testMatch: ACCOUNTS },
        {
          name: "postgresql-writing",
          use: { ...devices["Desktop Chrome"] },
          testMatch: WRITING,
          testIgnore: SETUP_ONLY,
          dependencies: ["postgresql-accounts"],
        },
      ]
    : [
        { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [WRITING, TWO_SERVERS] },
        { name: "writing", use: { ...devices["Desktop Chrome"] }, testMatch: WRITING, dependencies: ["chromium"] },
      ],
  webServer: E2E_POSTGRES_URL ? [server(PORT, true), server(SECOND_PORT, false)] : [server(PORT, true)],
});
