import { pino } from "pino";
import { count, sql } from "drizzle-orm";
import { createDb, DataDirLockedError, loadSeeds, pendingMigrations, replicaCaughtUp, setDbLogger, tables, type Database } from "@waqai/db";
import { onRecordsWritten, startOutboxWorker } from "@waqai/db/editorial";
import { reindexSearch } from "@waqai/db/search";
import { readEnv } from "./env";
import { logFormat } from "./log-format";
import { buildServer } from "./server";
import { revalidateReaders } from "./revalidate";
import { purgeCaches } from "./cache-purge";
import { authSecret, ensureFirstAdmin, MissingAuthSecretError } from "./bootstrap";

const env = readEnv();
const log = pino(logFormat(env.LOG_LEVEL, { service: "waqai-api" }));
// The database layer's warnings (a lost idle connection, a failed write listener) go to this log too.
const dbLogger = log.child({ component: "db" });
setDbLogger({ warn: (m) => dbLogger.warn(m), error: (m) => dbLogger.error(m) });

async function seedIfEmpty(database: Database) {
  const [row] = await database.db.select({ n: count() }).from(tables.documents);
  if ((row?.n ?? 0) > 0) {
    log.info({ documents: row?.n }, "database already holds documents; seeds not loaded");
    const [indexed] = await database.db.select({ n: count() }).from(tables.searchEntries);
    if ((indexed?.n ?? 0) === 0) {
      // A database from before search existed: build its index once.
      const started = Date.now();
      await reindexSearch(database.db);
      log.info({ ms: Date.now() - started }, "search index built");
    }
    return;
  }
  const started = Date.now();
  const results = await loadSeeds(database.db, env.seedsDir);
  for (const r of results) log.info({ file: r.file, counts: r.counts }, "seed loaded");
  await reindexSearch(database.db);
  log.info({ files: results.length, ms: Date.now() - started }, "seeds loaded into the empty database");
}

async function main() {
  let secret: string;
  try {
    secret = authSecret(env);
  } catch (err) {
    if (err instanceof MissingAuthSecretError) {
      log.fatal(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  let database: Database;
  try {
    database = await createDb(env.DATABASE_URL, { dataDir: env.dataDir, statementTimeoutMs: env.WAQAI_STATEMENT_TIMEOUT_MS });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      log.fatal({ dataDir: err.dataDir, holderPid: err.holderPid }, err.message);
      process.exit(75); // EX_TEMPFAIL: try again when the other owner has stopped
    }
    throw err;
  }
  log.info({ database: database.kind, location: database.location }, "database opened");
  // The public's reads from a streaming replica, when there is one (server.ts says which reads; replica.ts, the lag).
  if (env.DATABASE_READ_URL && database.kind !== "postgres") {
    log.fatal("DATABASE_READ_URL names a replica of a PostgreSQL primary: set DATABASE_URL to that primary (PGlite has no replicas)");
    process.exit(78); // EX_CONFIG
  }
  const replica = env.DATABASE_READ_URL ? await createDb(env.DATABASE_READ_URL, { statementTimeoutMs: env.WAQAI_STATEMENT_TIMEOUT_MS }) : undefined;
  if (replica) log.info({ location: replica.location }, "read replica opened: anonymous reads go there");
  if (env.WAQAI_MIGRATE === "on") {
    const migrated = Date.now();
    await database.migrate();
    log.info({ ms: Date.now() - migrated }, "migrations applied");
  } else {
    // The deployment migrates on its own (`pnpm db:migrate`); serving on an older schema would fail request by request.
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0) {
      log.fatal(
        { pending },
        `WAQAI_MIGRATE=off and the database is ${pending.length} migration(s) behind (${pending.join(", ")}): run \`pnpm db:migrate\` first`,
      );
      await database.close();
      process.exit(78); // EX_CONFIG
    }
    log.info("WAQAI_MIGRATE=off: the database is at the latest migration");
  }
  await seedIfEmpty(database);
  if (database.kind === "pglite") {
    // PGlite runs no autovacuum, so nothing else gathers planner statistics; without them a 100k-event
    // timeline page reads whole tables (bench:api: p50 6 ms -> 57 ms). PostgreSQL's autovacuum does this itself.
    const analyzed = Date.now();
    await database.db.execute(sql`analyze`);
    log.info({ ms: Date.now() - analyzed }, "planner statistics gathered");
  }
  if (await ensureFirstAdmin(database.db, env.WAQAI_ADMIN_EMAIL))
    log.info({ email: env.WAQAI_ADMIN_EMAIL }, "first admin created; its password was printed once");

  const drain = { draining: false };
  const app = await buildServer({
    replica,
    drain,
    database,
    logLevel: env.LOG_LEVEL,
    redis: env.redis,
    auth: {
      baseURL: env.authUrl,
      secret,
      trustedOrigins: env.trustedOrigins,
      signInsPerMinute: env.WAQAI_SIGN_INS_PER_MINUTE,
    },
    trustedProxies: env.trustedProxies,
    forwarderSecret: env.WAQAI_FORWARDER_SECRET,
    releasesDir: env.releasesDir,
  });
  const tellReaders = env.READER_URL.length && env.REVALIDATE_SECRET ? revalidateReaders(env.READER_URL, env.REVALIDATE_SECRET, app.log) : undefined;
  if (!tellReaders) log.info("READER_URL or REVALIDATE_SECRET unset: no reader will be told about publishes");
  const purge = env.WAQAI_CACHE_URLS.length ? purgeCaches(database.db, env.WAQAI_CACHE_URLS, app.log) : undefined;
  if (tellReaders || purge)
    onRecordsWritten(async (written) => {
      // The readers re-render from the replica: tell them once it has the write (else the outbox retries), then
      // the caches, which re-fetch pages the readers have re-rendered.
      if (replica) await replicaCaughtUp(database.db, replica.db);
      await tellReaders?.(written);
      await purge?.(written);
    });
  // Every API process runs one: post-commit work a writer could not finish (it died, a reader was down) is
  // retried by whichever replica claims it (packages/db/src/editorial/outbox.ts).
  const outbox = startOutboxWorker(database.db);
  let closing = false;
  // Graceful drain: health says "draining" and answers close their connections for a grace period (a proxy
  // takes the instance out), then the server stops accepting, finishes what is in flight, closes the database.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    drain.draining = true;
    log.info({ signal, graceMs: env.WAQAI_DRAIN_GRACE_MS }, "draining");
    const force = setTimeout(() => {
      log.error({ ms: env.WAQAI_SHUTDOWN_TIMEOUT_MS }, "shutdown passed its deadline; exiting");
      process.exit(1);
    }, env.WAQAI_SHUTDOWN_TIMEOUT_MS);
    try {
      await new Promise((r) => setTimeout(r, env.WAQAI_DRAIN_GRACE_MS));
      await app.close(); // stop accepting, finish in-flight requests
      await outbox.stop(); // finish the post-commit work under way; what is left waits in the table
      await replica?.close();
      await database.close(); // then release PGlite's files and lock
      clearTimeout(force);
      log.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      log.error({ err }, "error while shutting down");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await app.listen({ port: env.PORT, host: env.HOST });
  log.info({ url: `http://${env.HOST}:${env.PORT}`, trpc: "/trpc", health: "/health" }, "api listening");
}

main().catch((err) => {
  log.fatal({ err }, "api failed to start");
  process.exit(1);
});
