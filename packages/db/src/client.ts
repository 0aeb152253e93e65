import path from "node:path";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";
import { acquireDataDirLock, type DataDirLock } from "./lock";

export type Schema = typeof schema;
/** Either driver behind one type: queries are written once against the PostgreSQL dialect. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbKind = "pglite" | "postgres";

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

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../drizzle");
export const DEFAULT_DATA_DIR = ".data";

export interface CreateDbOptions {
  /** PGlite folder when no URL is given; ":memory:" for a throwaway in-process database. */
  dataDir?: string;
}

/**
 * No URL (or a non-postgres one) opens PGlite in a data folder, guarded by a lock so that a second
 * process is refused instead of corrupting it; a postgres:// URL opens a node-postgres pool.
 */
export async function createDb(url?: string, options: CreateDbOptions = {}): Promise<Database> {
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openPglite(options.dataDir ?? process.env.WAQAI_DATA_DIR ?? DEFAULT_DATA_DIR);
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
    client = inMemory ? new PGlite() : new PGlite(path.resolve(dataDir));
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

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });
  // An idle connection the server drops (restart, admin termination) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (err) => console.warn(`[db] idle PostgreSQL connection lost: ${err.message}`));
  await pool.query("select 1");
  const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    rawQuery: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    close: () => pool.end(),
  };
}

/** Raw SQL rows on either driver (both return `{ rows }`); for checks and tooling, not for domain queries. */
export async function queryRows<T>(db: Db, query: import("drizzle-orm").SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
