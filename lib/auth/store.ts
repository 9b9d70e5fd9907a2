import { recordAudit } from "@/lib/audit/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { Refusal } from "@/lib/refusal";
import { verifyPassword } from "./password";
import { hasRole, type Role } from "./roles";
import { API_TOKEN_PREFIX, newSecret, secretHash } from "./secrets";

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Sign-in failures allowed in a window, per account and per network address. */
export const SIGN_IN_LIMIT = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 };
/** Active API tokens one user may hold. */
export const TOKEN_LIMIT = 20;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
}

type UserRow = { id: string; email: string; name: string; role: Role; disabledAt: Date | null };
const asAuthUser = (u: UserRow, via: AuthUser["via"]): AuthUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  via,
});

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Stores a new session (inside the caller's transaction); returns it with the cookie's token. */
export async function openSession(tx: Tx, userId: string, userAgent?: string | null) {
  const token = newSecret();
  const session = await tx.session.create({
    data: {
      tokenHash: secretHash(token),
      userId,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, session };
}

/** Opens a session for a user who has just signed in; returns the cookie's token. */
export async function startSession(db: PrismaClient, userId: string, userAgent?: string | null): Promise<string> {
  return db.$transaction(async (tx) => {
    const { token, session } = await openSession(tx, userId, userAgent);
    await recordAudit(tx, {
      userId,
      action: "sign-in",
      entityType: "session",
      entityId: session.id,
      after: { userAgent: session.userAgent },
    });
    return token;
  });
}

/** The user a session cookie belongs to, if the session is live and the user enabled. */
export async function findSessionUser(db: PrismaClient, token: string): Promise<AuthUser | null> {
  const session = await db.session.findUnique({ where: { tokenHash: secretHash(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return asAuthUser(session.user, "session");
}

/** Ends the session a cookie holds, wherever that cookie is used. */
export async function endSession(db: PrismaClient, token: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash: secretHash(token) } });
    if (!session) return;
    await tx.session.delete({ where: { id: session.id } });
    await recordAudit(tx, { userId: session.userId, action: "sign-out", entityType: "session", entityId: session.id });
  });
}

/** Signs a user out of every browser; returns how many sessions ended. */
export async function endAllSessions(db: PrismaClient, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      userId,
      action: "sign-out-everywhere",
      entityType: "user",
      entityId: userId,
      after: { sessionsEnded: count },
    });
    return count;
  });
}

export async function listSessions(db: PrismaClient, userId: string) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, tokenHash: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
}

const tokenFields = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
} as const;

/** A new personal API token. The token itself is returned once and never stored. */
export async function createApiToken(db: PrismaClient, userId: string, name: string) {
  const token = newSecret(API_TOKEN_PREFIX);
  const record = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (active >= TOKEN_LIMIT) throw new Refusal("tokenLimit", { max: TOKEN_LIMIT });
    const created = await tx.apiToken.create({
      data: { tokenHash: secretHash(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), name, userId },
      select: tokenFields,
    });
    await recordAudit(tx, {
      userId,
      action: "create",
      entityType: "apiToken",
      entityId: created.id,
      after: { name, prefix: created.prefix },
    });
    return created;
  });
  return { token, record };
}

export async function listApiTokens(db: PrismaClient, userId: string) {
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: tokenFields });
}

/** Revokes a token: its owner may, and so may an admin. Revoking twice changes nothing. */
export async function revokeApiToken(db: PrismaClient, tokenId: string, actor: Pick<AuthUser, "id" | "role">) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { ...tokenFields, userId: true } });
    if (!token || (token.userId !== actor.id && !hasRole(actor.role, "admin"))) throw new Refusal("notFound");
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: new Date() },
      select: { ...tokenFields, userId: true },
    });
    await recordAudit(tx, {
      userId: actor.id,
      action: "revoke",
      entityType: "apiToken",
      entityId: tokenId,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}

/** The user an API token belongs to, if it is neither revoked nor expired and the user enabled. */
export async function findTokenUser(db: PrismaClient, token: string): Promise<AuthUser | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const record = await db.apiToken.findUnique({ where: { tokenHash: secretHash(token) }, include: { user: true } });
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= new Date()) || record.user.disabledAt)
    return null;
  if (!hasRole(record.user.role, "editor")) return null;
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return asAuthUser(record.user, "token");
}

export type SignInResult =
  | { ok: true; user: AuthUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Failures are counted per account and per address;
 * past the limit every attempt is refused until the window has moved on. Unknown
 * accounts cost the same password check as known ones.
 *
 * The count and the attempt's own record are one step: each attempt first reserves a
 * place (a failure row, written in the same transaction that counted, which SQLite's
 * BEGIN IMMEDIATE serialises), and only then is the password checked. However many
 * attempts arrive at once, no more than the limit are ever checked; a right password
 * gives its place back.
 */
export async function signIn(
  db: PrismaClient,
  input: { email: string; password: string; address: string },
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const reserved = await db.$transaction(async (tx) => {
    const since = new Date(Date.now() - SIGN_IN_LIMIT.windowMs);
    const recent = (where: { email: string } | { address: string }) =>
      tx.signInFailure.findMany({
        where: { ...where, createdAt: { gt: since } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      });
    const [byAccount, byAddress] = await Promise.all([recent({ email }), recent({ address: input.address })]);
    const blocking =
      byAccount.length >= SIGN_IN_LIMIT.perAccount
        ? byAccount[byAccount.length - SIGN_IN_LIMIT.perAccount]
        : byAddress.length >= SIGN_IN_LIMIT.perAddress
          ? byAddress[byAddress.length - SIGN_IN_LIMIT.perAddress]
          : undefined;
    if (blocking) {
      const retryAfterMs = blocking.createdAt.getTime() + SIGN_IN_LIMIT.windowMs - Date.now();
      return { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    await tx.signInFailure.deleteMany({ where: { createdAt: { lte: since } } });
    return tx.signInFailure.create({ data: { email, address: input.address }, select: { id: true } });
  });
  if ("retryAfterSeconds" in reserved) return { ok: false, reason: "rateLimited", ...reserved };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  // a wrong password keeps its reservation: it is the failure that counts
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };
  if (user.disabledAt) {
    await db.signInFailure.delete({ where: { id: reserved.id } });
    return { ok: false, reason: "disabled" };
  }
  await db.signInFailure.deleteMany({ where: { email } });
  return { ok: true, user: asAuthUser(user, "session") };
}
