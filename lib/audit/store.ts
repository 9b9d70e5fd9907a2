import type { PrismaClient } from "@/lib/db/client";

type Db = Pick<PrismaClient, "auditEntry">;

export interface AuditRecord {
  /** who made the change; null for the command line */
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Records one write. Call it inside the write's transaction so both happen or neither. */
export async function recordAudit(db: Db, entry: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
