import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";

/** The throw-away SQLite file the test server runs on (see playwright.config.ts). */
export const E2E_DATABASE = process.env.E2E_DATABASE ?? path.join(os.tmpdir(), "parallax-e2e", "parallax.db");

/**
 * A throw-away PostgreSQL database to run the suite's PostgreSQL part on, with two app servers
 * (npm run test:postgres sets it; see playwright.config.ts).
 */
export const E2E_POSTGRES_URL = process.env.E2E_POSTGRES_URL || null;

/** The database the test servers run on. */
export const E2E_DATABASE_URL = E2E_POSTGRES_URL ?? `file:${E2E_DATABASE}`;

export type Role = "viewer" | "editor" | "admin";
export interface Account {
  email: string;
  password: string;
  role: Role;
}

let serial = 0;

/** Runs `npm run user -- …` on the test server's database; returns what it printed. */
export function userCli(args: string[], database = E2E_DATABASE_URL): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/user.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database },
    encoding: "utf8",
  }).trim();
}

/**
 * A new account, made with the real command line (`npm run user -- create`) on the
 * test server's database. Each test makes its own, so that sign-in limits and
 * signed-out sessions in one test never touch another.
 */
export function createAccount(role: Role, label: string = role, database = E2E_DATABASE_URL): Account {
  const email = `${label}-${process.pid}-${Date.now().toString(36)}-${serial++}@e2e.test`.toLowerCase();
  const password = `${role} password ${serial}`;
  userCli(["create", "--email", email, "--role", role, "--password", password], database);
  return { email, password, role };
}

/** A new API token for an account, from the command line. */
export function createToken(account: Account, database = E2E_DATABASE_URL): string {
  return userCli(["token", "--email", account.email], database);
}

/** Signs the page's browser context in through the JSON API (the UI path has its own tests). */
export async function signInQuickly(page: Page | { request: APIRequestContext }, account: Account): Promise<void> {
  const response = await page.request.post("/api/auth/sign-in", {
    data: { email: account.email, password: account.password },
  });
  expect(response.status()).toBe(200);
}

/**
 * Reads the test server's database directly, to prove what a request did or did not change. The SQL
 * is written once for both databases (quoted names, `?` for each parameter); on PostgreSQL a
 * counted number comes back a number, a flag true or false, a time an ISO string.
 */
export function query<T>(sql: string, ...params: unknown[]): T[] {
  if (E2E_POSTGRES_URL) {
    let n = 0;
    const numbered = sql.replace(/\?/g, () => `$${++n}`);
    const out = execFileSync(
      process.execPath,
      ["e2e/pg-query.mjs", E2E_POSTGRES_URL, numbered, JSON.stringify(params)],
      {
        encoding: "utf8",
      },
    );
    return JSON.parse(out) as T[];
  }
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
