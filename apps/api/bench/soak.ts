// bench:soak — the API process under steady mixed load for a while, printing its resident memory over
// time: does RSS level off, or keep growing? 95% reads (lists, pages, search) and 5% writes (event creates
// and edits) at a fixed concurrency, through real HTTP, against a real `node --import tsx src/main.ts`
// on a fresh PGlite folder (default) or a PostgreSQL database made and dropped for the run.
// Not in CI (it takes minutes). Prints one line per sample and a last line "soak: RSS start -> end".
//
// Usage: pnpm --filter @waqai/api-server bench:soak [--minutes 10] [--concurrency 16] [--sample 30] [--pg URL]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === "--" ? argv.slice(1) : argv,
  options: {
    minutes: { type: "string", default: "10" },
    concurrency: { type: "string", default: "16" },
    sample: { type: "string", default: "30" },
    pg: { type: "string" },
  },
});
const MINUTES = Number(values.minutes);
const CONCURRENCY = Number(values.concurrency);
const SAMPLE_S = Number(values.sample);
const appDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ORIGIN = "http://soak.test";

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "waqai-soak-"));
  let url = "";
  let dropDb: (() => Promise<void>) | null = null;
  if (values.pg) {
    const name = `waqai_soak_${Date.now()}_${randomBytes(2).toString("hex")}`;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: values.pg });
      await c.connect();
      await c.query(q);
      await c.end();
    };
    await admin(`create database ${name}`);
    const u = new URL(values.pg);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = () => admin(`drop database if exists ${name} with (force)`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let out = "";
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", WAQAI_DATA_DIR: dataDir, DATABASE_URL: url, WAQAI_TRUSTED_ORIGINS: ORIGIN, LOG_LEVEL: "warn", WAQAI_ADMIN_EMAIL: "soak@example.org" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const password = /password: (\S+)/.exec(out)?.[1];
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify({ email: "soak@example.org", password }) });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const q = (proc: string, input: unknown) => fetch(`${base}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const m = (proc: string, input: unknown) => fetch(`${base}/trpc/${proc}`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: ORIGIN }, body: JSON.stringify(input) });
  const ids = ((await (await q("events.list", { limit: 20 })).json()) as { result: { data: { items: { id: string }[] } } }).result.data.items.map((e) => e.id);
  const mine: { id: string; version: number }[] = [];

  const reads = [
    () => q("events.list", { limit: 20 }),
    () => q("events.byId", { id: ids[Math.floor(Math.random() * ids.length)] }),
    () => q("search.query", { q: ["غارة", "حلب", "خان شيخون", "لافروف"][Math.floor(Math.random() * 4)], limit: 10 }),
    () => q("actors.list", { limit: 20 }),
    () => q("disputes.list", { limit: 20 }),
  ];
  let n = 0;
  let errors = 0;
  let latencies: number[] = [];
  const one = async () => {
    const t = performance.now();
    let res: Response;
    if (Math.random() < 0.05) {
      const target = mine.length && Math.random() < 0.5 ? mine[Math.floor(Math.random() * mine.length)]! : null;
      res = target ? await m("edit.event.update", { id: target.id, baseVersion: target.version, patch: { titleEn: `Soak ${n}` } }) : await m("edit.event.create", { type: "air_strike", titleAr: `غارة ${n}` });
      if (res.ok) {
        const w = ((await res.json()) as { result: { data: { id: string; version: number } } }).result.data;
        if (target) target.version = w.version;
        else mine.push(w);
      } else await res.text();
    } else {
      res = await reads[Math.floor(Math.random() * reads.length)]!();
      await res.arrayBuffer();
    }
    if (res.status >= 500) errors++;
    latencies.push(performance.now() - t);
    n++;
  };

  const until = Date.now() + MINUTES * 60_000;
  const started = Date.now();
  const start = rssMb(proc.pid!);
  console.log(`soak: ${MINUTES} min, concurrency ${CONCURRENCY}, ${values.pg ? "PostgreSQL" : "PGlite"}; API pid ${proc.pid}, RSS at start ${start} MB`);
  const sampler = setInterval(() => {
    const sorted = latencies.sort((a, b) => a - b);
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
    console.log(`  t=${Math.round((Date.now() - started) / 1000)}s  RSS ${rssMb(proc.pid!)} MB  ${(sorted.length / SAMPLE_S).toFixed(0)} req/s  p99 ${p99.toFixed(0)} ms  5xx ${errors}`);
    latencies = [];
  }, SAMPLE_S * 1000);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await one().catch(() => errors++);
    }),
  );
  clearInterval(sampler);
  const end = rssMb(proc.pid!);
  console.log(`soak: ${n} requests, ${errors} 5xx or failures; API RSS ${start} MB -> ${end} MB`);
  proc.kill("SIGTERM");
  await new Promise((r) => proc.on("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
  await dropDb?.();
}

await main();
