// bench:scale — every reader page type and the main public procedures, cold and warm, on synthetic archives
// of growing size, with the real API and the real reader (its standalone server) in front of each. Prints per archive:
// p50/p95 latency cold (a URL not asked before: another event, actor, place…) and warm (the same URL again),
// HTML bytes, and at the end the growth ratio between the two largest archives (target ≤ 1.3).
//
// Usage: pnpm bench:scale [--pg 10000,100000,1000000] [--pglite 100000] [--samples 12] [--only pg|pglite]
//          [--cache-dir /tmp/waqai-scale] [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--fresh]
//
// Archives are built once and kept: PGlite folders under --cache-dir, PostgreSQL databases named
// waqai_scale_<events> (drop them by hand, or --fresh to rebuild). A build is `pnpm db:synth` (which also
// builds the search index and runs ANALYZE); a kept archive gets the migrations added since when the API starts on it (as a
// deployed archive would). Needs `pnpm build` (the reader runs as its standalone server).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb, queryRows } from "@waqai/db";
import { sql } from "drizzle-orm";
import { builtServer } from "../../../scripts/standalone-paths.mjs";
import { readerHeapFlags } from "../../web/scripts/heap.mjs";
import { apiHeapFlags } from "../scripts/heap.mjs";

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === "--" ? argv.slice(1) : argv,
  options: {
    pg: { type: "string", default: "10000,100000,1000000" },
    pglite: { type: "string", default: "100000" },
    samples: { type: "string", default: "12" },
    only: { type: "string" },
    "cache-dir": { type: "string", default: path.join(os.tmpdir(), "waqai-scale") },
    "pg-url": { type: "string", default: process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    fresh: { type: "boolean", default: false },
  },
});
const SAMPLES = Number(values.samples);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(appDir, "../..");
const cacheDir = values["cache-dir"];
mkdirSync(cacheDir, { recursive: true });

type Target = { label: string; events: number } & ({ kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string });

const sizes = (s: string) => s.split(",").filter(Boolean).map(Number);
const targets: Target[] = [];
if (values.only !== "pg")
  for (const n of sizes(values.pglite))
    targets.push({ label: `PGlite ${n.toLocaleString("en")}`, events: n, kind: "pglite", dataDir: path.join(cacheDir, `pglite-${n}`) });
if (values.only !== "pglite")
  for (const n of sizes(values.pg)) {
    const url = new URL(values["pg-url"]);
    url.pathname = `/waqai_scale_${n}`;
    targets.push({ label: `PostgreSQL ${n.toLocaleString("en")}`, events: n, kind: "postgres", url: url.toString() });
  }

function run(cmd: string, args: string[], env: Record<string, string>, cwd = repoRoot): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const readerServer = builtServer(path.join(repoRoot, "apps/web"));

/** Builds the archive if it is not there: synth, the search index, planner statistics. */
async function ensureArchive(t: Target) {
  if (t.kind === "pglite") {
    if (values.fresh) rmSync(t.dataDir, { recursive: true, force: true });
    if (existsSync(path.join(t.dataDir, "READY"))) return;
    const building = `${t.dataDir}.building`;
    rmSync(building, { recursive: true, force: true });
    console.log(`[scale] building ${t.label} in ${t.dataDir}`);
    await run(process.execPath, [tsxCli, "packages/db/scripts/synth.ts", "--events", String(t.events)], { WAQAI_DATA_DIR: building, DATABASE_URL: "" });
    renameSync(building, t.dataDir);
    await import("node:fs/promises").then((fs) => fs.writeFile(path.join(t.dataDir, "READY"), new Date().toISOString()));
    return;
  }
  const admin = new pg.Client({ connectionString: values["pg-url"] });
  await admin.connect();
  const name = new URL(t.url).pathname.slice(1);
  if (values.fresh) await admin.query(`drop database if exists ${name} with (force)`);
  const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount;
  let ready = false;
  if (exists) {
    const c = new pg.Client({ connectionString: t.url });
    await c.connect();
    ready = !!(await c.query("select 1 from pg_tables where tablename = 'bench_ready'")).rowCount;
    await c.end();
  }
  if (!ready) {
    if (exists) await admin.query(`drop database ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  if (ready) return;
  console.log(`[scale] building ${t.label} in ${name}`);
  await run(process.execPath, [tsxCli, "packages/db/scripts/synth.ts", "--events", String(t.events), "--batch", "5000"], { DATABASE_URL: t.url });
  // synth indexes for search and analyzes; the marker says the build finished.
  const d = await createDb(t.url);
  await d.db.execute(sql`create table bench_ready (at timestamptz default now())`);
  await d.close();
}

function start(name: string, cmd: string, args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  running.add(child);
  child.on("exit", (code, signal) => {
    running.delete(child);
    if (!stopping) console.error(`[scale] ${name} exited (${signal ?? code})`);
  });
  return child;
}
let stopping = false;
// Every server this run started, so an interrupted run (Ctrl+C, a kill) does not leave one holding an archive.
const running = new Set<ChildProcess>();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    for (const c of running)
      try {
        if (c.pid) process.kill(-c.pid, "SIGKILL");
      } catch {}
    process.exit(130);
  });
function stopAll(children: ChildProcess[]) {
  stopping = true;
  for (const c of children)
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {}
  return new Promise((r) => setTimeout(r, 1500)).then(() => (stopping = false));
}

async function waitFor(url: string, ms = 600_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s`);
}

interface Sample {
  ms: number;
  bytes: number;
  status: number;
}
async function get(url: string): Promise<Sample> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, bytes: body.byteLength, status: res.status };
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

/** Resident memory of a process in MB (Linux), or NaN. */
function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

type Row = { name: string; coldP50: number; coldP95: number; warmP50: number; warmP95: number; bytes: number; errors: number };

/** Ids to visit: random published events, the busiest actors and places, documents, disputes. */
async function sampleIds(t: Target) {
  const d = t.kind === "pglite" ? await createDb(undefined, { dataDir: t.dataDir }) : await createDb(t.url);
  const pick = async (q: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(d.db, q)).map((r) => r.id);
  const n = SAMPLES * 2 + 2;
  const ids = {
    events: await pick(sql`select id from events where status = 'published' order by md5(id) limit ${n}`),
    actors: await pick(sql`select actor_id as id from event_participants group by 1 order by count(*) desc, 1 limit ${n}`),
    places: await pick(sql`select place_id as id from events where place_id is not null group by 1 order by count(*) desc, 1 limit ${n}`),
    documents: await pick(sql`select id from documents where status = 'published' order by md5(id) limit ${n}`),
    disputes: await pick(sql`select id from disputes where status = 'published' order by id limit ${n}`),
    types: await pick(sql`select type as id from events group by 1 order by count(*) desc limit 4`),
  };
  await d.close();
  return ids;
}

const memory = new Map<string, { boot: number; load: number }>();
const exportsRun: { label: string; file: string; seconds: number; bytes: number; eventsPerSecond: number; peakMb: number }[] = [];

async function measure(t: Target): Promise<Row[]> {
  const apiPort = 4700;
  const webPort = 3700;
  const api = `http://127.0.0.1:${apiPort}`;
  const web = `http://127.0.0.1:${webPort}`;
  const ids = await sampleIds(t);
  // PostgreSQL requires the cookie secret every API process on the database shares; a fresh one per run is enough.
  const env =
    t.kind === "pglite"
      ? { WAQAI_DATA_DIR: t.dataDir, DATABASE_URL: "" }
      : { DATABASE_URL: t.url, WAQAI_DATA_DIR: path.join(cacheDir, "unused"), WAQAI_AUTH_SECRET: randomBytes(32).toString("base64url") };
  const children = [
    // The API as production runs it (scripts/start.mjs): the bundle, no TypeScript loader in the process.
    start("api", process.execPath, [...apiHeapFlags(), "dist/main.mjs"], appDir, {
      ...env,
      PORT: String(apiPort),
      LOG_LEVEL: "warn",
      WAQAI_SEEDS_DIR: "/nonexistent-seeds",
    }),
  ];
  try {
    await waitFor(`${api}/health`);
    await new Promise((r) => setTimeout(r, 3000));
    const boot = rssMb(children[0]!.pid);
    children.push(
      start("web", process.execPath, [...readerHeapFlags(), readerServer], path.join(repoRoot, "apps/web"), {
        PORT: String(webPort),
        HOSTNAME: "127.0.0.1",
        API_URL: api,
        SITE_URL: web,
        REVALIDATE_SECRET: "bench-scale-secret-0123456789",
      }),
    );
    await waitFor(`${web}/en`);
    const rows: Row[] = [];
    const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
    const acled = (i: number) =>
      [{ country: "SY" }, { adminId: `syn-pl-r${i % 10}` }, { actorKind: ["armed_group", "militia", "armed_forces"][i % 3] }, { minFatalities: 5 + i }][i % 4];
    const pages: [string, (i: number) => string][] = [
      // Cold: another date range each time (another list, another chart); the first is the bare home page.
      ["home /en", (i) => (i === 0 ? `${web}/en` : `${web}/en?from=${2011 + (i % 8)}-0${(i % 9) + 1}`)],
      ["home filtered", (i) => `${web}/en?type=${ids.types[i % ids.types.length]}&actor=${ids.actors[i % ids.actors.length]}`],
      ["event", (i) => `${web}/en/events/${ids.events[i]}`],
      ["source", (i) => `${web}/en/sources/${ids.documents[i % ids.documents.length]}`],
      ["actor", (i) => `${web}/en/actors/${ids.actors[i % ids.actors.length]}`],
      ["place", (i) => `${web}/en/places/${ids.places[i % ids.places.length]}`],
      ...(ids.disputes.length
        ? [["dispute", (i: number) => `${web}/en/disputes/${ids.disputes[i % ids.disputes.length]}`] as [string, (i: number) => string]]
        : []),
      ["map", (i) => `${web}/en/map?type=${ids.types[i % ids.types.length]}`],
      ["search", (i) => `${web}/en/search?q=${encodeURIComponent(["غارات", "حلب", "قصف", "اشتباكات", "قوات", "الفتح"][i % 6]!)}`],
      ["sitemap index", () => `${web}/sitemap.xml`],
      ["api events.list", (i) => `${api}/trpc/events.list?input=${q({ limit: 50, type: ids.types[i % ids.types.length] })}`],
      ["api events.histogram", (i) => `${api}/trpc/events.histogram?input=${q(i % 2 ? {} : { type: ids.types[i % ids.types.length] })}`],
      // ACLED-style filters on the event's own copies of its site and actors (migration 0019); synthetic regions are syn-pl-r0…9.
      ["api events.list ACLED", (i) => `${api}/trpc/events.list?input=${q({ limit: 50, ...acled(i) })}`],
      ["api events.facets ACLED", (i) => `${api}/trpc/events.facets?input=${q(acled(i))}`],
      ["api events.facets", (i) => `${api}/trpc/events.facets?input=${q({ actorId: ids.actors[i % ids.actors.length] })}`],
      ["api events.count", (i) => `${api}/trpc/events.count?input=${q({ placeId: ids.places[i % ids.places.length] })}`],
      ["api records.suggest", (i) => `${api}/trpc/records.suggest?input=${q({ kind: "place", q: ["حل", "دم", "ال", "ري"][i % 4] })}`],
      ["api search.query", (i) => `${api}/trpc/search.query?input=${q({ q: ["غارات", "حلب", "قصف", "قوات"][i % 4], limit: 20 })}`],
      ["api events.byId", (i) => `${api}/trpc/events.byId?input=${q({ id: ids.events[i] })}`],
    ];
    for (const [name, urlOf] of pages) {
      const cold: Sample[] = [];
      const warm: Sample[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const url = urlOf(i);
        cold.push(await get(url));
        warm.push(await get(url));
      }
      rows.push({
        name,
        coldP50: pct(
          cold.map((s) => s.ms),
          50,
        ),
        coldP95: pct(
          cold.map((s) => s.ms),
          95,
        ),
        warmP50: pct(
          warm.map((s) => s.ms),
          50,
        ),
        warmP95: pct(
          warm.map((s) => s.ms),
          95,
        ),
        bytes: Math.max(...cold.map((s) => s.bytes)),
        errors: [...cold, ...warm].filter((s) => s.status >= 500).length,
      });
      console.log(`[scale] ${t.label} ${name}: cold p50 ${rows.at(-1)!.coldP50.toFixed(0)} ms`);
    }
    // Whole exports, streamed: events per second and the API's peak memory while it streams.
    for (const file of ["events.csv", "events.jsonl", "events.geojson"]) {
      let peak = rssMb(children[0]!.pid);
      const timer = setInterval(() => (peak = Math.max(peak, rssMb(children[0]!.pid))), 250);
      const t0 = performance.now();
      const res = await fetch(`${api}/api/v1/export/${file}`, { headers: { "accept-encoding": "identity" } });
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(timer);
      exportsRun.push({ label: t.label, file, seconds, bytes, eventsPerSecond: t.events / seconds, peakMb: peak });
      console.log(`[scale] ${t.label} export ${file}: ${seconds.toFixed(1)} s, ${(bytes / 1048576).toFixed(0)} MB`);
    }
    memory.set(t.label, { boot, load: rssMb(children[0]!.pid) });
    return rows;
  } finally {
    await stopAll(children);
  }
}

const results = new Map<string, Row[]>();
// The bundle of this checkout's source (a few seconds), so the figures are never those of a stale build.
await run(process.execPath, ["scripts/bundle.mjs"], {}, appDir);
for (const t of targets) {
  await ensureArchive(t);
  results.set(t.label, await measure(t));
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "—");
for (const [label, rows] of results) {
  console.log(`\n### ${label}\n`);
  console.log("| page / call | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms | bytes | 5xx |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(`| ${r.name} | ${f(r.coldP50)} | ${f(r.coldP95)} | ${f(r.warmP50)} | ${f(r.warmP95)} | ${r.bytes.toLocaleString("en")} | ${r.errors} |`);
}
console.log("\n### Whole exports, streamed (target ≥ 5,000 events/s on PostgreSQL at 1M, constant memory)\n");
console.log("| archive | file | seconds | MB | events/s | API peak RSS MB |");
console.log("|---|---|---:|---:|---:|---:|");
for (const e of exportsRun)
  console.log(`| ${e.label} | ${e.file} | ${e.seconds.toFixed(1)} | ${f(e.bytes / 1048576)} | ${f(e.eventsPerSecond)} | ${f(e.peakMb)} |`);
console.log("\n### API resident memory (MB; targets: PGlite ≤ 300 after boot, ≤ 400 under load at 100k; PostgreSQL ≤ 250 under load at 1M)\n");
console.log("| archive | after boot | after the run |");
console.log("|---|---:|---:|");
for (const [label, m] of memory) console.log(`| ${label} | ${f(m.boot)} | ${f(m.load)} |`);
const pgLabels = [...results.keys()].filter((l) => l.startsWith("PostgreSQL"));
if (pgLabels.length >= 2) {
  const [a, b] = pgLabels.slice(-2) as [string, string];
  console.log(`\n### Growth ${a} → ${b} (cold p95 ratio; target ≤ 1.3)\n`);
  console.log("| page / call | ratio |");
  console.log("|---|---:|");
  const rowsA = results.get(a)!;
  for (const r of results.get(b)!) {
    const base = rowsA.find((x) => x.name === r.name);
    console.log(`| ${r.name} | ${base ? (r.coldP95 / base.coldP95).toFixed(2) : "—"} |`);
  }
}
