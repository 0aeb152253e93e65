import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

// Sign-in, sessions, lockout, Origin checks and the audit log, against the real server over HTTP.
const serverUrl = process.env.TEST_DATABASE_URL;
const ADMIN_ORIGIN = "http://admin.test";
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let database: ApiDatabase;
let env: Record<string, string>;
let api: ApiProcess;
let adminPassword = "";

beforeAll(async () => {
  database = await freshApiDatabase("waqai_auth_test");
  env = { ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, WAQAI_ADMIN_EMAIL: "first.admin@example.org" };
  api = await spawnApi(env);
  adminPassword = /password: (\S+)/.exec(api.output())?.[1] ?? "";
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

async function signIn(email: string, password: string) {
  const res = await fetch(`${api.url}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: ADMIN_ORIGIN }, body: JSON.stringify({ email, password }) });
  const setCookie = res.headers.getSetCookie();
  return { status: res.status, setCookie, cookie: setCookie.map((c) => c.split(";")[0]).join("; ") };
}
const call = (proc: string, input: unknown, cookie?: string, origin: string | null = ADMIN_ORIGIN) =>
  fetch(`${api.url}/trpc/${proc}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) },
    body: JSON.stringify(input),
  });
const query = async (proc: string, input: unknown, cookie: string) =>
  ((await (await fetch(`${api.url}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } })).json()) as { result: { data: unknown } }).result?.data;

describe("accounts and sessions", () => {
  it("the first start creates an admin with a generated password, shown once", async () => {
    expect(adminPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const s = await signIn("first.admin@example.org", adminPassword);
    expect(s.status).toBe(200);
    expect(s.setCookie[0]).toMatch(/HttpOnly/);
    expect(s.setCookie[0]).toMatch(/SameSite=Lax/);
    expect(await query("account.me", undefined, s.cookie)).toMatchObject({ email: "first.admin@example.org", role: "admin" });
  });

  it("refuses state-changing requests with cookies from a missing or untrusted Origin", async () => {
    const { cookie } = await signIn("first.admin@example.org", adminPassword);
    const input = { type: "air_strike", titleAr: "غارة" };
    expect((await call("edit.event.create", input, cookie, null)).status).toBe(403);
    expect((await call("edit.event.create", input, cookie, "http://evil.test")).status).toBe(403);
    expect((await call("edit.event.create", input, undefined, null)).status).toBe(401);
    expect((await call("edit.event.create", input, cookie)).status).toBe(200);
  });

  it("locks an account after repeated wrong passwords, and the audit log says so", async () => {
    const { cookie: admin } = await signIn("first.admin@example.org", adminPassword);
    const created = await call("users.create", { email: "target@example.org", role: "editor", password: "the-right-password-1" }, admin);
    expect(created.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn("target@example.org", `wrong-password-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    // Locked for a while: even the right password is refused now.
    expect((await signIn("target@example.org", "the-right-password-1")).status).toBe(423);
    const log = (await query("audit.list", { email: "target@example.org", limit: 50 }, admin)) as { items: { action: string; ip: string | null }[] };
    const actions = log.items.map((i) => i.action);
    expect(actions.filter((a) => a === "sign_in_failed")).toHaveLength(7);
    expect(actions.filter((a) => a === "lockout")).toHaveLength(1);
    expect(log.items[0]!.ip).toBeTruthy();
  });

  it("signs out of all sessions, and changes the password", async () => {
    const { cookie: admin } = await signIn("first.admin@example.org", adminPassword);
    await call("users.create", { email: "two.sessions@example.org", role: "reviewer", password: "first-password-123" }, admin);
    const a = await signIn("two.sessions@example.org", "first-password-123");
    const b = await signIn("two.sessions@example.org", "first-password-123");
    const change = await fetch(`${api.url}/api/auth/change-password`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: a.cookie, origin: ADMIN_ORIGIN },
      body: JSON.stringify({ currentPassword: "first-password-123", newPassword: "second-password-456" }),
    });
    expect(change.status).toBe(200);
    expect((await signIn("two.sessions@example.org", "first-password-123")).status).toBe(401);
    expect((await signIn("two.sessions@example.org", "second-password-456")).status).toBe(200);
    const revoke = await fetch(`${api.url}/api/auth/revoke-sessions`, { method: "POST", headers: { "content-type": "application/json", cookie: a.cookie, origin: ADMIN_ORIGIN }, body: "{}" });
    expect(revoke.status).toBe(200);
    expect(await query("account.me", undefined, a.cookie)).toBeNull();
    expect(await query("account.me", undefined, b.cookie)).toBeNull();
    const log = (await query("audit.list", { email: "two.sessions@example.org" }, admin)) as { items: { action: string }[] };
    expect(log.items.map((i) => i.action)).toEqual(expect.arrayContaining(["password_changed", "sessions_revoked", "sign_in"]));
  });

  it("a restart does not create another admin or print a password again", async () => {
    expect(await api.stop()).toBe(0);
    api = await spawnApi(env);
    expect(api.output()).not.toContain("first start");
    expect((await signIn("first.admin@example.org", adminPassword)).status).toBe(200);
  });
});

describe("the user:create command", () => {
  const tsx = path.resolve(appDir, "../../node_modules/.bin/tsx");
  const run = (dir: string, args: string[]) =>
    spawnSync(tsx, ["src/cli/user-create.ts", ...args], { cwd: appDir, env: { ...process.env, WAQAI_DATA_DIR: dir, DATABASE_URL: "", WAQAI_USER_PASSWORD: "cli-password-1234" }, encoding: "utf8" });

  it.skipIf(!!serverUrl)("creates a user on a stopped PGlite folder and is refused while the API owns it", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "waqai-cli-test-"));
    try {
      const first = run(folder, ["--email", "cli.editor@example.org", "--role", "editor"]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain("created editor cli.editor@example.org");
      expect(run(folder, ["--email", "cli.editor@example.org", "--role", "editor"]).status).toBe(65);
      const owner = await spawnApi({ WAQAI_DATA_DIR: folder, DATABASE_URL: "" });
      try {
        // An editor exists but no admin yet, so the first start still makes one.
        expect(owner.output()).toContain("first start");
        expect(run(folder, ["--email", "b@example.org", "--role", "editor"]).status).toBe(75);
      } finally {
        await owner.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000); // two cold PGlite starts (migrate, seed, index) on a busy 2-core machine
});
