// bench:workbench — the editors' workbench procedures (pickers, review queue and item, record page reads,
// a pending edit of a published event, a record's citations) on a small archive (the seed) and on a large one
// (the seed + N synthetic events, default 100k), in-process through the tRPC caller (the API's own code path),
// on PostgreSQL (a database created and dropped per run) or PGlite. Prints p50 / p95 per procedure at both
// sizes and the ratio large/small: a procedure whose cost grows with the archive shows a ratio well above 1.
// Then EXPLAIN ANALYZE of the review queue's and the picker's statements on the large archive.
//
// Usage: pnpm --filter @waqai/api-server bench:workbench [--events 100000] [--calls 60] [--pglite] [--pg URL]
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { createDb, loadSeeds, queryRows, type Database } from "@waqai/db";
import { reindexSearch } from "@waqai/db/search";
import { appRouter, createCallerFactory, createContext } from "@waqai/api";

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === "--" ? argv.slice(1) : argv,
  options: {
    events: { type: "string", default: "100000" },
    calls: { type: "string", default: "60" },
    pglite: { type: "boolean", default: false },
    pg: { type: "string", default: process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const EVENTS = Number(values.events);
const CALLS = Number(values.calls);
const seedsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../seeds");

const repoRoot = path.resolve(seedsDir, "..");

/** `pnpm db:synth`'s script in a child process (the one owner of a PGlite folder while it writes). */
function synth(events: number, target: { url: string } | { dataDir: string }) {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const env = "url" in target ? { DATABASE_URL: target.url } : { WAQAI_DATA_DIR: target.dataDir, DATABASE_URL: "" };
  const r = spawnSync(process.execPath, [tsxCli, "packages/db/scripts/synth.ts", "--events", String(events)], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("db:synth failed");
}

/** A fresh database with `events` synthetic events (none: the seed alone), migrated. */
async function open(label: string, events: number): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (values.pglite) {
    const dir = path.join(os.tmpdir(), `waqai-bench-workbench-${label}-${randomBytes(3).toString("hex")}`);
    if (events) synth(events, { dataDir: dir });
    const database = await createDb(undefined, { dataDir: dir });
    await database.migrate();
    return { database, dispose: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `waqai_bench_wb_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(values.pg);
  url.pathname = `/${name}`;
  if (events) synth(events, { url: url.toString() });
  const database = await createDb(url.toString());
  await database.migrate();
  return {
    database,
    async dispose() {
      await database.close();
      const c = new pg.Client({ connectionString: values.pg });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const callerOf = createCallerFactory(appRouter);
type Caller = ReturnType<typeof callerOf>;

/** Builds an archive, puts some work in review, and returns the calls to time (each a closure over ids of that archive). */
async function prepare(database: Database, events: number) {
  const started = Date.now();
  await loadSeeds(database.db, seedsDir);
  await reindexSearch(database.db);
  await database.rawQuery("analyze");
  const as = (role: "editor" | "reviewer"): Caller =>
    callerOf(createContext({ db: database.db, dbKind: database.kind, locale: "en", user: { id: `u-${role}`, email: `${role}@bench`, role } }));
  const editor = as("editor");
  // Work in review: 60 new events with a draft place each, and 20 published events with pending changes.
  for (let i = 0; i < 60; i++) {
    const place = await editor.edit.place.create({ nameAr: `بلدة ${i}`, feature: "town" });
    const ev = await editor.edit.event.create({ type: "air_strike", titleAr: `غارة قيد المراجعة ${i}`, placeId: place.id });
    await editor.review.submit({ kind: "event", id: ev.id, baseVersion: ev.version });
  }
  const published = (await editor.edit.event.list({ status: "published", limit: 20, sort: "updated_desc", offset: 0 })).items;
  for (const e of published) {
    const w = await editor.edit.event.update({ id: e.id, baseVersion: e.version, patch: { summaryEn: "bench" } });
    await editor.review.submit({ kind: "event", id: e.id, baseVersion: w.version });
  }
  const target = published[0]!.id;
  const doc = (await editor.edit.document.list({ limit: 1, sort: "id_asc", offset: 0 })).items[0]!.id;
  const inReview = (await editor.review.queue({ limit: 1 })).items[0]!;
  console.log(`  prepared ${events ? `${events} synthetic events + ` : ""}the seed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  let v = (await editor.edit.event.get({ id: target })).version;
  const calls: Record<string, () => Promise<unknown>> = {
    "lookup place «حلب»": () => editor.lookup.records({ kind: "place", q: "حلب" }),
    "lookup event «غارة»": () => editor.lookup.records({ kind: "event", q: "غارة" }),
    "lookup actor «روس»": () => editor.lookup.records({ kind: "actor", q: "روس" }),
    "review.queue page 1": () => editor.review.queue({ limit: 25 }),
    "review.item (new, with deps)": () => editor.review.item({ kind: inReview.kind, id: inReview.id }),
    "review.item (pending edit)": () => editor.review.item({ kind: "event", id: target }),
    "edit.event.get": () => editor.edit.event.get({ id: target }),
    "edit.event.parts": () => editor.edit.event.parts({ id: target }),
    "edit.event.update (pending)": async () => {
      v = (await editor.edit.event.update({ id: target, baseVersion: v, patch: { summaryAr: `ملخص ${v}` } })).version;
    },
    "annotate.citationsOf event": () => editor.annotate.citationsOf({ kind: "event", id: target }),
    "annotate.document (seed article)": () => editor.annotate.document({ id: doc }),
    "edit.event.list page 1": () => editor.edit.event.list({ limit: 25, sort: "updated_desc", offset: 0 }),
  };
  return calls;
}

async function time(calls: Record<string, () => Promise<unknown>>) {
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const [name, call] of Object.entries(calls)) {
    for (let i = 0; i < 5; i++) await call();
    const ms: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      await call();
      ms.push(performance.now() - t);
    }
    out[name] = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
  }
  return out;
}

const kind = values.pglite ? "PGlite" : "PostgreSQL";
console.log(`bench:workbench on ${kind}: the seed, then the seed + ${EVENTS} events; ${CALLS} calls per procedure`);
const small = await open("small", 0);
const smallTimes = await time(await prepare(small.database, 0));
await small.dispose();
const large = await open("large", EVENTS);
const largeTimes = await time(await prepare(large.database, EVENTS));

console.log(`\n${"procedure".padEnd(34)} ${"seed p50/p95 ms".padStart(18)} ${`${EVENTS / 1000}k p50/p95 ms`.padStart(20)} ${"ratio p50".padStart(10)}`);
for (const name of Object.keys(largeTimes)) {
  const a = smallTimes[name]!;
  const b = largeTimes[name]!;
  console.log(
    `${name.padEnd(34)} ${`${a.p50.toFixed(1)} / ${a.p95.toFixed(1)}`.padStart(18)} ${`${b.p50.toFixed(1)} / ${b.p95.toFixed(1)}`.padStart(20)} ${(b.p50 / a.p50).toFixed(2).padStart(10)}`,
  );
}

// What the planner does with the two statements that read the most: the queue's union and the picker's match.
const explain = async (label: string, q: ReturnType<typeof sql>) => {
  const rows = await queryRows<Record<string, string>>(large.database.db, sql`explain (analyze, buffers, costs off) ${q}`);
  console.log(`\nEXPLAIN ANALYZE ${label}:\n${rows.map((r) => Object.values(r)[0]).join("\n")}`);
};
const branches = sql.join(
  ["documents", "events", "claims", "actors", "places", "disputes", "dispute_issues", "positions"].map(
    (t) => sql`select ${t}::text as kind, id, version, updated_at from ${sql.identifier(t)} where status = 'in_review'`,
  ),
  sql` union all `,
);
await explain(
  "review queue (first page)",
  sql`select * from (${branches} union all select entity_kind, entity_id, version, updated_at from pending_changes where state = 'in_review') q order by updated_at, kind, id limit 26`,
);
await explain(
  "picker (events by a common word)",
  sql`select entity_id from search_entries where tsv @@ to_tsquery('simple'::regconfig, '(غاره:* | غار:*)') and kind = 'event' and field in ('title') limit 100`,
);
await large.dispose();
