import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { createDb, loadSeeds, type Database } from "@waqai/db";
import { buildServer } from "../src/server";
import { freshApiDatabase, spawnApi, type ApiProcess } from "./process";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Spawns the real API on its own fresh database (seeded at boot): a database made on TEST_DATABASE_URL's
 * server and dropped afterwards, else PGlite in a temp folder. `stop()` removes what it made.
 */
async function startSeededApi(): Promise<{ api: ApiProcess; stop: () => Promise<void> }> {
  const database = await freshApiDatabase();
  const api = await spawnApi(database.env);
  return {
    api,
    async stop() {
      await api.stop();
      await database.dispose();
    },
  };
}

/** A seeded server as a test file reads it: the server's URL, its database, and the folder it keeps. */
interface SeededServer {
  base: string;
  database: Database;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The real Fastify server in this process (so a test can also read its database directly), on its own fresh
 * database (PostgreSQL when TEST_DATABASE_URL is set) migrated and seeded from seeds/. `prefix` names the database.
 */
async function startSeededServer(prefix: string): Promise<SeededServer> {
  const apiDb = await freshApiDatabase(prefix);
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  const stop = async () => {
    await app?.close();
    await database?.close();
    await apiDb.dispose();
  };
  try {
    database = await createDb(apiDb.env.DATABASE_URL || undefined, { dataDir: apiDb.dataDir });
    await database.migrate();
    await loadSeeds(database.db, path.join(repoRoot, "seeds"));
    app = await buildServer({
      database,
      logLevel: "warn",
      auth: { baseURL: "http://127.0.0.1:4999", secret: "x".repeat(40), trustedOrigins: [] },
    });
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    return { base, database, dataDir: apiDb.dataDir, stop };
  } catch (error) {
    // A half-made server still leaves a folder and maybe a database behind.
    await stop();
    throw error;
  }
}

/** Starts `start` before this file's tests and stops it after them; the getter throws if read before then. */
function perFile<T extends { stop(): Promise<void> }>(start: () => Promise<T>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.stop();
  });
  return () => {
    if (!started) throw new Error("the seeded API is read before its beforeAll ran");
    return started;
  };
}

/**
 * One seeded API for the whole test file. By default the API runs as its own process, as `pnpm start` runs it;
 * with `inProcess` it is a Fastify server in this process, named `inProcess`, whose database the tests may read.
 */
export function seededApiPerFile(): { readonly base: string };
export function seededApiPerFile(options: { inProcess: string }): Omit<SeededServer, "stop">;
export function seededApiPerFile(options?: { inProcess: string }): { readonly base: string } | Omit<SeededServer, "stop"> {
  if (options) {
    const server = perFile(() => startSeededServer(options.inProcess));
    return {
      get base() {
        return server().base;
      },
      get database() {
        return server().database;
      },
      get dataDir() {
        return server().dataDir;
      },
    };
  }
  const spawned = perFile(startSeededApi);
  return {
    get base() {
      return spawned().api.url;
    },
  };
}
