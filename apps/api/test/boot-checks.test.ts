import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret, MissingAuthSecretError } from "../src/bootstrap";
import { freshApiDatabase, spawnApi, type ApiDatabase } from "./process";

// What the API checks before it serves, as a deployment meets it: the real server and the real `db:migrate`
// command as their own processes, on a fresh database (PostgreSQL when TEST_DATABASE_URL is set, else PGlite).
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.resolve(appDir, "../../node_modules/.bin/tsx");

describe("WAQAI_MIGRATE=off", () => {
  let database: ApiDatabase;
  beforeAll(async () => {
    database = await freshApiDatabase("waqai_migrate_off_test");
  });
  afterAll(async () => database?.dispose());

  it("refuses a database that is behind, naming `pnpm db:migrate`, and starts once that has run", async () => {
    const env = { ...database.env, WAQAI_MIGRATE: "off" };
    const refused = await spawnApi(env, { waitHealthy: false });
    expect(await refused.exited).toBe(78);
    expect(refused.output()).toContain("run `pnpm db:migrate` first");

    const migrate = spawnSync(tsx, ["src/cli/migrate.ts"], { cwd: appDir, env: { ...process.env, ...database.env }, encoding: "utf8" });
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/db:migrate: applied \d+ migration\(s\) in \d+ ms/);

    const api = await spawnApi(env);
    try {
      expect(api.output()).toContain("the database is at the latest migration");
      expect(api.output()).not.toContain("migrations applied");
    } finally {
      await api.stop();
    }
  }, 120_000);
});

describe("the session-cookie secret", () => {
  // Nothing listens here: the API must refuse before it opens the database.
  const POSTGRES_URL = "postgres://waqai@127.0.0.1:9/waqai";

  it("is required with PostgreSQL, and on PGlite generated once and kept in the data folder", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "waqai-secret-test-"));
    try {
      expect(() => authSecret({ DATABASE_URL: POSTGRES_URL, WAQAI_AUTH_SECRET: undefined, dataDir })).toThrow(MissingAuthSecretError);
      const given = "g".repeat(32);
      expect(authSecret({ DATABASE_URL: POSTGRES_URL, WAQAI_AUTH_SECRET: given, dataDir })).toBe(given);
      const generated = authSecret({ DATABASE_URL: undefined, WAQAI_AUTH_SECRET: undefined, dataDir });
      expect(generated.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(path.join(dataDir, "auth.secret"), "utf8")).toBe(generated);
      expect(authSecret({ DATABASE_URL: "", WAQAI_AUTH_SECRET: undefined, dataDir })).toBe(generated);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  // (Skipped when the shell running the tests sets the variable itself: the spawned API would inherit it.)
  it.skipIf(!!process.env.WAQAI_AUTH_SECRET)("missing on PostgreSQL stops the API with a message naming it and how to make one", async () => {
    const api = await spawnApi({ DATABASE_URL: POSTGRES_URL }, { waitHealthy: false });
    expect(await api.exited).toBe(78);
    expect(api.output()).toContain("WAQAI_AUTH_SECRET is required when DATABASE_URL names a PostgreSQL server");
    expect(api.output()).toContain("openssl rand -base64 48");
    expect(api.output()).not.toContain("database opened");
  });
});
