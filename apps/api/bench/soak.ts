// bench:soak — the API process under steady mixed load for a while, printing its resident memory over
// time: does RSS level off, or keep growing? 95% reads (lists, pages, search) and 5% writes (event creates
// and edits) at a fixed concurrency, through real HTTP, against a real `node --import tsx src/main.ts`
// on a fresh PGlite folder (default) or a PostgreSQL database made and dropped for the run.
// Not in CI (it takes minutes). Prints one line per sample and a last line "soak: RSS start -> end".
// With --stack the whole of `pnpm serve` runs instead (scripts/start.mjs: API, reader, admin; built first),
// a third of the reads go to reader pages and a third to admin pages through the panel's own origin (its
// SSR and its /trpc proxy), the writes go through the panel, and RSS is printed per process (each
// process counted with its children: `next start` forks its server).
//
// Usage: pnpm --filter @waqai/api-server bench:soak [--minutes 10] [--concurrency 16] [--sample 30] [--pg URL] [--stack]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
    stack: { type: "boolean", default: false },
  },
});
const MINUTES = Number(values.minutes);
const CONCURRENCY = Number(values.concurrency);
const SAMPLE_S = Number(values.sample);
const appDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ORIGIN = "http://soak.test";

const rssKb = (pid: number) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // gone between listing and reading
  }
};

/** Each live process's children, from /proc's parent links. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/N/stat is the parent; the name in field 2 may hold spaces, so split after its ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {}
  }
  return children;
}

/** Every live process under `root` (itself included). */
function tree(root: number): number[] {
  const children = childrenByParent();
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}
const treeMb = (pid: number) => Math.round(tree(pid).reduce((sum, p) => sum + rssKb(p), 0) / 1024);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
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
  const [apiPort, webPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const api = `http://127.0.0.1:${apiPort}`;
  const web = `http://127.0.0.1:${webPort}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  let out = "";
  const env = {
    ...process.env,
    HOST: "127.0.0.1",
    WAQAI_DATA_DIR: dataDir,
    DATABASE_URL: url,
    // PostgreSQL requires the cookie secret every API process on the database shares (a fresh one per soak is enough).
    ...(url ? { WAQAI_AUTH_SECRET: randomBytes(32).toString("base64url") } : {}),
    LOG_LEVEL: "warn",
    WAQAI_ADMIN_EMAIL: "soak@example.org",
    RATE_LIMIT_IP_PER_MINUTE: "1000000",
  };
  // (The rate limit is lifted: the panel names its browser's address to the API, and one soak client is one address.)
  // The whole stack: start.mjs starts the API (its own process group each), the reader and the panel; the
  // API alone: the same command start.mjs runs for it.
  const proc = values.stack
    ? spawn(process.execPath, ["scripts/start.mjs"], {
        cwd: path.resolve(appDir, "../.."),
        env: { ...env, API_PORT: String(apiPort), WEB_PORT: String(webPort), ADMIN_PORT: String(adminPort), WAQAI_TRUSTED_ORIGINS: `${adminUrl},${ORIGIN}` },
        stdio: ["ignore", "pipe", "pipe"],
      })
    : spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: appDir,
        env: { ...env, PORT: String(apiPort), WAQAI_TRUSTED_ORIGINS: ORIGIN },
        stdio: ["ignore", "pipe", "pipe"],
      });
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  await waitFor(`${api}/health`, 180_000);
  if (values.stack) await Promise.all([waitFor(`${web}/`, 180_000), waitFor(`${adminUrl}/sign-in`, 180_000)]);

  // Who is who: the API alone is `proc`; in the stack, start.mjs's three children, told apart by command line.
  const processes: { name: string; pid: number }[] = [];
  if (!values.stack) processes.push({ name: "api", pid: proc.pid! });
  else {
    for (const pid of childrenByParent().get(proc.pid!) ?? []) {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      processes.push({ name: cmd.includes("src/main.ts") ? "api" : cmd.includes("server.mjs") ? "admin" : "reader", pid });
    }
  }

  const password = /password: (\S+)/.exec(out)?.[1];
  // Writes go through the panel's origin in the stack (its proxy is what an editor's browser talks to).
  const writeBase = values.stack ? adminUrl : api;
  const writeOrigin = values.stack ? adminUrl : ORIGIN;
  const signIn = await fetch(`${writeBase}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: writeOrigin },
    body: JSON.stringify({ email: "soak@example.org", password }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const q = (proc: string, input: unknown) => fetch(`${api}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const m = (proc: string, input: unknown) =>
    fetch(`${writeBase}/trpc/${proc}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: writeOrigin },
      body: JSON.stringify(input),
    });
  const ids = ((await (await q("events.list", { limit: 20 })).json()) as { result: { data: { items: { id: string }[] } } }).result.data.items.map((e) => e.id);
  const docs = ((await (await q("documents.list", { limit: 5 })).json()) as { result: { data: { items: { id: string }[] } } }).result.data.items.map(
    (e) => e.id,
  );
  const mine: { id: string; version: number }[] = [];
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const words = ["غارة", "حلب", "خان شيخون", "لافروف"];

  const apiReads = [
    () => q("events.list", { limit: 20 }),
    () => q("events.byId", { id: pick(ids) }),
    () => q("search.query", { q: pick(words), limit: 10 }),
    () => q("actors.list", { limit: 20 }),
    () => q("disputes.list", { limit: 20 }),
  ];
  const readerReads = [
    () => fetch(`${web}/`),
    () => fetch(`${web}/en`),
    () => fetch(`${web}/events/${pick(ids)}`),
    () => fetch(`${web}/en/events/${pick(ids)}`),
    () => fetch(`${web}/search?q=${encodeURIComponent(pick(words))}`),
    () => fetch(`${web}/sources/${pick(docs)}`),
  ];
  const adminGet = (p: string) => fetch(`${adminUrl}${p}`, { headers: { cookie } });
  const adminReads = [
    () => adminGet("/"),
    () => adminGet("/records/event"),
    () => adminGet(`/records/event/${pick(ids)}`),
    () => adminGet("/review"),
    () => adminGet(`/annotate/${pick(docs)}`),
  ];
  const readSets = values.stack ? [apiReads, readerReads, adminReads] : [apiReads];
  let n = 0;
  let errors = 0;
  let refused = 0; // 4xx: a conflict or a refusal is a fair answer, but many would mean the load is not what it says
  let latencies: number[] = [];
  const one = async () => {
    const t = performance.now();
    let res: Response;
    if (Math.random() < 0.05) {
      const target = mine.length && Math.random() < 0.5 ? pick(mine) : null;
      res = target
        ? await m("edit.event.update", { id: target.id, baseVersion: target.version, patch: { titleEn: `Soak ${n}` } })
        : await m("edit.event.create", { type: "air_strike", titleAr: `غارة ${n}` });
      if (res.ok) {
        const w = ((await res.json()) as { result: { data: { id: string; version: number } } }).result.data;
        if (target) target.version = w.version;
        else mine.push(w);
      } else await res.text();
    } else {
      res = await pick(pick(readSets))();
      await res.arrayBuffer();
    }
    if (res.status >= 500) errors++;
    else if (res.status >= 400) refused++;
    latencies.push(performance.now() - t);
    n++;
  };

  const rss = () => processes.map((p) => `${p.name} ${treeMb(p.pid)} MB`).join(", ");
  const until = Date.now() + MINUTES * 60_000;
  const started = Date.now();
  const start = processes.map((p) => treeMb(p.pid));
  console.log(
    `soak: ${MINUTES} min, concurrency ${CONCURRENCY}, ${values.pg ? "PostgreSQL" : "PGlite"}, ${values.stack ? "API + reader + admin" : "API"}; RSS at start: ${rss()}`,
  );
  const sampler = setInterval(() => {
    const sorted = latencies.sort((a, b) => a - b);
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
    console.log(
      `  t=${Math.round((Date.now() - started) / 1000)}s  RSS ${rss()}  ${(sorted.length / SAMPLE_S).toFixed(0)} req/s  p99 ${p99.toFixed(0)} ms  5xx ${errors}`,
    );
    latencies = [];
  }, SAMPLE_S * 1000);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await one().catch(() => errors++);
    }),
  );
  clearInterval(sampler);
  const end = processes.map((p) => treeMb(p.pid));
  console.log(
    `soak: ${n} requests, ${errors} 5xx or failures, ${refused} 4xx; RSS start -> end: ${processes.map((p, i) => `${p.name} ${start[i]} -> ${end[i]} MB`).join(", ")}`,
  );
  proc.kill("SIGTERM");
  await new Promise((r) => proc.on("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
  await dropDb?.();
}

await main();
