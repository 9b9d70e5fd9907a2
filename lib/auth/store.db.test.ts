import { beforeAll, describe, expect, it } from "vitest";
import { Refusal } from "@/lib/refusal";
import { withTempDatabase } from "@/test/temp-database";
import { secretHash } from "./secrets";
import {
  createApiToken,
  endAllSessions,
  endSession,
  findSessionUser,
  findTokenUser,
  revokeApiToken,
  SIGN_IN_LIMIT,
  signIn,
  startSession,
  TOKEN_LIMIT,
} from "./store";
import { changePassword, createUser, updateUser } from "./store-users";

const { prisma } = withTempDatabase("store");
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const [key, role] of [
    ["admin", "admin"],
    ["editor", "editor"],
    ["other", "editor"],
    ["viewer", "viewer"],
  ] as const) {
    ids[key] = (await createUser(prisma, { email: `${key}@store.test`, role, password: `${key} password 1` })).id;
  }
}, 60_000);

const audit = (action: string, entityId?: string) =>
  prisma.auditEntry.count({ where: { action, ...(entityId ? { entityId } : {}) } });

describe("API tokens", () => {
  it("are shown once and stored only as a hash", async () => {
    const { token, record } = await createApiToken(prisma, ids.editor!, "import script");
    expect(token).toMatch(/^plx_[A-Za-z0-9_-]{43}$/);
    expect(record.prefix).toBe(token.slice(0, 10));
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.tokenHash).toBe(secretHash(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(10));
    expect(await findTokenUser(prisma, token)).toEqual({
      id: ids.editor,
      email: "editor@store.test",
      name: "editor",
      role: "editor",
      via: "token",
    });
    expect(await audit("create", record.id)).toBe(1);
  });

  it("stop working when revoked, expired, or their user is disabled or a viewer", async () => {
    const revoked = await createApiToken(prisma, ids.editor!, "revoked");
    await revokeApiToken(prisma, revoked.record.id, { id: ids.editor!, role: "editor" });
    expect(await findTokenUser(prisma, revoked.token)).toBeNull();

    const expired = await createApiToken(prisma, ids.editor!, "expired");
    await prisma.apiToken.update({
      where: { id: expired.record.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findTokenUser(prisma, expired.token)).toBeNull();

    const demoted = await createApiToken(prisma, ids.other!, "demoted");
    await updateUser(prisma, ids.other!, { role: "viewer" });
    expect(await findTokenUser(prisma, demoted.token)).toBeNull();
    await updateUser(prisma, ids.other!, { role: "editor", disabled: true });
    expect(await findTokenUser(prisma, demoted.token)).toBeNull();
    await updateUser(prisma, ids.other!, { disabled: false });
    expect(await findTokenUser(prisma, demoted.token)).toMatchObject({ id: ids.other, via: "token" });

    expect(await findTokenUser(prisma, "plx_not-a-token")).toBeNull();
    expect(await findTokenUser(prisma, revoked.token.replace("plx_", "xyz_"))).toBeNull();
  });

  it("are revoked by their owner or an admin, once", async () => {
    const { record } = await createApiToken(prisma, ids.editor!, "to revoke");
    await expect(revokeApiToken(prisma, record.id, { id: ids.other!, role: "editor" })).rejects.toEqual(
      new Refusal("notFound"),
    );
    await expect(revokeApiToken(prisma, "no-such-token", { id: ids.editor!, role: "editor" })).rejects.toEqual(
      new Refusal("notFound"),
    );
    const first = await revokeApiToken(prisma, record.id, { id: ids.admin!, role: "admin" });
    const again = await revokeApiToken(prisma, record.id, { id: ids.editor!, role: "editor" });
    expect(again.revokedAt).toEqual(first.revokedAt);
    expect(await audit("revoke", record.id)).toBe(1);
  });

  it(`are limited to ${TOKEN_LIMIT} active ones per user`, async () => {
    const user = await createUser(prisma, { email: "many@store.test", role: "editor", password: "many tokens 1" });
    for (let i = 0; i < TOKEN_LIMIT; i++) await createApiToken(prisma, user.id, `t${i}`);
    await expect(createApiToken(prisma, user.id, "one more")).rejects.toEqual(
      new Refusal("tokenLimit", { max: TOKEN_LIMIT }),
    );
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(TOKEN_LIMIT);
  });
});

describe("sessions", () => {
  it("find their user until they end or expire", async () => {
    const token = await startSession(prisma, ids.viewer!, "Firefox");
    expect(await findSessionUser(prisma, token)).toEqual({
      id: ids.viewer,
      email: "viewer@store.test",
      name: "viewer",
      role: "viewer",
      via: "session",
    });
    await endSession(prisma, token);
    expect(await findSessionUser(prisma, token)).toBeNull();
    expect(await audit("sign-out")).toBe(1);

    const old = await startSession(prisma, ids.viewer!, null);
    await prisma.session.update({
      where: { tokenHash: secretHash(old) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await findSessionUser(prisma, old)).toBeNull();
  });

  it("all end at once: sign out everywhere, disabling, a new password", async () => {
    const [a, b] = [await startSession(prisma, ids.editor!, "A"), await startSession(prisma, ids.editor!, "B")];
    expect(await endAllSessions(prisma, ids.editor!)).toBe(2);
    expect([await findSessionUser(prisma, a), await findSessionUser(prisma, b)]).toEqual([null, null]);

    const c = await startSession(prisma, ids.editor!, "C");
    const kept = await changePassword(prisma, ids.editor!, "editor password 2", {
      revokeTokens: false,
      keepBrowser: { userAgent: "C" },
    });
    expect(await findSessionUser(prisma, c)).toBeNull();
    expect(await findSessionUser(prisma, kept!)).toMatchObject({ id: ids.editor });
    expect(await prisma.session.count({ where: { userId: ids.editor } })).toBe(1);

    await updateUser(prisma, ids.editor!, { disabled: true });
    expect(await findSessionUser(prisma, kept!)).toBeNull();
    expect(await prisma.session.count({ where: { userId: ids.editor } })).toBe(0);
    await updateUser(prisma, ids.editor!, { disabled: false });
  });
});

describe("a new password", () => {
  it("keeps the user's API tokens unless asked to revoke them; an administrator's reset revokes them by default", async () => {
    const user = await createUser(prisma, { email: "leak@store.test", role: "editor", password: "leaked password 1" });
    const { token } = await createApiToken(prisma, user.id, "script");
    await changePassword(prisma, user.id, "leaked password 2", { revokeTokens: false });
    expect(await findTokenUser(prisma, token)).toMatchObject({ id: user.id });
    await changePassword(prisma, user.id, "leaked password 3", { revokeTokens: true, actorId: ids.admin });
    expect(await findTokenUser(prisma, token)).toBeNull();
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { entityId: user.id, action: "change-password" },
      orderBy: { createdAt: "desc" },
    });
    expect([audit.userId, JSON.parse(audit.after!)]).toEqual([ids.admin, { sessionsEnded: 0, tokensRevoked: 1 }]);
  });
});

describe("users", () => {
  it("keep at least one enabled admin", async () => {
    await expect(updateUser(prisma, ids.admin!, { role: "editor" })).rejects.toEqual(new Refusal("lastAdmin"));
    await expect(updateUser(prisma, ids.admin!, { disabled: true })).rejects.toEqual(new Refusal("lastAdmin"));
    expect(await prisma.user.findUniqueOrThrow({ where: { id: ids.admin } })).toMatchObject({
      role: "admin",
      disabledAt: null,
    });
  });

  it("have unique emails, compared without case", async () => {
    await expect(
      createUser(prisma, { email: "Viewer@Store.test", role: "viewer", password: "another one 1" }),
    ).rejects.toEqual(new Refusal("emailTaken"));
  });

  it("never put a password or its hash in the audit log", async () => {
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "user" } });
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(`${e.before}${e.after}`).not.toMatch(/password|argon2/i);
  });
});

describe("signing in", () => {
  const address = "203.0.113.7";

  it("accepts the right password and refuses the rest alike", async () => {
    expect(
      await signIn(prisma, { email: " VIEWER@store.test ", password: "viewer password 1", address }),
    ).toMatchObject({
      ok: true,
      user: { id: ids.viewer },
    });
    expect(await signIn(prisma, { email: "viewer@store.test", password: "wrong", address })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(prisma, { email: "nobody@store.test", password: "wrong", address })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("says an account is disabled only to someone who knows its password", async () => {
    const user = await createUser(prisma, { email: "off@store.test", role: "viewer", password: "off password 1" });
    await updateUser(prisma, user.id, { disabled: true });
    expect(await signIn(prisma, { email: "off@store.test", password: "guess", address })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(prisma, { email: "off@store.test", password: "off password 1", address })).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it(`locks an account for the window after ${SIGN_IN_LIMIT.perAccount} failures, even with the right password`, async () => {
    await createUser(prisma, { email: "target@store.test", role: "viewer", password: "target password 1" });
    for (let i = 0; i < SIGN_IN_LIMIT.perAccount; i++) {
      expect(
        await signIn(prisma, { email: "target@store.test", password: `guess ${i}`, address: `198.51.100.${i}` }),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await signIn(prisma, {
      email: "target@store.test",
      password: "target password 1",
      address: "192.0.2.1",
    });
    expect(locked).toMatchObject({ ok: false, reason: "rateLimited" });
    if (locked.ok || locked.reason !== "rateLimited") throw new Error("expected a rate limit");
    expect(locked.retryAfterSeconds).toBeGreaterThan(SIGN_IN_LIMIT.windowMs / 1000 - 60);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_LIMIT.windowMs / 1000);

    // Once the failures are older than the window, the right password works again and clears them.
    await prisma.signInFailure.updateMany({
      where: { email: "target@store.test" },
      data: { createdAt: new Date(Date.now() - SIGN_IN_LIMIT.windowMs - 1000) },
    });
    expect(
      await signIn(prisma, { email: "target@store.test", password: "target password 1", address: "192.0.2.1" }),
    ).toMatchObject({ ok: true });
    expect(await prisma.signInFailure.count({ where: { email: "target@store.test" } })).toBe(0);
  });

  it(`checks no more than ${SIGN_IN_LIMIT.perAccount} passwords of an account, however many arrive at once`, async () => {
    await createUser(prisma, { email: "rush@store.test", role: "viewer", password: "rush password 1" });
    const wrong = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(prisma, { email: "rush@store.test", password: `guess ${i}`, address: `203.0.113.${i}` }),
      ),
    );
    const reasons = wrong.map((r) => (r.ok ? "ok" : r.reason));
    expect([reasons.filter((r) => r === "invalid").length, reasons.filter((r) => r === "rateLimited").length]).toEqual([
      SIGN_IN_LIMIT.perAccount,
      30 - SIGN_IN_LIMIT.perAccount,
    ]);
    expect(await prisma.signInFailure.count({ where: { email: "rush@store.test" } })).toBe(SIGN_IN_LIMIT.perAccount);
  });

  it("lets the right password through only within the limit when it arrives among a rush of wrong ones", async () => {
    await createUser(prisma, { email: "mixed@store.test", role: "viewer", password: "mixed password 1" });
    const attempts = Array.from({ length: 25 }, (_, i) => (i === 12 ? "mixed password 1" : `guess ${i}`));
    const results = await Promise.all(
      attempts.map((password, i) =>
        signIn(prisma, { email: "mixed@store.test", password, address: `198.51.100.${100 + i}` }),
      ),
    );
    const checked = results.filter((r) => r.ok || r.reason !== "rateLimited");
    expect(checked.length).toBe(SIGN_IN_LIMIT.perAccount);
    // the right password signed in only if it was among the attempts that were checked
    expect(results[12]!.ok).toBe(checked.includes(results[12]!));
  });

  it(`locks an address after ${SIGN_IN_LIMIT.perAddress} failures across accounts`, async () => {
    const sprayer = "192.0.2.99";
    for (let i = 0; i < SIGN_IN_LIMIT.perAddress; i++) {
      await signIn(prisma, { email: `spray${i}@store.test`, password: "password", address: sprayer });
    }
    expect(
      await signIn(prisma, { email: "viewer@store.test", password: "viewer password 1", address: sprayer }),
    ).toMatchObject({
      ok: false,
      reason: "rateLimited",
    });
    expect(
      await signIn(prisma, { email: "viewer@store.test", password: "viewer password 1", address: "192.0.2.100" }),
    ).toMatchObject({ ok: true });
  });
});
