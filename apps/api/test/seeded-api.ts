import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { spawnApi, type ApiProcess } from "./process";

/**
 * Spawns the real API on its own fresh database (seeded at boot): a database made on TEST_DATABASE_URL's
 * server and dropped afterwards, else PGlite in a temp folder. `stop()` removes what it made.
 */
export async function startSeededApi(): Promise<{ api: ApiProcess; stop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(path.join(tmpdir(), "waqai-api-test-"));
  const dbName = `waqai_api_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  let env: Record<string, string> = { WAQAI_DATA_DIR: dataDir };
  if (serverUrl) {
    await admin(`create database ${dbName}`);
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    env = { DATABASE_URL: u.toString() };
  }
  const api = await spawnApi(env);
  return {
    api,
    async stop() {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (serverUrl) await admin(`drop database if exists ${dbName} with (force)`);
    },
  };
}
