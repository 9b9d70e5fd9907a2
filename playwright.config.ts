import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE } from "./e2e/accounts";

const WRITING =
  /(annotate|annotation-protocol|annotation-clients|import|candidates|investigations|relations|search|open-data|continuity|paging)\.spec\.ts$/;
const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${PORT}`;
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
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: WRITING },
    { name: "writing", use: { ...devices["Desktop Chrome"] }, testMatch: WRITING, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts --reset-db",
    url: `${baseURL}/api/events`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      // A throw-away database: the server deletes it and seeds the demo corpus afresh on every run.
      DATABASE_URL: `file:${E2E_DATABASE}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
