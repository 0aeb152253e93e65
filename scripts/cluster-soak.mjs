#!/usr/bin/env node
// `pnpm bench:cluster-soak`: a running `pnpm start:cluster` under steady mixed load through its cache for a while,
// printing the resident memory of every process (each with its children; Varnish's manager and child together, and
// the objects it stores apart) once a minute, then each one's growth from the first minute to the last (the topology's target: ≤ 10 %).
// Load, from CONCURRENCY clients: searches no one asked before (rendered by a reader), a page the cache holds,
// the API's lists through the balancer, and home pages with new query strings (rendered, then cached).
// Env: WAQAI_CLUSTER_STATE (.cluster/processes.json, which the cluster writes), SOAK_MINUTES (10), CONCURRENCY (4).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const statePath = process.env.WAQAI_CLUSTER_STATE ?? path.join(root, ".cluster/processes.json");
const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const state = JSON.parse(readFileSync(statePath, "utf8"));
const { url: cacheUrl, apiUrl, pid: cachePid } = state.cache;

/** Each live process's parent, read once per sample from /proc. */
function parentsNow() {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  return parents;
}

/** RSS in MB of a process and all its descendants (a reader's or Varnish's children count as theirs). */
function rssMb(pid, parents) {
  let kb = 0;
  const visit = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
    for (const [child, parent] of parents) if (parent === p) visit(child);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/**
 * MB of objects Varnish holds: its cache (-s malloc, bounded) and its transient store (answers being passed, and
 * hit-for-miss markers), read with varnishstat from its working folder.
 */
function varnishStorageMb() {
  const args = readFileSync(`/proc/${cachePid}/cmdline`, "utf8").split("\0");
  const dir = args[args.indexOf("-n") + 1];
  const out = spawnSync("varnishstat", ["-n", dir, "-1", "-f", "SMA.*.g_bytes"], { encoding: "utf8" }).stdout ?? "";
  const bytes = [...out.matchAll(/^SMA\.\S+\.g_bytes\s+(\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  return Math.round(bytes / 1048576);
}

// A replica restarted by the cluster gets a new pid: the state file is read again at each sample.
const watched = () => [...JSON.parse(readFileSync(statePath, "utf8")).processes.map(({ name, pid }) => ({ name, pid })), { name: "varnish", pid: cachePid }];

let n = 0;
let ok = 0;
let failed = 0;
const next = () => {
  const i = n++;
  switch (i % 4) {
    case 0:
      return `${cacheUrl}/en/search?q=soak${i}`;
    case 1:
      return `${cacheUrl}/events/ev-darat-izza-strikes`;
    case 2:
      return `${apiUrl}/api/v1/events?limit=${1 + (i % 50)}`;
    default:
      return `${cacheUrl}/en?from=2017-0${1 + (i % 9)}-01&n=${i}`;
  }
};
const end = Date.now() + minutes * 60_000;
const client = async () => {
  while (Date.now() < end) {
    try {
      const res = await fetch(next());
      await res.arrayBuffer();
      if (res.ok) ok++;
      else failed++;
    } catch {
      failed++;
    }
  }
};

const samples = [];
const sample = () => {
  const parents = parentsNow();
  const row = Object.fromEntries(watched().map((p) => [p.name, rssMb(p.pid, parents)]));
  // How much of Varnish's memory is the objects it stores.
  row["varnish-objects"] = varnishStorageMb();
  samples.push(row);
  console.log(
    `minute ${samples.length}: ${Object.entries(row)
      .map(([k, v]) => `${k} ${v} MB`)
      .join(", ")}  (${ok} answered, ${failed} failed)`,
  );
};
const timer = setInterval(sample, 60_000);
await Promise.all(Array.from({ length: concurrency }, client));
clearInterval(timer);
sample(); // the last minute's, at the end of the load
const first = samples[0];
const last = samples.at(-1);
console.log(`\n${ok} requests answered, ${failed} failed, in ${minutes} minutes`);
for (const name of Object.keys(first)) {
  const growth = first[name] ? ((last[name] - first[name]) / first[name]) * 100 : NaN;
  const percent = Number.isNaN(growth) ? "" : `  (${growth >= 0 ? "+" : ""}${growth.toFixed(1)} %)`;
  console.log(`${name.padEnd(16)} ${String(first[name]).padStart(5)} → ${String(last[name]).padStart(5)} MB${percent}`);
}
