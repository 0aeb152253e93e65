import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWaqaiClient, TRPCClientError } from "@waqai/client";
import { createDb } from "@waqai/db";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";

// API tokens end to end: made by an admin over the cookie session, used by programs with
// `Authorization: Bearer` through @waqai/client, tRPC and REST, against the real server and database.
let database: ApiDatabase;
let env: Record<string, string>;
let api: ApiProcess;
let admin: Session;
let editorId = "";

const adminMutate = <T>(proc: string, input: unknown) => admin.mutate<T>(proc, input);
const adminQuery = <T>(proc: string, input?: unknown) => admin.query<T>(proc, input);
/** A raw call with a bearer token, as curl would make it (no cookies, no Origin unless given). */
function bearer(
  token: string,
  proc: string,
  input: unknown,
  { mutation = false, origin, locale = "en" }: { mutation?: boolean; origin?: string; locale?: string } = {},
) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "accept-language": locale, ...(origin ? { origin } : {}) };
  if (mutation)
    return fetch(`${api.url}/trpc/${proc}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(input) });
  return fetch(`${api.url}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
}
const makeToken = (input: { name: string; userId?: string; scopes: ("read" | "write")[]; expiresInDays?: number }) =>
  adminMutate<{ id: string; token: string; prefix: string; expiresAt: string }>("tokens.create", input);
const codeOf = (err: unknown) => (err instanceof TRPCClientError ? (err.data as { code?: string; httpStatus?: number } | undefined) : undefined);

beforeAll(async () => {
  database = await freshApiDatabase("waqai_tokens_test");
  env = { ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, WAQAI_ADMIN_EMAIL: "tokens.admin@example.org" };
  api = await spawnApi(env);
  admin = await signIn(() => api, "tokens.admin@example.org", firstStartPassword(api));
  editorId = (await adminMutate<{ id: string }>("users.create", { email: "bot.editor@example.org", role: "editor", password: "bot-editor-password-1" })).id;
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

describe("API tokens over HTTP", () => {
  let writeToken = "";
  let draftId = "";

  it("a write token creates a draft through @waqai/client: the revision is its user's and names the token; the audit log has token_write", async () => {
    const made = await makeToken({ name: "newsroom importer", userId: editorId, scopes: ["write"], expiresInDays: 30 });
    writeToken = made.token;
    expect(made.token).toMatch(/^wq_[A-Za-z0-9_-]{43}$/);
    const client = createWaqaiClient({ url: api.url, token: made.token, headers: { "accept-language": "en" } });
    const ev = await client.edit.event.create.mutate({ type: "air_strike", titleAr: "غارة أُدخلت برمز API" });
    draftId = ev.id;
    const history = await adminQuery<
      { author: string; authorEmail: string | null; action: string; token: { id: string; prefix: string; name: string } | null }[]
    >("revisions.history", { kind: "event", id: ev.id });
    expect(history).toEqual([
      expect.objectContaining({
        author: editorId,
        authorEmail: "bot.editor@example.org",
        action: "create",
        token: { id: made.id, prefix: made.prefix, name: "newsroom importer" },
      }),
    ]);
    const log = await adminQuery<{ items: { action: string; actorEmail: string; tokenId: string; targetId: string; detail: string }[] }>("audit.list", {
      action: "token_write",
    });
    expect(log.items[0]).toMatchObject({ actorEmail: "bot.editor@example.org", tokenId: made.id, targetId: ev.id, detail: "edit.event.create" });
    const created = await adminQuery<{ items: { targetId: string }[] }>("audit.list", { action: "token_created" });
    expect(created.items.map((i) => i.targetId)).toContain(made.id);
    // The list shows it was used, and never the secret.
    const tokens = await adminQuery<{ id: string; lastUsedAt: string | null; status: string }[]>("tokens.list");
    expect(tokens.find((t) => t.id === made.id)).toMatchObject({ status: "active", lastUsedAt: expect.any(String) as unknown });
    expect(JSON.stringify(tokens)).not.toContain(made.token);
  });

  it("bearer writes need no Origin (curl, Node) and are not blocked by one either; cookie writes still are", async () => {
    const input = { type: "air_strike", titleAr: "غارة" };
    expect((await bearer(writeToken, "edit.event.create", input, { mutation: true })).status).toBe(200);
    expect((await bearer(writeToken, "edit.event.create", input, { mutation: true, origin: "http://elsewhere.test" })).status).toBe(200);
    const forged = await fetch(`${api.url}/trpc/edit.event.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.cookie, origin: "http://evil.test" },
      body: JSON.stringify(input),
    });
    expect(forged.status).toBe(403);
    const both = await fetch(`${api.url}/trpc/edit.event.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.cookie, authorization: `Bearer ${writeToken}`, origin: "http://evil.test" },
      body: JSON.stringify(input),
    });
    expect(both.status).toBe(403);
  });

  it("a read token of an editor reads drafts but may not write (403)", async () => {
    const made = await makeToken({ name: "dashboard", userId: editorId, scopes: ["read"] });
    const client = createWaqaiClient({ url: api.url, token: made.token, headers: { "accept-language": "en" } });
    expect((await client.edit.event.get.query({ id: draftId })).status).toBe("draft");
    expect((await client.edit.event.list.query({ status: "draft" })).items.map((i) => i.id)).toContain(draftId);
    const err = await client.edit.event.create.mutate({ type: "air_strike", titleAr: "لا" }).catch((e: unknown) => e);
    expect(codeOf(err)).toMatchObject({ code: "FORBIDDEN", httpStatus: 403 });
    expect((err as Error).message).toMatch(/read-only/);
    const res = await bearer(made.token, "edit.event.create", { type: "air_strike", titleAr: "لا" }, { mutation: true });
    expect(res.status).toBe(403);
  });

  it("no token reaches admin procedures: tokens.create, tokens.list, users.list, audit.list are 403 even for an admin's own token", async () => {
    const own = await makeToken({ name: "admin's script", scopes: ["read", "write"] });
    for (const token of [own.token, writeToken]) {
      expect((await bearer(token, "tokens.create", { name: "minted", scopes: ["write"] }, { mutation: true })).status).toBe(403);
      expect((await bearer(token, "tokens.revoke", { id: own.id }, { mutation: true })).status).toBe(403);
      expect((await bearer(token, "users.create", { email: "x@example.org", role: "admin" }, { mutation: true })).status).toBe(403);
      for (const proc of ["tokens.list", "users.list", "audit.list"]) expect((await bearer(token, proc, {})).status, proc).toBe(403);
    }
    const client = createWaqaiClient({ url: api.url, token: own.token });
    expect(codeOf(await client.tokens.create.mutate({ name: "minted", scopes: ["read"] }).catch((e: unknown) => e))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("REST under /api/v1 takes the same bearer token and gives the same refusals", async () => {
    const ok = await fetch(`${api.url}/api/v1/events?limit=2`, { headers: { authorization: `Bearer ${writeToken}` } });
    expect(ok.status).toBe(200);
    const bad = await fetch(`${api.url}/api/v1/events?limit=2`, { headers: { authorization: "Bearer wq_not-a-real-token", "accept-language": "en" } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ code: "UNAUTHORIZED", message: expect.stringMatching(/Unknown API token/) as unknown, fieldErrors: null });
  });

  it("a program without Accept-Language is answered in English; asking for Arabic gets Arabic; people default to Arabic", async () => {
    const made = await makeToken({ name: "language", userId: editorId, scopes: ["read"] });
    const call = (headers: Record<string, string>) =>
      fetch(`${api.url}/trpc/events.list?input=${encodeURIComponent(JSON.stringify({ limit: 0 }))}`, { headers });
    const program = (await (await call({ authorization: `Bearer ${made.token}` })).json()) as { error: { data: { fieldErrors: Record<string, string> } } };
    expect(program.error.data.fieldErrors).toEqual({ limit: "at least 1" });
    const arabic = (await (await call({ authorization: `Bearer ${made.token}`, "accept-language": "ar" })).json()) as {
      error: { data: { fieldErrors: Record<string, string> } };
    };
    expect(arabic.error.data.fieldErrors).toEqual({ limit: "لا يقل عن 1" });
    const person = (await (await call({})).json()) as { error: { data: { fieldErrors: Record<string, string> } } };
    expect(person.error.data.fieldErrors).toEqual({ limit: "لا يقل عن 1" });
  });

  it("a revoked token is 401 everywhere, with a message in the caller's language", async () => {
    const made = await makeToken({ name: "short-lived", userId: editorId, scopes: ["write"] });
    expect((await bearer(made.token, "events.list", { limit: 1 })).status).toBe(200);
    await adminMutate("tokens.revoke", { id: made.id });
    const en = await bearer(made.token, "events.list", { limit: 1 });
    expect(en.status).toBe(401);
    expect(((await en.json()) as { error: { message: string; data: { code: string } } }).error).toMatchObject({
      message: expect.stringMatching(/revoked/) as unknown,
      data: { code: "UNAUTHORIZED" },
    });
    const ar = await bearer(made.token, "edit.event.create", { type: "air_strike", titleAr: "غارة" }, { mutation: true, locale: "ar" });
    expect(ar.status).toBe(401);
    expect(((await ar.json()) as { error: { message: string } }).error.message).toMatch(/أُلغي/);
    const rest = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: { authorization: `Bearer ${made.token}`, "accept-language": "en" } });
    expect(rest.status).toBe(401);
    expect(await rest.json()).toMatchObject({ code: "UNAUTHORIZED", message: expect.stringMatching(/revoked/) as unknown, fieldErrors: null });
    const client = createWaqaiClient({ url: api.url, token: made.token });
    expect(codeOf(await client.events.list.query({ limit: 1 }).catch((e: unknown) => e))).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
    const log = await adminQuery<{ items: { targetId: string }[] }>("audit.list", { action: "token_revoked" });
    expect(log.items.map((i) => i.targetId)).toContain(made.id);
  });

  it("an expired token is 401 (aged in the database while the server is stopped, then used after a restart)", async () => {
    const made = await makeToken({ name: "expiring", userId: editorId, scopes: ["write"], expiresInDays: 1 });
    expect((await bearer(made.token, "events.list", { limit: 1 })).status).toBe(200);
    expect(await api.stop()).toBe(0);
    // The server owned the database (PGlite allows one owner); now the test does, briefly.
    const db = await createDb(database.env.DATABASE_URL || undefined, { dataDir: database.dataDir });
    try {
      await db.db.execute(sql`update api_tokens set created_at = now() - interval '3 days', expires_at = now() - interval '1 day' where id = ${made.id}`);
    } finally {
      await db.close();
    }
    api = await spawnApi(env); // the admin's session survives the restart (kept in the database)
    const res = await bearer(made.token, "events.list", { limit: 1 });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
    expect((await adminQuery<{ id: string; status: string }[]>("tokens.list")).find((t) => t.id === made.id)!.status).toBe("expired");
    // Other tokens still work after the restart.
    expect((await bearer(writeToken, "events.list", { limit: 1 })).status).toBe(200);
  }, 120_000);
});
