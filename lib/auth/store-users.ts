import { z } from "zod";
import { recordAudit } from "@/lib/audit/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { differences, plainText } from "@/lib/domain/schemas";
import { blankIsNull } from "@/lib/domain/schemas";
import { Refusal } from "@/lib/refusal";
import { hashPassword, passwordSchema } from "./password";
import { roles, type Role } from "./roles";
import { normalizeEmail, openSession } from "./store";

export const newUserSchema = z.strictObject({
  email: z.email().max(254).transform(normalizeEmail),
  name: z.preprocess(blankIsNull, plainText(120).nullable()).optional(),
  password: passwordSchema,
  role: z.enum(roles),
});
export type NewUser = z.input<typeof newUserSchema>;

const publicFields = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

/** Creates a user; `actorId` is who did it (null for the command line). */
export async function createUser(db: PrismaClient, input: NewUser, actorId: string | null = null) {
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } }))
      throw new Refusal("emailTaken");
    const user = await tx.user.create({
      data: { email: data.email, name: data.name ?? data.email.split("@")[0]!, role: data.role, passwordHash },
      select: publicFields,
    });
    await recordAudit(tx, { userId: actorId, action: "create", entityType: "user", entityId: user.id, after: user });
    return user;
  });
}

/** Refuses a change that would leave no enabled administrator. */
async function keepAnAdmin(tx: Tx, id: string) {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: id } } });
  if (others === 0) throw new Refusal("lastAdmin");
}

/** Changes a user's role or enabled state; disabling ends their sessions. Returns null when there is no such user. */
export async function updateUser(
  db: PrismaClient,
  id: string,
  change: { role?: Role; disabled?: boolean },
  actorId: string | null = null,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicFields });
    if (!before) return null;
    const losesAdmin =
      before.role === "admin" && !before.disabledAt && ((change.role && change.role !== "admin") || change.disabled);
    if (losesAdmin) await keepAnAdmin(tx, id);
    const disabledAt =
      change.disabled === undefined ? undefined : change.disabled ? (before.disabledAt ?? new Date()) : null;
    const data = differences(before, { role: change.role, disabledAt });
    if (Object.keys(data).length === 0) return before;
    const after = await tx.user.update({ where: { id }, data, select: publicFields });
    if (change.disabled) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, { userId: actorId, action: "update", entityType: "user", entityId: id, before, after });
    return after;
  });
}

/**
 * Sets a new password and ends every session of the user; with `revokeTokens`, revokes
 * the user's API tokens too (a password that leaked may have been used to make one).
 * When `keepBrowser` is given, opens a fresh session for the browser that made the
 * change and returns its token. `actorId` is who changed it: the user (by default), an
 * administrator, or null for the command line.
 */
export async function changePassword(
  db: PrismaClient,
  id: string,
  password: string,
  options: { revokeTokens: boolean; keepBrowser?: { userAgent: string | null }; actorId?: string | null },
) {
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  const { keepBrowser, revokeTokens, actorId = id } = options;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw new Refusal("notFound");
    await tx.user.update({ where: { id }, data: { passwordHash } });
    const { count } = await tx.session.deleteMany({ where: { userId: id } });
    const revoked = revokeTokens
      ? (await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } }))
          .count
      : 0;
    await recordAudit(tx, {
      userId: actorId,
      action: "change-password",
      entityType: "user",
      entityId: id,
      after: { sessionsEnded: count, tokensRevoked: revoked },
    });
    return keepBrowser ? (await openSession(tx, id, keepBrowser.userAgent)).token : null;
  });
}

export async function findUserByEmail(db: PrismaClient, email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) }, select: publicFields });
}

export async function listUsers(db: PrismaClient) {
  return db.user.findMany({ orderBy: { email: "asc" }, select: publicFields });
}
