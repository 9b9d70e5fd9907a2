import type { PrismaClient, Tx } from "@/lib/db/client";
import { insertRows, newId } from "@/lib/db/rows";

export interface AuditRecord {
  /** who made the change; null for the command line */
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const COLUMNS = ["id", "userId", "action", "entityType", "entityId", "before", "after", "createdAt"];

/**
 * Records one write. Call it inside the write's transaction so both happen or neither. One
 * plain statement: every write and every imported article makes one.
 */
export async function recordAudit(db: PrismaClient | Tx, entry: AuditRecord): Promise<void> {
  await insertRows(db, "AuditEntry", COLUMNS, [
    {
      id: newId(),
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      createdAt: new Date(),
    },
  ]);
}
