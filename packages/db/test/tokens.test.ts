import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import {
  createApiToken,
  hashToken,
  historyOf,
  insertUser,
  listApiTokens,
  liveApiTokenId,
  resolveApiToken,
  revokeApiToken,
  TokenUserNotFoundError,
} from "../src/editorial";
import { createDraftEvent } from "./editors";
import { openTestDb, type TestDb } from "./test-db";

// API tokens against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): hashing, lookup, expiry, revocation.
let tdb: TestDb;
let admin: { id: string; email: string };
let editor: { id: string; email: string };
const DAY = 86_400_000;

beforeAll(async () => {
  tdb = await openTestDb();
  admin = await insertUser(tdb.db, { email: "admin@tokens.test", role: "admin", passwordHash: "x" });
  editor = await insertUser(tdb.db, { email: "editor@tokens.test", role: "editor", passwordHash: "x" });
});
afterAll(async () => tdb?.dispose());

const inDays = (n: number) => new Date(Date.now() + n * DAY);

describe("API tokens", () => {
  it("stores only the SHA-256 of the secret, and a recognisable prefix", async () => {
    const made = await createApiToken(tdb.db, { name: "nightly import", userId: editor.id, scopes: ["write"], expiresAt: inDays(90), by: admin });
    expect(made.token).toMatch(/^wq_[A-Za-z0-9_-]{43}$/);
    expect(made.prefix).toBe(made.token.slice(0, 9));
    expect(made.scopes).toEqual(["read", "write"]); // write implies read
    const [row] = await tdb.db.select().from(t.apiTokens).where(eq(t.apiTokens.id, made.id));
    expect(row!.tokenHash).toBe(hashToken(made.token));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The secret appears nowhere in the row.
    expect(JSON.stringify(row)).not.toContain(made.token.slice(3));
    const [audit] = await tdb.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, "token_created"), eq(t.auditLog.targetId, made.id)));
    expect(audit).toMatchObject({ actorUserId: admin.id, targetKind: "api_token" });
    expect(audit!.detail).toContain("editor@tokens.test");
    expect(audit!.detail).not.toContain(made.token);
  });

  it("resolves a secret to its user and scopes, and refuses unknown, expired and revoked ones", async () => {
    const made = await createApiToken(tdb.db, { name: "reader", userId: editor.id, scopes: ["read"], expiresAt: inDays(30), by: admin });
    const ok = await resolveApiToken(tdb.db, { secret: made.token });
    expect(ok).toEqual({ ok: true, token: { id: made.id, scopes: ["read"] }, user: { id: editor.id, email: editor.email, role: "editor" } });
    expect(await resolveApiToken(tdb.db, { secret: `${made.token}x` })).toEqual({ ok: false, reason: "unknown" });
    expect(await resolveApiToken(tdb.db, { secret: "not-a-token" })).toEqual({ ok: false, reason: "unknown" });
    // The same token, seen from 31 days on.
    expect(await resolveApiToken(tdb.db, { secret: made.token, now: inDays(31) })).toEqual({ ok: false, reason: "expired" });
    expect(await liveApiTokenId(tdb.db, made.token)).toBe(made.id);
    expect(await liveApiTokenId(tdb.db, made.token, inDays(31))).toBeNull();
    expect(await revokeApiToken(tdb.db, { id: made.id, by: admin })).toMatchObject({ id: made.id, revokedAt: expect.any(String) as unknown });
    expect(await resolveApiToken(tdb.db, { secret: made.token })).toEqual({ ok: false, reason: "revoked" });
    expect(await liveApiTokenId(tdb.db, made.token)).toBeNull();
    // Revoking again is harmless and writes no second audit entry; an unknown id is null.
    await revokeApiToken(tdb.db, { id: made.id, by: admin });
    const revokes = await tdb.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, "token_revoked"), eq(t.auditLog.targetId, made.id)));
    expect(revokes).toHaveLength(1);
    expect(await revokeApiToken(tdb.db, { id: "tok-nope", by: admin })).toBeNull();
  });

  it("follows the user's current role", async () => {
    const u = await insertUser(tdb.db, { email: "promoted@tokens.test", role: "editor", passwordHash: "x" });
    const made = await createApiToken(tdb.db, { name: "bot", userId: u.id, scopes: ["read"], expiresAt: inDays(1), by: admin });
    await tdb.db.update(t.users).set({ role: "reviewer" }).where(eq(t.users.id, u.id));
    const r = await resolveApiToken(tdb.db, { secret: made.token });
    expect(r.ok && r.user.role).toBe("reviewer");
  });

  it("records the last use at most once a minute", async () => {
    const made = await createApiToken(tdb.db, { name: "busy", userId: editor.id, scopes: ["read"], expiresAt: inDays(10), by: admin });
    const lastUsed = async () => (await tdb.db.select({ at: t.apiTokens.lastUsedAt }).from(t.apiTokens).where(eq(t.apiTokens.id, made.id)))[0]!.at;
    expect(await lastUsed()).toBeNull();
    const t0 = new Date();
    await resolveApiToken(tdb.db, { secret: made.token, now: t0 });
    expect((await lastUsed())!.getTime()).toBe(t0.getTime());
    await resolveApiToken(tdb.db, { secret: made.token, now: new Date(t0.getTime() + 30_000) });
    expect((await lastUsed())!.getTime()).toBe(t0.getTime());
    const t2 = new Date(t0.getTime() + 61_000);
    await resolveApiToken(tdb.db, { secret: made.token, now: t2 });
    expect((await lastUsed())!.getTime()).toBe(t2.getTime());
  });

  it("lists tokens with status and without secrets", async () => {
    const list = await listApiTokens(tdb.db);
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(new Set(list.map((x) => x.status))).toEqual(new Set(["active", "revoked"]));
    expect(list.find((x) => x.name === "reader")).toMatchObject({ status: "revoked", userEmail: editor.email, createdByEmail: admin.email, scopes: ["read"] });
    expect(JSON.stringify(list)).not.toMatch(/tokenHash|wq_[A-Za-z0-9_-]{20}/);
    const later = await listApiTokens(tdb.db, inDays(400));
    expect(later.find((x) => x.name === "busy")!.status).toBe("expired");
  });

  it("refuses a token for a user who does not exist, and scopes outside the list", async () => {
    await expect(createApiToken(tdb.db, { name: "ghost", userId: "u-ghost", scopes: ["read"], expiresAt: inDays(1), by: admin })).rejects.toBeInstanceOf(
      TokenUserNotFoundError,
    );
    const bad = tdb.db
      .insert(t.apiTokens)
      .values({ id: "tok-bad", name: "bad", userId: editor.id, scopes: ["admin"], tokenHash: "h", prefix: "wq_", createdBy: admin.id, expiresAt: inDays(1) });
    await expect(bad).rejects.toThrow();
  });

  it("a write through a token names it in the revision", async () => {
    const made = await createApiToken(tdb.db, { name: "writer", userId: editor.id, scopes: ["write"], expiresAt: inDays(5), by: admin });
    const { id } = await createDraftEvent(tdb.db, { id: editor.id, email: editor.email, role: "editor", tokenId: made.id }, "غارة");
    const [rev] = await tdb.db
      .select()
      .from(t.revisions)
      .where(and(eq(t.revisions.entityKind, "event"), eq(t.revisions.entityId, id)));
    expect(rev).toMatchObject({ author: editor.id, tokenId: made.id });
    const [h] = await historyOf(tdb.db, "event", id);
    expect(h).toMatchObject({ authorEmail: editor.email, token: { id: made.id, prefix: made.prefix, name: "writer" } });
  });
});
