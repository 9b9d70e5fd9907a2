import { createHash } from "node:crypto";

/** SHA-256 of stored article text, hex: how duplicates are recognised. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
