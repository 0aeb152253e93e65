#!/usr/bin/env node
// `pnpm start:cluster`: Waqai as it runs in production, on this machine (docs/deploy.md). Varnish in front
// (deploy/varnish/waqai.vcl), caching the readers' pages and balancing the API; N API replicas and N reader
// replicas, stateless, on the machine's PostgreSQL and Redis; the admin panel; migrations applied once before
// the replicas start (`db:migrate`, the replicas run with WAQAI_MIGRATE=off). A replica that exits is started
// again; Ctrl+C stops everything. Writes the processes' ports and pids to .cluster/processes.json (for the fault
// test and for an operator).
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/waqai_cluster, made if missing), REDIS_URL
// (default redis://127.0.0.1:6379), WAQAI_API_REPLICAS / WAQAI_READER_REPLICAS (2 each), CACHE_PORT (8080, the
// reader's public address), CACHE_API_PORT (8081, the API's), API_PORT / WEB_PORT (first replica's port: 4400, 3400), ADMIN_PORT (3001),
// WAQAI_CLUSTER_STATE (.cluster/processes.json), WAQAI_READ_REPLICA (1 = a streaming replica on REPLICA_PORT, 5433), WAQAI_AUTH_SECRET (unset = one
// per start, shared by the replicas), and the API's and reader's own variables (docs/environment.md).
// Expects `pnpm build` (the start:cluster script runs it first).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { fileURLToPath } from "node:url";
import { apiHeapFlags } from "../apps/api/scripts/heap.mjs";
import { readerHeapFlags } from "../apps/web/scripts/heap.mjs";
import { API_ENTRY, supervisor } from "./processes.mjs";
import { startReplicaOf } from "./replica.mjs";
import { standaloneServer } from "./standalone-paths.mjs";
import { startVarnish, varnishInstalled } from "./varnish.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const host = "127.0.0.1";
const int = (v, d) => (v ? Number(v) : d);
const apiReplicas = int(process.env.WAQAI_API_REPLICAS, 2);
const readerReplicas = int(process.env.WAQAI_READER_REPLICAS, 2);
const cachePort = int(process.env.CACHE_PORT, 8080);
const cacheApiPort = int(process.env.CACHE_API_PORT, 8081);
const adminPort = int(process.env.ADMIN_PORT, 3001);
// Replicas on consecutive ports from API_PORT and WEB_PORT (4400…, 3400…: clear of `pnpm start` and of the e2e servers).
const apiPorts = Array.from({ length: apiReplicas }, (_, i) => int(process.env.API_PORT, 4400) + i);
const readerPorts = Array.from({ length: readerReplicas }, (_, i) => int(process.env.WEB_PORT, 3400) + i);
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/waqai_cluster";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

function refuse(message) {
  console.error(`[cluster] ${message}`);
  process.exit(1);
}
if (!/^postgres(ql)?:\/\//.test(databaseUrl))
  refuse("DATABASE_URL must name a PostgreSQL server: replicas share one database (PGlite has one owner; use `pnpm start`).");
if (!varnishInstalled()) refuse("Varnish is missing: `apt-get install varnish varnish-modules` (the cache and its xkey module).");
if (!existsSync(path.join(root, "apps/api", API_ENTRY))) refuse("apps/api is not built: run `pnpm build` (or `pnpm start:cluster`, which builds first).");
const servers = { web: standaloneServer(path.join(root, "apps/web")), admin: standaloneServer(path.join(root, "apps/admin")) };
for (const app of ["web", "admin"]) if (!servers[app]) refuse(`apps/${app} is not built: run \`pnpm build\` first.`);

// The database, made on first use: the server's own `postgres` database names the rest.
{
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
  if (!rowCount) {
    await admin.query(`create database "${name.replace(/"/g, '""')}"`);
    console.log(`[cluster] created the database ${name}`);
  }
  await admin.end();
}

// Secrets every replica must share: sessions signed by one API are read by the others; the readers accept the
// revalidation any API sends; the admin panel's forwarded addresses are believed by every API.
const secret = (name, bytes) => process.env[name] ?? randomBytes(bytes).toString("base64url");
const authSecret = secret("WAQAI_AUTH_SECRET", 48);
const revalidateSecret = secret("REVALIDATE_SECRET", 24);
const forwarderSecret = secret("WAQAI_FORWARDER_SECRET", 32);
if (!process.env.WAQAI_AUTH_SECRET)
  console.log("[cluster] WAQAI_AUTH_SECRET is unset: the replicas share one made for this start (sign-ins end when it stops).");

// Migrations once, before any replica: the replicas then refuse a database that is behind rather than race.
const migrate = spawnSync(process.execPath, ["--import", "tsx", "src/cli/migrate.ts"], {
  cwd: path.join(root, "apps/api"),
  env: { ...process.env, DATABASE_URL: databaseUrl },
  stdio: "inherit",
});
if (migrate.status !== 0) refuse("db:migrate failed (above); nothing was started.");

const { run, waitFor, entries, onStop } = supervisor(root, "cluster");

// WAQAI_READ_REPLICA=1: a streaming replica of the database server (pg_basebackup -R of it into a folder, started
// on REPLICA_PORT) serves the public's reads; editors keep reading the primary (docs/deploy.md, "Read replica").
let readUrl;
if (process.env.WAQAI_READ_REPLICA === "1") {
  const primary = new URL(databaseUrl);
  const replicaPort = int(process.env.REPLICA_PORT, 5433);
  let replica;
  try {
    replica = startReplicaOf({ host: primary.hostname, port: Number(primary.port || 5432) }, replicaPort);
  } catch (err) {
    refuse(
      `could not make the read replica: ${err.message}\nThe server must accept replication connections from this machine: add "host replication all 127.0.0.1/32 trust" (or scram-sha-256) to pg_hba.conf and reload it.`,
    );
  }
  onStop(() => replica.stop());
  readUrl = Object.assign(new URL(databaseUrl), { port: String(replicaPort) }).toString();
  console.log(`[cluster] read replica of ${primary.host} on port ${replicaPort}`);
}
const cache = await startVarnish({ port: cachePort, apiPort: cacheApiPort, readerPorts, apiPorts, log: console.log });
onStop(() => cache.stop());
const cacheUrl = cache.url;
const apiUrl = cache.apiUrl;

const processesFile = path.resolve(root, process.env.WAQAI_CLUSTER_STATE ?? ".cluster/processes.json");
mkdirSync(path.dirname(processesFile), { recursive: true });
const writeProcesses = () =>
  writeFileSync(
    processesFile,
    JSON.stringify(
      {
        cache: { url: cacheUrl, apiUrl, pid: cache.proc.pid },
        processes: entries.map((e) => ({ name: e.name, port: e.port, pid: e.child?.pid, starts: e.starts })),
      },
      null,
      2,
    ),
  );

const apiEnv = {
  HOST: host,
  // Warnings and errors only: at info every replica logs each request, Varnish's health probes included.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  WAQAI_MIGRATE: "off",
  ...(readUrl ? { DATABASE_READ_URL: readUrl } : {}),
  WAQAI_AUTH_SECRET: authSecret,
  WAQAI_AUTH_URL: apiUrl,
  WAQAI_TRUSTED_ORIGINS: process.env.WAQAI_TRUSTED_ORIGINS ?? `http://${host}:${adminPort},http://localhost:${adminPort}`,
  // Varnish is the proxy in front of the API: its X-Forwarded-For names the client.
  WAQAI_TRUSTED_PROXIES: process.env.WAQAI_TRUSTED_PROXIES ?? host,
  READER_URL: readerPorts.map((p) => `http://${host}:${p}`).join(","),
  REVALIDATE_SECRET: revalidateSecret,
  WAQAI_CACHE_URLS: cacheUrl,
  WAQAI_FORWARDER_SECRET: forwarderSecret,
};
const heapFlags = apiHeapFlags(process.env.WAQAI_API_HEAP_MB);
for (const [i, port] of apiPorts.entries()) {
  const entry = run(
    `api${i}`,
    "apps/api",
    process.execPath,
    [...heapFlags, "--enable-source-maps", API_ENTRY],
    { ...apiEnv, PORT: String(port) },
    {
      restart: true,
      onStart: () => setImmediate(writeProcesses),
    },
  );
  entry.port = port;
  // The first replica seeds an empty database; the others start once it is up, so none seeds beside it.
  if (i === 0 && !(await waitFor(`http://${host}:${port}/health`, "api0"))) break;
}
await Promise.all(apiPorts.map((p, i) => waitFor(`http://${host}:${p}/health`, `api${i}`)));

for (const [i, port] of readerPorts.entries()) {
  const entry = run(
    `reader${i}`,
    "apps/web",
    process.execPath,
    [...readerHeapFlags(process.env.WAQAI_READER_HEAP_MB), servers.web],
    {
      PORT: String(port),
      HOSTNAME: host,
      API_URL: apiUrl,
      SITE_URL: process.env.SITE_URL ?? cacheUrl,
      NODE_ENV: "production",
      REVALIDATE_SECRET: revalidateSecret,
    },
    { restart: true, onStart: () => setImmediate(writeProcesses) },
  );
  entry.port = port;
}
const admin = run(
  "admin",
  "apps/admin",
  process.execPath,
  [servers.admin],
  {
    API_URL: apiUrl,
    NODE_ENV: "production",
    ADMIN_PORT: String(adminPort),
    HOST: host,
    WAQAI_FORWARDER_SECRET: forwarderSecret,
    READER_URL: process.env.READER_PUBLIC_URL ?? cacheUrl,
  },
  { restart: true, onStart: () => setImmediate(writeProcesses) },
);
admin.port = adminPort;

const up = await Promise.all([
  ...readerPorts.map((p, i) => waitFor(`http://${host}:${p}/`, `reader${i}`)),
  waitFor(`http://${host}:${adminPort}/`, "admin"),
  waitFor(`${cacheUrl}/`, "the cache"),
]);
if (up.every(Boolean)) {
  writeProcesses();
  console.log(
    [
      "",
      "Waqai cluster is up:",
      `  Reader  ${cacheUrl}   (Varnish, in front of ${readerReplicas} readers on ${readerPorts.join(", ")})`,
      `  API     ${apiUrl}   (Varnish, balancing ${apiReplicas} API replicas on ${apiPorts.join(", ")})`,
      `  Admin   http://${host}:${adminPort}`,
      `  Data    ${databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")}, Redis ${redisUrl}`,
      `  Processes and pids: ${path.relative(root, processesFile)}`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}
