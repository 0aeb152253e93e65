import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDb, type Database } from "../src/client";
import { inArray } from "drizzle-orm";
import * as t from "../src/tables";

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../seeds");

export interface TestDb extends Database {
  /** Closes the connection and, on PostgreSQL, drops the database this test created. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database per test file: in-process PGlite by default, or a uniquely named
 * database on the server named by TEST_DATABASE_URL (created here, dropped in dispose()).
 */
export async function openTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await createDb(undefined, { dataDir: ":memory:" });
    await database.migrate();
    return { ...database, dispose: () => database.close() };
  }
  const scratch = await scratchPostgresDatabase(serverUrl);
  const database = await createDb(scratch.url);
  await database.migrate();
  return {
    ...database,
    async dispose() {
      await database.close();
      await scratch.drop();
    },
  };
}

/** An empty, unmigrated database made on the server `serverUrl` names; drop() removes it (and ends its sessions). */
export async function scratchPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `waqai_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * Takes events out of the public record as editors do, for tests of what follows status changes:
 * the first 40 of `ids` retracted, the next 20 back to draft.
 */
export async function unpublishSome(db: Database["db"], ids: string[]): Promise<void> {
  await db
    .update(t.events)
    .set({ status: "retracted" })
    .where(inArray(t.events.id, ids.slice(0, 40)));
  await db
    .update(t.events)
    .set({ status: "draft" })
    .where(inArray(t.events.id, ids.slice(40, 60)));
}

/**
 * The SQLSTATE a statement failed with, or undefined when it succeeded; drizzle wraps driver errors, so look
 * through `cause`. An error without one (refused in code, not by the database) is thrown on.
 */
export async function sqlState(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    let e = err as { code?: string; cause?: unknown } | undefined;
    while (e) {
      if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
      e = e.cause as typeof e;
    }
    throw err;
  }
  return undefined;
}
