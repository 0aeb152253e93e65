import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
