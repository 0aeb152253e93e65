// bench:search — search latency at N synthetic events (default 100k) on PGlite and PostgreSQL, through
// our whole path (searchRecords: analysis + SQL + titles + snippets) and the same ranking SQL sent
// through the bare driver. Prints median and p95 per backend and the ratio.
// Usage: pnpm --filter @waqai/db bench:search [--events 100000] [--runs 15] [--pg postgres://postgres@127.0.0.1:5432/postgres]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { PgDialect } from "drizzle-orm/pg-core";
import { createDb, type Database } from "../src/client";
import { synthesize } from "../src/synth/write";
import { reindexSearch } from "../src/search/reindex";
import { blockSql, searchRecords } from "../src/search/query";
import { queryTerms, toTsQuery } from "../src/search/keys";
import { PUBLIC_SCOPE } from "../src/queries/util";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    runs: { type: "string", default: "15" },
    pg: { type: "string", default: process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    only: { type: "string" },
  },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const QUERIES = [
  "غارات جوية",
  "قصف مدفعي",
  "اشتباكات عنيفة",
  "إجلاء المدنيين",
  "ريف حلب الغربي",
  "هجوم كيماوي",
  "اتفاق لوقف إطلاق النار",
  "عشرات القتلى",
  "حافلات الخارجين",
  "فتح تحقيق",
  "كفر",
  "برشلونة",
];

const dialect = new PgDialect();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (n: number) => n.toFixed(1).padStart(7);

async function time(fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function prepare(database: Database) {
  await database.migrate();
  let t0 = performance.now();
  let last = 0;
  await synthesize(database.db, {
    events: EVENTS,
    onProgress: (d, n) => {
      if (performance.now() - last > 5000 || d === n) {
        last = performance.now();
        console.log(`  ${database.kind}: synth ${d}/${n}`);
      }
    },
  });
  console.log(`  ${database.kind}: synth ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  await reindexSearch(database.db);
  const [row] = await database.rawQuery<{ n: string }>("select count(*)::text as n from search_entries");
  console.log(`  ${database.kind}: search index ${row?.n} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function measure(database: Database) {
  const ours: number[] = [];
  const bare: number[] = [];
  for (const q of QUERIES) {
    const { sql, params } = dialect.sqlToQuery(blockSql(toTsQuery(queryTerms(q)), PUBLIC_SCOPE, undefined, null, 0, 21));
    await searchRecords(database.db, { q, limit: 20 }); // warm
    await database.rawQuery(sql, params);
    for (let i = 0; i < RUNS; i++) {
      ours.push(await time(() => searchRecords(database.db, { q, limit: 20 })));
      bare.push(await time(() => database.rawQuery(sql, params)));
    }
  }
  return { ours, bare };
}

const results: { kind: string; ours: number[]; bare: number[] }[] = [];
console.log(`bench:search — ${EVENTS} synthetic events, ${QUERIES.length} queries x ${RUNS} runs each`);

if (!values.only || values.only === "pglite") {
  const dir = mkdtempSync(path.join(tmpdir(), "waqai-bench-"));
  const database = await createDb(undefined, { dataDir: dir });
  await prepare(database);
  results.push({ kind: "pglite", ...(await measure(database)) });
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
if (!values.only || values.only === "postgres") {
  const name = `waqai_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(values.pg);
  url.pathname = `/${name}`;
  const database = await createDb(url.toString());
  try {
    await prepare(database);
    results.push({ kind: "postgres", ...(await measure(database)) });
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

console.log("\nbackend    | searchRecords p50 / p95 ms | bare SQL p50 / p95 ms | ratio p50 / p95");
for (const r of results) {
  const [o50, o95, b50, b95] = [quantile(r.ours, 0.5), quantile(r.ours, 0.95), quantile(r.bare, 0.5), quantile(r.bare, 0.95)];
  console.log(`${r.kind.padEnd(10)} | ${ms(o50)} / ${ms(o95)}          | ${ms(b50)} / ${ms(b95)}     | ${(o50 / b50).toFixed(2)} / ${(o95 / b95).toFixed(2)}`);
}
