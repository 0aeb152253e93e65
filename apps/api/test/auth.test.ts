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
const FORWARDER_SECRET = "f".repeat(43);
/** A browser behind the admin panel, at this address (the panel names it with its secret). */
const viaAdmin = (address: string, secret = FORWARDER_SECRET) => ({ "x-waqai-forwarder": secret, "x-waqai-client-address": address });
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let database: ApiDatabase;
let env: Record<string, string>;
let api: ApiProcess;
let adminPassword = "";

beforeAll(async () => {
  database = await freshApiDatabase("waqai_auth_test");
  // No trusted proxies (the default): X-Forwarded-For from any caller is ignored. The forwarder secret stands for the admin panel.
  env = { ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, WAQAI_ADMIN_EMAIL: "first.admin@example.org", WAQAI_FORWARDER_SECRET: FORWARDER_SECRET };
  api = await spawnApi(env);
  adminPassword = /password: (\S+)/.exec(api.output())?.[1] ?? "";
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

async function signIn(email: string, password: string, extra: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ADMIN_ORIGIN, ...extra },
    body: JSON.stringify({ email, password }),
  });
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
  (
    (await (await fetch(`${api.url}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } })).json()) as {
      result: { data: unknown };
    }
  ).result?.data;

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

  it("pauses an address after repeated wrong passwords, doubling the wait, without locking the owner out elsewhere; the audit log says so", async () => {
    const { cookie: admin } = await signIn("first.admin@example.org", adminPassword);
    const created = await call("users.create", { email: "target@example.org", role: "editor", password: "the-right-password-1" }, admin);
    expect(created.status).toBe(200);
    const attacker = viaAdmin("198.51.100.66");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn("target@example.org", `wrong-password-${i}`, attacker)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    // From the attacker's address even the right password waits now ...
    const paused = await signIn("target@example.org", "the-right-password-1", attacker);
    expect(paused.status).toBe(423);
    // ... while the owner, from their own address, signs in.
    expect((await signIn("target@example.org", "the-right-password-1", viaAdmin("203.0.113.50"))).status).toBe(200);
    const log = (await query("audit.list", { email: "target@example.org", limit: 50 }, admin)) as { items: { action: string; ip: string | null }[] };
    const actions = log.items.map((i) => i.action);
    expect(actions.filter((a) => a === "sign_in_failed")).toHaveLength(7);
    expect(actions.filter((a) => a === "lockout")).toHaveLength(1);
    expect(log.items.find((i) => i.action === "lockout")!.ip).toBe("198.51.100.66");
    expect(log.items.find((i) => i.action === "sign_in")!.ip).toBe("203.0.113.50");

    // The way out when the owner is the one paused: an admin resets the password, which ends their sessions and clears every pause.
    const owner = await signIn("target@example.org", "the-right-password-1", viaAdmin("203.0.113.50"));
    const userId = ((await query("account.me", undefined, owner.cookie)) as { id: string }).id;
    const reset = await call("users.resetPassword", { userId }, admin);
    expect(reset.status).toBe(200);
    const { generatedPassword } = ((await reset.json()) as { result: { data: { generatedPassword: string } } }).result.data;
    expect(await query("account.me", undefined, owner.cookie)).toBeNull();
    expect((await signIn("target@example.org", "the-right-password-1", viaAdmin("203.0.113.50"))).status).toBe(401);
    expect((await signIn("target@example.org", generatedPassword, attacker)).status).toBe(200);
  });

  it("believes no X-Forwarded-For and no forwarder without its secret: rotating either dodges no throttle, and the audit log keeps the real address", async () => {
    const { cookie: admin } = await signIn("first.admin@example.org", adminPassword);
    await call("users.create", { email: "rotated@example.org", role: "editor", password: "the-right-password-2" }, admin);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const forged = i % 2 ? { "x-forwarded-for": `203.0.113.${100 + i}` } : viaAdmin(`203.0.113.${100 + i}`, "g".repeat(43));
      statuses.push((await signIn("rotated@example.org", `wrong-${i}`, forged)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    const log = (await query("audit.list", { email: "rotated@example.org", limit: 50 }, admin)) as { items: { ip: string | null }[] };
    expect(new Set(log.items.map((i) => i.ip))).toEqual(new Set(["127.0.0.1"]));
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
    const revoke = await fetch(`${api.url}/api/auth/revoke-sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: a.cookie, origin: ADMIN_ORIGIN },
      body: "{}",
    });
    expect(revoke.status).toBe(200);
    expect(await query("account.me", undefined, a.cookie)).toBeNull();
    expect(await query("account.me", undefined, b.cookie)).toBeNull();
    const log = (await query("audit.list", { email: "two.sessions@example.org" }, admin)) as { items: { action: string }[] };
    expect(log.items.map((i) => i.action)).toEqual(expect.arrayContaining(["password_changed", "sessions_revoked", "sign_in"]));
  });

  it("refuses common or easily guessed passwords when a user is made and when a password changes, naming the field in the caller's language", async () => {
    const { cookie: admin } = await signIn("first.admin@example.org", adminPassword);
    for (const password of ["aaaaaaaaaaaa", "password1234", "123456789012", "weak.owner@example.org"]) {
      const res = await fetch(`${api.url}/trpc/users.create`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: admin, origin: ADMIN_ORIGIN, "accept-language": "en" },
        body: JSON.stringify({ email: "weak.owner@example.org", role: "editor", password }),
      });
      expect(res.status, password).toBe(400);
      const body = (await res.json()) as { error: { data: { fieldErrors: Record<string, string> } } };
      expect(body.error.data.fieldErrors.password, password).toMatch(/common or easy to guess/);
    }
    expect((await call("users.create", { email: "weak.owner@example.org", role: "editor", password: "quiet-harbour-lantern-58" }, admin)).status).toBe(200);
    const owner = await signIn("weak.owner@example.org", "quiet-harbour-lantern-58");
    const change = await fetch(`${api.url}/api/auth/change-password`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: owner.cookie, origin: ADMIN_ORIGIN, "accept-language": "ar" },
      body: JSON.stringify({ currentPassword: "quiet-harbour-lantern-58", newPassword: "password1234" }),
    });
    expect(change.status).toBe(400);
    expect(((await change.json()) as { fieldErrors: Record<string, string> }).fieldErrors.newPassword).toContain("سهلة التخمين");
    // Nothing changed: the old password still signs in.
    expect((await signIn("weak.owner@example.org", "quiet-harbour-lantern-58")).status).toBe(200);
  });

  it("a restart does not create another admin or print a password again", async () => {
    expect(await api.stop()).toBe(0);
    api = await spawnApi(env);
    expect(api.output()).not.toContain("first start");
    expect((await signIn("first.admin@example.org", adminPassword)).status).toBe(200);
  });

  // Last here: it spends this address's sign-in budget for the minute.
  it("throttles guesses at unknown accounts per address, however X-Forwarded-For rotates", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await signIn(`nobody.${i}@example.org`, "not-a-password-0", { "x-forwarded-for": `198.51.100.${i + 1}` })).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("the user:create command", () => {
  const tsx = path.resolve(appDir, "../../node_modules/.bin/tsx");
  const run = (dir: string, args: string[]) =>
    spawnSync(tsx, ["src/cli/user-create.ts", ...args], {
      cwd: appDir,
      env: { ...process.env, WAQAI_DATA_DIR: dir, DATABASE_URL: "", WAQAI_USER_PASSWORD: "cli-password-1234" },
      encoding: "utf8",
    });

  it.skipIf(!!serverUrl)(
    "creates a user on a stopped PGlite folder and is refused while the API owns it",
    async () => {
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
    },
    180_000,
  ); // two cold PGlite starts (migrate, seed, index) on a busy 2-core machine
});
