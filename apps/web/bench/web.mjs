#!/usr/bin/env node
// Benchmarks the cached event page served by `next start` against the same HTML served as a static
// file by nginx, on this machine, in the same run: wrk, 32 connections, bounded duration each.
// Needs a running reader (WEB_URL, default http://127.0.0.1:3000, its API up) and nginx + wrk
// (`apt-get install -y nginx-light wrk`). Env: EVENT_ID (default the seed's ev-darat-izza-strikes),
// BENCH_SECONDS (10), BENCH_CONNECTIONS (32), BENCH_ROUNDS (3), NGINX_PORT (18480). Stops nginx itself when done.
// With `pnpm start:cluster` running (docs/deploy.md), also: CACHE_URL (its reader address, e.g.
// http://127.0.0.1:8080) for the same page through Varnish, and CACHE_API_URL + API_ONE_URL (its API address and
// one replica's, e.g. http://127.0.0.1:8081 and http://127.0.0.1:4400) for the API's event list through every
// replica against one. WEB_URL is then one reader replica (e.g. http://127.0.0.1:3400).
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";

const web = (process.env.WEB_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const eventId = process.env.EVENT_ID ?? "ev-darat-izza-strikes";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const nginxPort = Number(process.env.NGINX_PORT ?? 18480);
const pageUrl = `${web}/events/${eventId}`;

for (const bin of ["nginx", "wrk"]) {
  if (spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0) {
    console.error(`${bin} not found: apt-get install -y nginx-light wrk`);
    process.exit(2);
  }
}

// Warm the page until Next serves it from its cache, and keep those exact bytes for nginx.
let html = "";
let cache = "";
for (let i = 0; i < 5 && cache !== "HIT"; i++) {
  const res = await fetch(pageUrl);
  if (!res.ok) throw new Error(`${pageUrl} answered ${res.status}`);
  html = await res.text();
  cache = res.headers.get("x-nextjs-cache") ?? "";
}
console.log(`page ${pageUrl}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, x-nextjs-cache: ${cache || "(none)"}`);

const dir = mkdtempSync(path.join(tmpdir(), "waqai-bench-"));
// nginx workers run as an unprivileged user: they must be able to enter the folder and read the page.
chmodSync(dir, 0o755);
writeFileSync(path.join(dir, "event.html"), html, { mode: 0o644 });
// The same bytes gzipped, served by gzip_static to a client that accepts gzip, as a browser does: Varnish keeps
// pages gzipped and serves them so, and gunzips each answer for a client that does not accept gzip.
writeFileSync(path.join(dir, "event.html.gz"), gzipSync(html, { level: 6 }), { mode: 0o644 });
writeFileSync(
  path.join(dir, "nginx.conf"),
  `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; gzip_static on;
  types { text/html html; } default_type text/html;
  server { listen 127.0.0.1:${nginxPort}; root ${dir}; location / { try_files /event.html =404; } } }
`,
);
const nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit", detached: true });
const stopNginx = () => {
  try {
    process.kill(-nginx.pid, "SIGTERM");
  } catch {}
  rmSync(dir, { recursive: true, force: true });
};
process.on("exit", stopNginx);
process.on("SIGINT", () => process.exit(130));
await new Promise((r) => setTimeout(r, 500));

function wrk(url, headers = []) {
  const out = spawnSync("wrk", ["-t", "2", "-c", String(connections), "-d", `${seconds}s`, "--latency", ...headers.flatMap((h) => ["-H", h]), url], {
    encoding: "utf8",
    timeout: (seconds + 30) * 1000,
  });
  if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out.stdout)?.[1]);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out.stdout);
  const ms = p99 ? Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2]] : NaN;
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out.stdout)?.[1] ?? "0";
  return { rps, p99: ms, errors };
}

/**
 * Two servers measured in alternating rounds (a, b, a, b …), each side's median round reported: on a machine whose
 * other processes come and go (the cluster's readers and APIs, the database), one run each can land in different
 * weather; alternating puts both through the same, and the median drops the round a burst of other work hit.
 */
function compare(a, b) {
  const runs = { a: [], b: [] };
  for (let i = 0; i < rounds; i++) {
    runs.a.push(a());
    runs.b.push(b());
  }
  const median = (rs) => [...rs].sort((x, y) => x.rps - y.rps)[Math.floor(rs.length / 2)];
  return [median(runs.a), median(runs.b)];
}

const [next, nginxResult] = compare(
  () => wrk(pageUrl),
  () => wrk(`http://127.0.0.1:${nginxPort}/`),
);
const row = (name, r) => `${name.padEnd(30)} ${r.rps.toFixed(0).padStart(9)} req/s   p99 ${r.p99.toFixed(1).padStart(7)} ms   non-2xx ${r.errors}`;
const ratio = (a, b) => `${(a.rps / b.rps).toFixed(3)}  (p99 ${(a.p99 / b.p99).toFixed(1)}x)`;
console.log(`wrk: ${connections} connections, ${seconds}s a round; pairs in ${rounds} alternating rounds, median of each side`);
console.log(row("next (cached page)", next));
console.log(row("nginx (same HTML file)", nginxResult));
console.log(`next/nginx throughput ratio: ${ratio(next, nginxResult)}`);
const cacheUrl = process.env.CACHE_URL?.replace(/\/+$/, "");
if (cacheUrl) {
  const cached = `${cacheUrl}/events/${eventId}`;
  await fetch(cached); // into Varnish's cache
  const gzip = ["Accept-Encoding: gzip"];
  const [varnish, nginxGzip] = compare(
    () => wrk(cached, gzip),
    () => wrk(`http://127.0.0.1:${nginxPort}/`, gzip),
  );
  const varnishPlain = wrk(cached);
  console.log(row("varnish (cached, gzip)", varnish));
  console.log(row("nginx (same file, gzip)", nginxGzip));
  console.log(`varnish/nginx throughput ratio (gzip, as browsers ask): ${ratio(varnish, nginxGzip)}`);
  console.log(row("varnish (cached, no gzip)", varnishPlain));
  console.log(`varnish/nginx throughput ratio (no gzip: Varnish gunzips each answer): ${ratio(varnishPlain, nginxResult)}`);
}
const cacheApi = process.env.CACHE_API_URL?.replace(/\/+$/, "");
const oneApi = process.env.API_ONE_URL?.replace(/\/+$/, "");
if (cacheApi && oneApi) {
  const list = "/api/v1/events?limit=20";
  const [all, one] = compare(
    () => wrk(`${cacheApi}${list}`),
    () => wrk(`${oneApi}${list}`),
  );
  console.log(row("api events (every replica)", all));
  console.log(row("api events (one replica)", one));
  console.log(`replicas/one throughput ratio: ${ratio(all, one)}`);
}
stopNginx();
