import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";
import { acquireDataDirLock, type DataDirLock } from "./lock";
import { dbLog } from "./log";

export type Schema = typeof schema;
/** Either driver behind one type: queries are written once against the PostgreSQL dialect. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbKind = "pglite" | "postgres";

/**
 * Runs `fn` in one transaction (a savepoint when `db` is already one). The handle is typed as `Db`, so every
 * query function takes the database or a transaction alike; drizzle's own transaction type differs from the
 * database's only in methods our queries never call, which is why the one cast lives here and nowhere else.
 */
export function withTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

export interface Database {
  db: Db;
  kind: DbKind;
  /** Where the data lives: the PGlite folder, ":memory:", or the server URL without its password. */
  location: string;
  migrate(): Promise<void>;
  /** The bare driver, for benchmarks that compare our layers with the same SQL sent directly. */
  rawQuery<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The SQL migrations beside this package's source; when bundled into the API's build (apps/api/dist), found by package name. */
function migrationsFolder(): string {
  const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../drizzle");
  if (existsSync(path.join(beside, "meta/_journal.json"))) return beside;
  return path.join(path.dirname(createRequire(import.meta.url).resolve("@waqai/db/package.json")), "drizzle");
}
export const MIGRATIONS_FOLDER = migrationsFolder();
export const DEFAULT_DATA_DIR = ".data";

export interface CreateDbOptions {
  /** PGlite folder when no URL is given; ":memory:" for a throwaway in-process database. */
  dataDir?: string;
  /**
   * PostgreSQL: a statement running longer is cancelled (the request fails, the server keeps serving),
   * so one expensive request cannot hold a connection and a core. Migrations run without it. The API
   * sets it (WAQAI_STATEMENT_TIMEOUT_MS); scripts and benchmarks leave it unset.
   */
  statementTimeoutMs?: number;
}

/**
 * No URL (or a non-postgres one) opens PGlite in a data folder, guarded by a lock so that a second
 * process is refused instead of corrupting it; a postgres:// URL opens a node-postgres pool.
 */
export async function createDb(url?: string, options: CreateDbOptions = {}): Promise<Database> {
  if (isPostgresUrl(url)) return openPostgres(url, options.statementTimeoutMs);
  return openPglite(options.dataDir ?? process.env.WAQAI_DATA_DIR ?? DEFAULT_DATA_DIR);
}

/** Whether `url` names a PostgreSQL server (what createDb opens); anything else means the embedded PGlite. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * The PostgreSQL session advisory lock migrate() holds while it migrates. Drizzle's migrator takes no lock of its
 * own, so two API replicas starting together on a fresh database would both run it: one fails on the other's
 * `create schema`/`create table`, or a migration is applied twice. Any fixed bigint works if nothing else on the
 * server uses it; this one is "waqai" in ASCII.
 */
export const MIGRATION_LOCK_KEY = 0x7761716169n;

/**
 * PGlite's page cache (PostgreSQL's shared_buffers, 128MB by default) lives in the API's own memory. Pages
 * it does not hold are read from files the OS caches anyway, so 32MB costs little speed and ~100 MB of
 * RSS less (bench:soak; docs/architecture.md). WAQAI_PGLITE_SHARED_BUFFERS sets another size (e.g. 128MB).
 */
function pgliteSharedBuffers(): string {
  const v = process.env.WAQAI_PGLITE_SHARED_BUFFERS;
  if (v === undefined || v === "") return "32MB";
  if (!/^\d+(kB|MB|GB)$/.test(v)) throw new Error(`WAQAI_PGLITE_SHARED_BUFFERS must be a size such as 32MB or 128MB, not "${v}"`);
  return v;
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === ":memory:";
  let lock: DataDirLock | undefined;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    lock = await acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    const options = {
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${pgliteSharedBuffers()}`],
      // Trigram indexes on labels (migration 0018); PostgreSQL servers ship the extension, PGlite loads it here.
      extensions: { pg_trgm },
    };
    if (!inMemory && !existsSync(path.join(dataDir, "PG_VERSION"))) {
      // A new folder: initdb runs in its own WebAssembly instance, which stays resident for the process's life
      // (~500 MB RSS). Creating the folder in a throwaway instance and reopening leaves only the server's.
      const init = new PGlite(path.resolve(dataDir), options);
      await init.waitReady;
      await init.close();
    }
    client = inMemory ? new PGlite(options) : new PGlite(path.resolve(dataDir), options);
    await client.waitReady;
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    location: inMemory ? ":memory:" : path.resolve(dataDir),
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    rawQuery: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    async close() {
      await client.close();
      await lock?.release();
    },
  };
}

async function openPostgres(url: string, statementTimeoutMs?: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DB_POOL_MAX ?? 10),
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
  });
  // An idle connection the server drops (restart, admin termination) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (err) => dbLog.warn(`[db] idle PostgreSQL connection lost: ${err.message}`));
  await pool.query("select 1");
  const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    // Its own connection without the statement timeout: building an index on a large archive takes as long as it takes.
    // One client, not a pool: the advisory lock belongs to the session that took it, so the lock, the migrator's
    // reads and its transaction must all go through this one connection. A second process waits here, then finds
    // nothing left to apply.
    async migrate() {
      const own = new pg.Client({ connectionString: url });
      await own.connect();
      try {
        await own.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
        try {
          await migratePg(drizzlePg(own, { casing: "snake_case" }) as never, { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          // A failed unlock means the connection is gone, and the lock with it; the migrator's own error matters more.
          await own.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()]).catch(() => undefined);
        }
      } finally {
        await own.end();
      }
    },
    rawQuery: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    close: () => pool.end(),
  };
}

/** Raw SQL rows on either driver (both return `{ rows }`); for checks and tooling, not for domain queries. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as { rows: T[] }; // both drivers answer `{ rows }`; drizzle types it as unknown
  return res.rows;
}
