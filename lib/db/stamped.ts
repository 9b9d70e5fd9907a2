import "server-only";
import type { PrismaClient } from "./client";

/** How many reads a database client keeps at once: the big event's comparison basis is a few MB. */
export const STAMPED_READS = 64;

interface Kept {
  version: number;
  value: Promise<unknown>;
}

const byClient = new WeakMap<PrismaClient, Map<string, Kept>>();

/** The database's data version: it grows with every write to what stamped reads aggregate (DataVersion's triggers). */
export async function dataVersion(db: PrismaClient): Promise<number> {
  const rows = await db.$queryRaw<{ version: unknown }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return Number(rows[0]?.version ?? 0);
}

/**
 * A read of aggregates (an event's cell counts, its figures, its sources) kept across requests
 * while the database's data version stands: the first request after any write, by this server,
 * another one or the command line, reads afresh. Kept per database client, the last used
 * STAMPED_READS of them; a read that fails is not kept. `key` names the read and its arguments.
 */
export async function stamped<T>(db: PrismaClient, key: string, read: () => Promise<T>): Promise<T> {
  const version = await dataVersion(db);
  let kept = byClient.get(db);
  if (!kept) byClient.set(db, (kept = new Map()));
  const hit = kept.get(key);
  kept.delete(key);
  if (hit && hit.version === version) {
    kept.set(key, hit); // the most recently used last
    return hit.value as Promise<T>;
  }
  const value = read();
  kept.set(key, { version, value });
  value.catch(() => {
    if (kept.get(key)?.value === value) kept.delete(key);
  });
  while (kept.size > STAMPED_READS) kept.delete(kept.keys().next().value!);
  return value;
}
