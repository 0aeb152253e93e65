import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, MIGRATIONS_FOLDER, queryRows, type Database } from "../src/client";
import { pendingMigrations } from "../src/pending-migrations";
import { scratchPostgresDatabase } from "./test-db";

// Migrating apart from serving: what an unmigrated database lacks, and on PostgreSQL two API replicas starting
// together on a fresh database (migrate() holds an advisory lock, so one migrates and the other then finds nothing to do).
const serverUrl = process.env.TEST_DATABASE_URL;
const journalTags = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] }).entries.map(
  (e) => e.tag,
);

describe("pendingMigrations", () => {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (serverUrl) {
      const scratch = await scratchPostgresDatabase(serverUrl);
      drop = scratch.drop;
      database = await createDb(scratch.url);
    } else database = await createDb(undefined, { dataDir: ":memory:" });
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it("lists every migration on a fresh database, oldest first, and none once migrated", async () => {
    expect(await pendingMigrations(database.db)).toEqual(journalTags);
    await database.migrate();
    expect(await pendingMigrations(database.db)).toEqual([]);
  });
});

describe.runIf(!!serverUrl)("migrate() on PostgreSQL", () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgresDatabase>>;
  const opened: Database[] = [];
  beforeAll(async () => {
    scratch = await scratchPostgresDatabase(serverUrl!);
  });
  afterAll(async () => {
    await Promise.all(opened.map((d) => d.close()));
    await scratch?.drop();
  });

  it("run by two processes at once on a fresh database, applies each migration once and both succeed", async () => {
    const [a, b] = await Promise.all([createDb(scratch.url), createDb(scratch.url)]);
    opened.push(a, b);
    await Promise.all([a.migrate(), b.migrate()]);
    const applied = await queryRows<{ hash: string }>(a.db, sql`select hash from drizzle.__drizzle_migrations order by id`);
    expect(applied).toHaveLength(journalTags.length);
    expect(new Set(applied.map((r) => r.hash)).size).toBe(journalTags.length);
    expect(await pendingMigrations(b.db)).toEqual([]);
  });
});
