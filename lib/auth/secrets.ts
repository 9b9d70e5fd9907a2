import { createHash, randomBytes } from "node:crypto";

/** A random secret for a cookie or an API token: 32 bytes, base64url, with an optional prefix. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** What is stored instead of a secret: its SHA-256, hex. */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export const API_TOKEN_PREFIX = "plx_";
