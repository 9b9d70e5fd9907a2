import { createHash } from "node:crypto";

/** A strong ETag from an annotation's id and version. */
export const etagOf = (id: string, version: number) =>
  `"${createHash("sha256").update(`${id}:${version}`).digest("base64url").slice(0, 22)}"`;

/** If-Match: a list of tags, or *; weak tags compare by their value. */
export function matchesEtag(header: string, etag: string): boolean {
  const tags = header.split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes("*") || tags.includes(etag);
}
