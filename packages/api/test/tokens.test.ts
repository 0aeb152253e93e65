import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "@waqai/db";
import { insertUser, resolveApiToken } from "@waqai/db/editorial";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext, type SessionUser } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";

// The tokens.* procedures, and what a call made with a token writes, through the router on a real database.
let tdb: TestDb;
let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  tdb = await openTestDb();
  const mk = async (email: string, role: Role): Promise<SessionUser> => ({ ...(await insertUser(tdb.db, { email, role, passwordHash: "x" })), role });
  admin = await mk("admin@api-tokens.test", "admin");
  editor = await mk("editor@api-tokens.test", "editor");
});
afterAll(async () => tdb?.dispose());

const asUser = (user: SessionUser, locale: "ar" | "en" = "en") => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale, user }));
/** As the host builds the context for `Authorization: Bearer <secret>`. */
async function withToken(secret: string) {
  const r = await resolveApiToken(tdb.db, { secret });
  return createCallerFactory(appRouter)(
    createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", ...(r.ok ? { user: r.user, token: r.token } : { tokenRefused: r.reason }) }),
  );
}

describe("tokens.* procedures", () => {
  it("an admin creates a token for an editor (secret once), lists it without the secret, and revokes it", async () => {
    const made = await asUser(admin).tokens.create({ name: "  newsroom bot ", userId: editor.id, scopes: ["write"], expiresInDays: 30 });
    expect(made.token).toMatch(/^wq_/);
    expect(made.scopes).toEqual(["read", "write"]);
    expect(new Date(made.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const listed = (await asUser(admin).tokens.list()).find((t) => t.id === made.id)!;
    expect(listed).toMatchObject({
      name: "newsroom bot",
      prefix: made.prefix,
      status: "active",
      userEmail: editor.email,
      userRole: "editor",
      createdByEmail: admin.email,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(await asUser(admin).tokens.list())).not.toContain(made.token);
    await asUser(admin).tokens.revoke({ id: made.id });
    expect((await asUser(admin).tokens.list()).find((t) => t.id === made.id)!.status).toBe("revoked");
    await expect(asUser(admin).tokens.revoke({ id: "tok-missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("defaults to the admin themselves and 90 days; refuses bad input", async () => {
    const made = await asUser(admin).tokens.create({ name: "mine", scopes: ["read"] });
    const days = (new Date(made.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await asUser(admin).tokens.list()).find((t) => t.id === made.id)!.userId).toBe(admin.id);
    await expect(asUser(admin).tokens.create({ name: "x", scopes: ["read"], expiresInDays: 366 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asUser(admin).tokens.create({ name: "", scopes: ["read"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asUser(admin).tokens.create({ name: "x", scopes: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asUser(admin).tokens.create({ name: "x", scopes: ["admin" as never] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(asUser(admin).tokens.create({ name: "x", userId: "u-nobody", scopes: ["read"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asUser(editor).tokens.create({ name: "x", scopes: ["read"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a write through a token is its user's, names the token in the revision, and is audited as token_write", async () => {
    const made = await asUser(admin).tokens.create({ name: "importer", userId: editor.id, scopes: ["read", "write"], expiresInDays: 7 });
    const client = await withToken(made.token);
    const ev = await client.edit.event.create({ type: "air_strike", titleAr: "غارة عبر الرمز" });
    const [rev] = await tdb.db
      .select()
      .from(tables.revisions)
      .where(and(eq(tables.revisions.entityKind, "event"), eq(tables.revisions.entityId, ev.id)));
    expect(rev).toMatchObject({ author: editor.id, tokenId: made.id, action: "create" });
    const [audit] = await tdb.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.action, "token_write"), eq(tables.auditLog.targetId, ev.id)));
    expect(audit).toMatchObject({ actorUserId: editor.id, actorEmail: editor.email, tokenId: made.id, targetKind: "event", detail: "edit.event.create" });
    // A refused write leaves no token_write entry.
    await expect(client.edit.event.update({ id: ev.id, baseVersion: 9, patch: { titleAr: "x" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const writes = await tdb.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.action, "token_write"), eq(tables.auditLog.tokenId, made.id)));
    expect(writes).toHaveLength(1);
    // The audit log shows which token.
    const log = await asUser(admin).audit.list({ action: "token_write" });
    expect(log.items[0]).toMatchObject({ tokenId: made.id, targetId: ev.id });
    // A read (query) through the token is not a write and is not audited.
    await client.edit.event.get({ id: ev.id });
    expect(
      await tdb.db
        .select()
        .from(tables.auditLog)
        .where(and(eq(tables.auditLog.action, "token_write"), eq(tables.auditLog.tokenId, made.id))),
    ).toHaveLength(1);
  });

  it("a read token of an editor reads drafts through the editor's reads, and may not write", async () => {
    const draft = await asUser(editor).edit.event.create({ type: "air_strike", titleAr: "مسودة" });
    const made = await asUser(admin).tokens.create({ name: "reader", userId: editor.id, scopes: ["read"], expiresInDays: 7 });
    const client = await withToken(made.token);
    expect((await client.edit.event.get({ id: draft.id })).status).toBe("draft");
    // The public reads still show published records only, as for the signed-in editor.
    await expect(client.events.byId({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(client.edit.event.create({ type: "air_strike", titleAr: "لا" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await asUser(admin).tokens.revoke({ id: made.id });
    await expect((await withToken(made.token)).edit.event.get({ id: draft.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
