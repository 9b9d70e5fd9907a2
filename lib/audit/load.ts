import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import { keysetPage } from "@/lib/server/paging";

export const auditFilters = z.object({
  user: z.string().max(64).optional().catch(undefined),
  entity: z
    .string()
    .regex(/^\w{1,40}$/)
    .optional()
    .catch(undefined),
  cursor: z.string().max(64).optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFilters>;

export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

const parse = (json: string | null): Record<string, unknown> | null => {
  if (!json) return null;
  const value: unknown = JSON.parse(json);
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
};

const show = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value);

/** The fields a change touched, with their values before and after, as text. */
export function changesOf(before: string | null, after: string | null): Change[] {
  const [b, a] = [parse(before), parse(after)];
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: show(b?.[field]), after: show(a?.[field]) }))
    .filter((c) => c.before !== c.after);
}

/** One page of the audit log, newest first, filtered by user and entity type. */
export async function listAudit(db: PrismaClient, filters: AuditFilters) {
  const where = {
    ...(filters.user ? { userId: filters.user === "cli" ? null : filters.user } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
  };
  const { items, next } = await keysetPage(
    (page) =>
      db.auditEntry.findMany({
        ...page,
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { user: { select: { email: true, name: true } } },
      }),
    filters.cursor,
  );
  const entries = items.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    user: r.user,
    userId: r.userId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    changes: changesOf(r.before, r.after),
  }));
  return { entries, nextCursor: next };
}

/** What the filters offer: every user, and every entity type the log holds. */
export async function auditFilterOptions(db: PrismaClient) {
  const [users, types] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true } }),
    db.auditEntry.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { users, entityTypes: types.map((t) => t.entityType) };
}
