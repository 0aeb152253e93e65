// bench:api — `events.list` (limit 50, filtered, keyset pages) at N synthetic events (default 100k), over real
// HTTP (tRPC GET and REST GET, the Fastify host from buildServer) against the very statements that call runs
// (main select + hydration selects, the hydration in parallel as the API does) sent through the bare driver,
// on PGlite and on PostgreSQL. A third side, listEvents() called in-process, splits the gap into query layer
// (drizzle + hydration) and HTTP layer (Fastify + tRPC/zod + JSON). Prints p50 / p99 / mean / req/s per side
// and the ratios to the bare driver, a per-call breakdown, and EXPLAIN ANALYZE of every statement (sequential
// scans of large tables, statements that read over 10x the rows they return), plus a few EXPLAIN-only probes.
//
// Usage: pnpm --filter @waqai/api-server bench:api [--events 100000] [--calls 500] [--concurrency 1,8]
//          [--warmup 50] [--only pglite|postgres] [--pg postgres://postgres@127.0.0.1:5432/postgres]
//          [--cache-dir /tmp/waqai-bench-api] [--fresh] [--no-analyze] [--explain-full]
//
// Data: the deterministic synth (`pnpm db:synth`, run as a child process before this process opens the data).
// PGlite: synthesized once into <cache-dir>/pglite-e<events>-m<migrations>-s<seed> and reused (--fresh rebuilds).
// PostgreSQL: a fresh database created, synthesized and dropped on every run. Both are ANALYZEd after synth
// (--no-analyze leaves PGlite as production has it: PGlite runs no autovacuum, so it has no planner statistics).
// One process owns the PGlite folder: the HTTP server, the bare-driver baseline and EXPLAIN share one instance.
// The HTTP client runs in a worker thread (keep-alive agent), so its JSON parsing does not share the server's loop.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { createDb, MIGRATIONS_FOLDER, type Database } from "@waqai/db";
import { encodeCursor, listEvents, PUBLIC_SCOPE, type EventListParams } from "@waqai/db/queries";
import { buildServer } from "../src/server";

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === "--" ? argv.slice(1) : argv, // `pnpm run x -- --flag` passes the "--" through
  options: {
    events: { type: "string", default: "100000" },
    calls: { type: "string", default: "500" },
    warmup: { type: "string", default: "50" },
    concurrency: { type: "string", default: "1,8" },
    seed: { type: "string", default: "20170404" },
    only: { type: "string" },
    pg: { type: "string", default: process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "cache-dir": { type: "string", default: path.join(os.tmpdir(), "waqai-bench-api") },
    fresh: { type: "boolean", default: false },
    /** Skip ANALYZE after synth: how a PGlite database is in production (PGlite runs no autovacuum). */
    "no-analyze": { type: "boolean", default: false },
    "explain-full": { type: "boolean", default: false },
  },
});
const EVENTS = Number(values.events);
const CALLS = Number(values.calls);
const WARMUP = Number(values.warmup);
const SEED = Number(values.seed);
const CONCURRENCY = values.concurrency.split(",").map(Number);
const LIMIT = 50;
const ANALYZE = !values["no-analyze"];
const CHUNK = 50; // sides take turns every CHUNK calls so that machine noise hits them alike
for (const [name, n] of [["--events", EVENTS], ["--calls", CALLS], ["--seed", SEED], ...CONCURRENCY.map((c) => ["--concurrency", c] as const)] as const) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
}
if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error("--warmup must be a whole number");

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(appDir, "../..");
const migrations = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql")).length;

// ---------------------------------------------------------------------------------------------- data

function run(cmd: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

/** `pnpm db:synth`'s script, in a child process, against a PGlite folder or a PostgreSQL URL. */
async function synth(target: { dataDir: string } | { url: string }) {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const env: Record<string, string> = "url" in target ? { DATABASE_URL: target.url } : { WAQAI_DATA_DIR: target.dataDir, DATABASE_URL: "" };
  const t0 = performance.now();
  await run(process.execPath, [tsxCli, path.join(repoRoot, "packages/db/scripts/synth.ts"), "--events", String(EVENTS), "--seed", String(SEED)], env);
  return (performance.now() - t0) / 1000;
}

async function openPglite(): Promise<Database> {
  const dir = path.join(values["cache-dir"], `pglite-e${EVENTS}-m${migrations}-s${SEED}${ANALYZE ? "" : "-noanalyze"}`);
  if (values.fresh) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(dir)) {
    mkdirSync(values["cache-dir"], { recursive: true });
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    console.log(`pglite: synthesizing ${EVENTS} events into ${building}`);
    const s = await synth({ dataDir: building });
    if (ANALYZE) {
      const db = await createDb(undefined, { dataDir: building });
      await db.rawQuery("analyze");
      await db.close();
    }
    renameSync(building, dir); // only a complete, analyzed folder ever gets the cache name
    console.log(`pglite: synth${ANALYZE ? " + analyze" : " (no analyze)"} ${s.toFixed(1)} s; cached at ${dir}`);
  } else {
    console.log(`pglite: reusing ${dir} (--fresh to rebuild)`);
  }
  const database = await createDb(undefined, { dataDir: dir });
  await database.migrate(); // a no-op on a cached folder of the same migration count
  return database;
}

async function openPostgres(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `waqai_bench_api_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(values.pg);
  url.pathname = `/${name}`;
  const drop = async () => {
    await new Promise((r) => setTimeout(r, 300)); // pool.end() resolves before its sockets have closed
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    console.log(`postgres: synthesizing ${EVENTS} events into database ${name}`);
    const s = await synth({ url: url.toString() });
    const database = await createDb(url.toString());
    if (ANALYZE) await database.rawQuery("analyze"); // else autovacuum will, within a minute or so
    console.log(`postgres: synth${ANALYZE ? " + analyze" : " (no analyze)"} ${s.toFixed(1)} s`);
    return { database, drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

// ------------------------------------------------------------------------------------------ the mix

interface Call {
  label: string;
  input: EventListParams & { limit: number };
}
interface Statement {
  text: string;
  params: unknown[];
}
/** What one events.list page sends: groups run one after another, the statements of a group at once. */
type Plan = Statement[][];

type QueryFn = (...args: unknown[]) => Promise<unknown>;
/** The driver object under drizzle (the PGlite instance or the pg Pool): every statement passes its `query`. */
function driverOf(database: Database): { query: QueryFn } {
  return (database.db as unknown as { $client: { query: QueryFn } }).$client;
}

/**
 * Records the statements the driver receives while `fn` runs, grouped by overlap: a statement sent while
 * another is still running joins that one's group (Promise.all), otherwise it starts a new group.
 */
async function recordStatements(database: Database, fn: () => Promise<unknown>): Promise<Plan> {
  const client = driverOf(database);
  const original = client.query;
  const plan: Plan = [];
  let inFlight = 0;
  client.query = async function (this: unknown, first: unknown, params?: unknown, ...rest: unknown[]) {
    const text = typeof first === "string" ? first : (first as { text: string }).text;
    if (inFlight === 0) plan.push([]);
    plan[plan.length - 1]!.push({ text, params: (params as unknown[] | undefined) ?? [] });
    inFlight++;
    try {
      return await original.call(client, first, params, ...rest);
    } finally {
      inFlight--;
    }
  };
  try {
    await fn();
  } finally {
    delete (client as { query?: QueryFn }).query; // back to the prototype's method
    if (client.query !== original) client.query = original;
  }
  return plan;
}

/** Not timed, EXPLAINed only: filters that match few or no rows, where a missing index shows most. */
async function probes(database: Database, mix: Call[]): Promise<Call[]> {
  const actorId = mix.find((c) => c.input.actorId)!.input.actorId;
  // A cursor as nextCursor would carry it after half the timeline: what a client paging through everything reaches.
  const half = Math.floor(EVENTS / 2);
  const [mid] = await database.rawQuery<{ sort_key: string; id: string }>(
    `select sort_key, id from events where status = 'published' order by sort_key, id offset ${half} limit 1`,
  );
  const [midAir] = await database.rawQuery<{ sort_key: string; id: string }>(
    `select sort_key, id from events where status = 'published' and type = 'air_strike' order by sort_key, id offset ${Math.floor(half * 0.3)} limit 1`,
  );
  return [
    { label: `probe unfiltered after ${half}`, input: { limit: LIMIT, cursor: encodeCursor([mid!.sort_key, mid!.id]) } },
    {
      label: `probe air_strike after ${Math.floor(half * 0.3)}`,
      input: { limit: LIMIT, type: "air_strike", cursor: encodeCursor([midAir!.sort_key, midAir!.id]) },
    },
    { label: "probe type=chemical_attack desc", input: { limit: LIMIT, type: "chemical_attack", order: "desc" } },
    { label: "probe type=veto 2013", input: { limit: LIMIT, type: "veto", from: "2013", to: "2013" } },
    { label: "probe precision=year (none)", input: { limit: LIMIT, precision: "year" } },
    { label: "probe actorId+type=veto", input: { limit: LIMIT, actorId, type: "veto" } },
  ];
}

/** A realistic reader mix: single filters, combinations, both orders, and pages 2-4 through nextCursor. */
async function buildMix(database: Database): Promise<Call[]> {
  const one = async (sql: string) => Object.values((await database.rawQuery<Record<string, string>>(sql))[0] ?? {})[0]!;
  const placeId = await one(`select place_id from events where id = 'syn-ev-${Math.floor(EVENTS / 2)}'`);
  const actorId = await one(`select actor_id from event_participants where event_id = 'syn-ev-${Math.floor(EVENTS / 3)}' and role = 'initiator'`);
  const base: Call[] = [
    { label: "unfiltered", input: { limit: LIMIT } },
    { label: "unfiltered desc", input: { limit: LIMIT, order: "desc" } },
    { label: "type=air_strike", input: { limit: LIMIT, type: "air_strike" } },
    { label: "type=veto (rare)", input: { limit: LIMIT, type: "veto" } },
    { label: "placeId", input: { limit: LIMIT, placeId } },
    { label: "actorId", input: { limit: LIMIT, actorId } },
    { label: "from/to 2 months", input: { limit: LIMIT, from: "2015-03", to: "2015-04" } },
    { label: "precision=month", input: { limit: LIMIT, precision: "month" } },
    { label: "type+year desc", input: { limit: LIMIT, type: "shelling", from: "2016", to: "2016", order: "desc" } },
    { label: "actorId+type", input: { limit: LIMIT, actorId, type: "air_strike" } },
    { label: "placeId desc", input: { limit: LIMIT, placeId, order: "desc" } },
    { label: "documentId", input: { limit: LIMIT, documentId: `syn-doc-${Math.floor(EVENTS / 40)}` } },
  ];
  const pages: Call[] = [];
  for (const [start, count] of [
    [2, 3],
    [6, 2],
    [5, 1],
  ] as const) {
    let input = base[start]!.input;
    for (let p = 2; p <= count + 1; p++) {
      const page = await listEvents(database.db, input, PUBLIC_SCOPE);
      if (!page.nextCursor) break;
      input = { ...input, cursor: page.nextCursor };
      pages.push({ label: `${base[start]!.label} p${p}`, input });
    }
  }
  return [...base, ...pages];
}

const trpcPath = (c: Call) => `/trpc/events.list?input=${encodeURIComponent(JSON.stringify(c.input))}`;
const restPath = (c: Call) => `/api/v1/events?${new URLSearchParams(Object.entries(c.input).map(([k, v]) => [k, String(v)]))}`;

// --------------------------------------------------------------------------------------- HTTP client

// Plain JS for the worker: a keep-alive agent, `concurrency` loops pulling paths in order, a duration per path.
const WORKER = `
const { parentPort } = require("node:worker_threads");
const http = require("node:http");
const { performance } = require("node:perf_hooks");
let agent;
function get(base, p) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(base + p, { agent }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on("data", (d) => { bytes += d.length; chunks.push(d); });
      res.on("end", () => {
        const ms = performance.now() - t0;
        if (res.statusCode !== 200) return reject(new Error("HTTP " + res.statusCode + " " + p + ": " + Buffer.concat(chunks).toString().slice(0, 300)));
        resolve({ ms, bytes, body: chunks });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}
parentPort.on("message", async ({ base, paths, concurrency, keepBodies }) => {
  agent = agent || new http.Agent({ keepAlive: true, maxSockets: 64 });
  const ms = new Array(paths.length);
  const bytes = new Array(paths.length);
  const bodies = keepBodies ? new Array(paths.length) : undefined;
  let next = 0;
  const t0 = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const i = next++;
        const r = await get(base, paths[i]);
        ms[i] = r.ms;
        bytes[i] = r.bytes;
        if (bodies) bodies[i] = Buffer.concat(r.body).toString();
      }
    }));
    parentPort.postMessage({ ms, bytes, bodies, wallMs: performance.now() - t0 });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.stack || err) });
  }
});
`;

interface Batch {
  ms: number[];
  bytes?: number[];
  bodies?: string[];
  wallMs: number;
}

function httpClient() {
  const worker = new Worker(WORKER, { eval: true });
  let queue = Promise.resolve() as Promise<unknown>;
  const send = (msg: object) =>
    new Promise<Batch>((resolve, reject) => {
      worker.once("message", (m: Batch & { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      worker.postMessage(msg);
    });
  return {
    run(base: string, paths: string[], concurrency: number, keepBodies = false): Promise<Batch> {
      const p = queue.then(() => send({ base, paths, concurrency, keepBodies }));
      queue = p.catch(() => undefined);
      return p;
    },
    close: () => worker.terminate(),
  };
}

/** The baseline: each call's recorded statements through the bare driver, groups in order, a group at once. */
async function runBare(database: Database, plans: Plan[], concurrency: number): Promise<Batch> {
  const ms = new Array<number>(plans.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < plans.length) {
        const i = next++;
        const s = performance.now();
        for (const group of plans[i]!) await Promise.all(group.map((st) => database.rawQuery(st.text, st.params)));
        ms[i] = performance.now() - s;
      }
    }),
  );
  return { ms, wallMs: performance.now() - t0 };
}

/** In between: listEvents itself in this process (drizzle + hydration, no HTTP, no tRPC/zod, no JSON). */
async function runQueryFn(database: Database, inputs: Call["input"][], concurrency: number): Promise<Batch> {
  const ms = new Array<number>(inputs.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const i = next++;
        const s = performance.now();
        await listEvents(database.db, inputs[i]!, PUBLIC_SCOPE);
        ms[i] = performance.now() - s;
      }
    }),
  );
  return { ms, wallMs: performance.now() - t0 };
}

// ------------------------------------------------------------------------------------------- stats

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f = (n: number, w = 8, d = 2) => n.toFixed(d).padStart(w);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

interface SideResult {
  side: string;
  ms: number[];
  wallMs: number;
  bytes?: number[];
}

// -------------------------------------------------------------------------------------------- EXPLAIN

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

function summarize(node: PlanNode, out: string[] = []): string[] {
  const rel = node["Relation Name"] ? ` ${node["Relation Name"]}` : "";
  const idx = node["Index Name"] ? `(${node["Index Name"]})` : "";
  const removed = node["Rows Removed by Filter"] ? ` -${node["Rows Removed by Filter"]}f` : "";
  const rows = node["Actual Rows"] !== undefined ? ` ${node["Actual Rows"]}r${(node["Actual Loops"] ?? 1) > 1 ? `x${node["Actual Loops"]}` : ""}` : "";
  out.push(`${node["Node Type"]}${rel}${idx}${rows}${removed}`);
  for (const child of node.Plans ?? []) summarize(child, out);
  return out;
}
function seqScans(node: PlanNode): { table: string; read: number }[] {
  const own =
    node["Node Type"] === "Seq Scan"
      ? [{ table: node["Relation Name"]!, read: ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1) }]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

/** Rows the scans of a plan read (kept + removed by filter, times loops): what a missing index costs. */
function rowsRead(node: PlanNode): number {
  const own =
    /Scan$/.test(node["Node Type"]) && !/^Bitmap Index/.test(node["Node Type"])
      ? ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child), 0);
}

const SMALL_TABLE = 10_000;

async function explain(database: Database, calls: Call[], plans: Plan[]) {
  console.log(
    `\nEXPLAIN ANALYZE on ${database.kind} (${EVENTS} events): each call's main select — time, rows its scans read, plan (r = rows out, xN = loops, -Nf = removed by filter)`,
  );
  const seqFindings = new Map<string, string[]>();
  const heavyMain: string[] = [];
  const heavyHydration = new Map<string, { calls: number; read: number[]; out: number[]; ms: number[] }>();
  const smallSeq = new Set<string>();
  for (let i = 0; i < calls.length; i++) {
    const label = calls[i]!.label;
    const statements = plans[i]!.flat();
    for (let s = 0; s < statements.length; s++) {
      const st = statements[s]!;
      const rows = await database.rawQuery<{ "QUERY PLAN": unknown }>(`explain (analyze, format json) ${st.text}`, st.params);
      const raw = rows[0]!["QUERY PLAN"];
      const top = ((typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode; "Execution Time": number }[])[0]!;
      const read = rowsRead(top.Plan);
      const out = top.Plan["Actual Rows"] ?? 0;
      const ms = top["Execution Time"];
      const table = /from "([a-z_]+)"/.exec(st.text)?.[1] ?? "?";
      if (s === 0) console.log(`  ${label.padEnd(31)} ${f(ms, 7, 2)} ms ${String(Math.round(read)).padStart(7)} read  ${summarize(top.Plan).join(" > ")}`);
      if (read > 1000 && read > 10 * Math.max(out, 1)) {
        if (s === 0) heavyMain.push(`${label}: reads ${Math.round(read)} rows for ${out}, ${ms.toFixed(1)} ms`);
        else {
          const h = heavyHydration.get(table) ?? { calls: 0, read: [], out: [], ms: [] };
          h.calls++;
          h.read.push(read);
          h.out.push(out);
          h.ms.push(ms);
          heavyHydration.set(table, h);
        }
      }
      if (values["explain-full"]) {
        const text = await database.rawQuery<{ "QUERY PLAN": string }>(`explain (analyze) ${st.text}`, st.params);
        console.log(text.map((r) => `      ${r["QUERY PLAN"]}`).join("\n"));
      }
      for (const sc of seqScans(top.Plan)) {
        if (sc.read < SMALL_TABLE) {
          smallSeq.add(sc.table);
          continue;
        }
        const key = `Seq Scan on ${sc.table} (${Math.round(sc.read)} rows) in the ${s === 0 ? "main select" : "hydration"}`;
        seqFindings.set(key, [...(seqFindings.get(key) ?? []), label]);
      }
    }
  }
  const everyOr = (labels: string[]) =>
    labels.length === calls.length ? `all ${calls.length} calls` : `${labels.length} of ${calls.length}: ${labels.join(", ")}`;
  console.log(
    seqFindings.size
      ? `  sequential scans over ${SMALL_TABLE} rows:\n${[...seqFindings].map(([k, labels]) => `    - ${k}: ${everyOr(labels)}`).join("\n")}`
      : `  no sequential scan over ${SMALL_TABLE} rows`,
  );
  if (smallSeq.size) console.log(`  (sequential scans of under ${SMALL_TABLE} rows, the planner's choice over an index: ${[...smallSeq].join(", ")})`);
  const lines = [
    ...heavyMain.map((x) => `    - main select, ${x}`),
    ...[...heavyHydration].map(
      ([table, h]) =>
        `    - hydration from ${table}, in ${h.calls} of ${calls.length} calls: reads ~${Math.round(quantile(h.read, 0.5))} rows for ~${quantile(h.out, 0.5)}, p50 ${quantile(h.ms, 0.5).toFixed(1)} ms`,
    ),
  ];
  console.log(
    lines.length
      ? `  statements reading over 10x the rows they return (and over 1000):\n${lines.join("\n")}`
      : "  every statement reads under 10x the rows it returns",
  );
}

// -------------------------------------------------------------------------------------------- bench

async function bench(database: Database) {
  const [{ n: eventCount }] = (await database.rawQuery<{ n: string }>("select count(*)::text as n from events")) as [{ n: string }];
  const calls = await buildMix(database);
  const plans: Plan[] = [];
  const pageRows: number[] = [];
  for (const c of calls) {
    let items = 0;
    plans.push(await recordStatements(database, async () => (items = (await listEvents(database.db, c.input, PUBLIC_SCOPE)).items.length)));
    pageRows.push(items);
  }

  const app = await buildServer({
    database,
    logLevel: "warn",
    auth: { baseURL: "http://127.0.0.1:1", secret: randomBytes(32).toString("base64url"), trustedOrigins: [] },
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  const client = httpClient();
  try {
    // Check: each HTTP call (both ways in) sends exactly the recorded statements, and answers what listEvents does.
    for (let i = 0; i < calls.length; i++) {
      for (const [way, p] of [
        ["tRPC", trpcPath(calls[i]!)],
        ["REST", restPath(calls[i]!)],
      ] as const) {
        let body = "";
        const sent = await recordStatements(database, async () => (body = (await client.run(base, [p], 1, true)).bodies![0]!));
        const same = JSON.stringify(sent.flat().map((s) => [s.text, s.params])) === JSON.stringify(plans[i]!.flat().map((s) => [s.text, s.params]));
        if (!same)
          throw new Error(`${way} ${calls[i]!.label}: the server sent other statements than listEvents:\n${JSON.stringify(sent, null, 1).slice(0, 2000)}`);
        const parsed = JSON.parse(body) as { result?: { data: { items: unknown[] } }; items?: unknown[] };
        const items = (parsed.result?.data ?? parsed).items!;
        if (items.length !== pageRows[i]) throw new Error(`${way} ${calls[i]!.label}: ${items.length} items, listEvents gave ${pageRows[i]}`);
      }
    }
    const shape = [...new Set(plans.map((p) => p.map((g) => g.length).join(" + ")))].join(", ");
    console.log(`\n${database.kind}: ${eventCount} events; ${calls.length} distinct calls; statements per page (groups in order, "+" = sequential): ${shape}`);
    console.log(`  calls: ${calls.map((c, i) => `${c.label} [${pageRows[i]}]`).join(", ")}`);

    const seq = (n: number) => Array.from({ length: n }, (_, i) => i % calls.length);
    const results: { concurrency: number; sides: SideResult[]; loadBefore: string; loadAfter: string }[] = [];
    for (const concurrency of CONCURRENCY) {
      // Warm up every side on the whole mix (plans, JIT, caches), then measure in alternating chunks.
      const warm = seq(Math.max(WARMUP, calls.length));
      await client.run(
        base,
        warm.map((i) => trpcPath(calls[i]!)),
        concurrency,
      );
      await client.run(
        base,
        warm.map((i) => restPath(calls[i]!)),
        concurrency,
      );
      await runQueryFn(
        database,
        warm.map((i) => calls[i]!.input),
        concurrency,
      );
      await runBare(
        database,
        warm.map((i) => plans[i]!),
        concurrency,
      );
      const loadBefore = load();
      const order = seq(CALLS);
      const sides: SideResult[] = [
        { side: "HTTP tRPC", ms: [], wallMs: 0, bytes: [] },
        { side: "HTTP REST", ms: [], wallMs: 0, bytes: [] },
        { side: "listEvents()", ms: [], wallMs: 0 },
        { side: "bare driver", ms: [], wallMs: 0 },
      ];
      const BARE = sides.length - 1;
      const perCall = sides.map(() => calls.map(() => [] as number[]));
      for (let from = 0, round = 0; from < order.length; from += CHUNK, round++) {
        const chunk = order.slice(from, from + CHUNK);
        for (let k = 0; k < sides.length; k++) {
          const s = (k + round) % sides.length;
          const r =
            s === 0
              ? await client.run(
                  base,
                  chunk.map((i) => trpcPath(calls[i]!)),
                  concurrency,
                )
              : s === 1
                ? await client.run(
                    base,
                    chunk.map((i) => restPath(calls[i]!)),
                    concurrency,
                  )
                : s === 2
                  ? await runQueryFn(
                      database,
                      chunk.map((i) => calls[i]!.input),
                      concurrency,
                    )
                  : await runBare(
                      database,
                      chunk.map((i) => plans[i]!),
                      concurrency,
                    );
          sides[s]!.ms.push(...r.ms);
          sides[s]!.wallMs += r.wallMs;
          if (r.bytes) sides[s]!.bytes!.push(...r.bytes);
          r.ms.forEach((ms, j) => perCall[s]![chunk[j]!]!.push(ms));
        }
      }
      const loadAfter = load();
      results.push({ concurrency, sides, loadBefore, loadAfter });
      printTable(database.kind, eventCount, concurrency, sides, loadBefore, loadAfter);
      if (concurrency === CONCURRENCY[0]) printPerCall(calls, perCall, BARE);
    }
    const extra = await probes(database, calls);
    const extraPlans: Plan[] = [];
    for (const c of extra) extraPlans.push(await recordStatements(database, () => listEvents(database.db, c.input, PUBLIC_SCOPE)));
    await explain(database, [...calls, ...extra], [...plans, ...extraPlans]);
    return results;
  } finally {
    await client.close();
    await app.close();
  }
}

function printTable(kind: string, events: string, concurrency: number, sides: SideResult[], loadBefore: string, loadAfter: string) {
  const bare = sides[sides.length - 1]!;
  const [b50, b99, bRps] = [quantile(bare.ms, 0.5), quantile(bare.ms, 0.99), (bare.ms.length / bare.wallMs) * 1000];
  console.log(
    `\n${kind} · ${events} events · concurrency ${concurrency} · ${bare.ms.length} calls per side · limit ${LIMIT} · load avg (1/5/15 min) ${loadBefore} -> ${loadAfter} · ${os.cpus().length} CPUs`,
  );
  console.log("side         |   p50 ms |   p99 ms |  mean ms |    req/s | KB/resp | p50 x bare | p99 x bare | req/s x bare");
  console.log("-------------|----------|----------|----------|----------|---------|------------|------------|-------------");
  for (const s of sides) {
    const [p50, p99, m, rps] = [quantile(s.ms, 0.5), quantile(s.ms, 0.99), mean(s.ms), (s.ms.length / s.wallMs) * 1000];
    const kb = s.bytes?.length ? f(mean(s.bytes) / 1024, 7, 1) : "      -";
    console.log(
      `${s.side.padEnd(12)} | ${f(p50)} | ${f(p99)} | ${f(m)} | ${f(rps, 8, 0)} | ${kb} | ${f(p50 / b50, 10)} | ${f(p99 / b99, 10)} | ${f(rps / bRps, 11)}`,
    );
  }
}

function printPerCall(calls: Call[], perCall: number[][][], bare: number) {
  console.log("\n  per call, p50 ms       |  tRPC |  REST | listEvents |  bare | tRPC x bare");
  calls.forEach((c, i) => {
    const [t, r, q, b] = [0, 1, 2, bare].map((s) => quantile(perCall[s]![i]!, 0.5)) as [number, number, number, number];
    console.log(`  ${c.label.padEnd(22)} | ${f(t, 5)} | ${f(r, 5)} | ${f(q, 10)} | ${f(b, 5)} | ${f(t / b, 6)}`);
  });
}

// --------------------------------------------------------------------------------------------- main

console.log(
  `bench:api — events.list, limit ${LIMIT}, ${EVENTS} synthetic events, ${CALLS} calls per side at concurrency ${CONCURRENCY.join(" and ")}; ` +
    `node ${process.version}, ${os.cpus().length} CPUs, load avg ${load()}, ${migrations} migrations, ${ANALYZE ? "ANALYZEd after synth" : "no ANALYZE"}`,
);
if (!values.only || values.only === "pglite") {
  const database = await openPglite();
  try {
    await bench(database);
  } finally {
    await database.close();
  }
}
if (!values.only || values.only === "postgres") {
  const { database, drop } = await openPostgres();
  try {
    await bench(database);
  } finally {
    await database.close();
    await drop();
  }
}
