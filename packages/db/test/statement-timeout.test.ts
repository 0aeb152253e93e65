import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb } from "../src/client";

// The API's bound on one statement (PostgreSQL): a runaway query is cancelled, the pool goes on, migrations are exempt.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("statement timeout on PostgreSQL", () => {
  it("cancels a statement that runs past it, keeps serving, and migrates without it", async () => {
    const name = `waqai_timeout_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(q);
      await c.end();
    };
    await admin(`create database ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const database = await createDb(url.toString(), { statementTimeoutMs: 300 });
    try {
      await database.migrate();
      await expect(database.rawQuery("select pg_sleep(2)")).rejects.toThrow(/statement timeout/);
      expect(await database.rawQuery<{ n: number }>("select 1 as n")).toEqual([{ n: 1 }]);
    } finally {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    }
  });
});
