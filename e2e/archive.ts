import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiHeapFlags } from "../apps/api/scripts/heap.mjs";
import { readerHeapFlags } from "../apps/web/scripts/heap.mjs";
import { builtServer } from "../scripts/standalone-paths.mjs";

/**
 * A synthetic archive of ARCHIVE_EVENTS events on PGlite, with its own API and reader, for the tests that must
 * see the product at archive scale (e2e/archive.spec.ts). The archive is built once (`db:synth`, a few minutes)
 * into .cache/ and kept: a rerun starts at once. WAQAI_QUICK=1 skips these tests (the README's quick mode).
 */
export const ARCHIVE_EVENTS = 100_000;
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const ARCHIVE_API = `http://127.0.0.1:${4200 + offset}`;
export const ARCHIVE_WEB = `http://127.0.0.1:${3200 + offset}`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Named by size and by the synth's seed: another generator version is another folder.
const dataDir = path.join(root, ".cache", `e2e-archive-${ARCHIVE_EVENTS}-s20170404`);

export const quickMode = () => process.env.WAQAI_QUICK === "1";

/** Builds the archive unless a finished one is there (a READY file marks it; a half-built folder is rebuilt). */
export function ensureArchive(log: (line: string) => void) {
  if (existsSync(path.join(dataDir, "READY"))) return;
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  log(`[archive] building ${ARCHIVE_EVENTS.toLocaleString("en")} synthetic events in ${building} (once; kept in .cache/)`);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, ["packages/db/scripts/synth.ts", "--events", String(ARCHIVE_EVENTS)], {
    cwd: root,
    env: { ...process.env, WAQAI_DATA_DIR: building, DATABASE_URL: "" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) throw new Error(`db:synth exited with ${r.status ?? r.signal}`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
  writeFileSync(path.join(dataDir, "READY"), new Date().toISOString());
}

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function serve(cwd: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

/** Starts the API (the bundle, as production) on the archive and the built reader against it; returns a stop function. */
export async function startArchiveServers(): Promise<() => Promise<void>> {
  const api = serve(path.join(root, "apps/api"), [...apiHeapFlags(), "dist/main.mjs"], {
    WAQAI_DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: new URL(ARCHIVE_API).port,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    // The archive is not the seed: nothing to load on start.
    WAQAI_SEEDS_DIR: path.join(root, ".cache", "no-seeds"),
  });
  const web = serve(path.join(root, "apps/web"), [...readerHeapFlags(), builtServer(path.join(root, "apps/web"))], {
    PORT: new URL(ARCHIVE_WEB).port,
    HOSTNAME: "127.0.0.1",
    API_URL: ARCHIVE_API,
    SITE_URL: ARCHIVE_WEB,
    NODE_ENV: "production",
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? "e2e-archive-secret-0123456789",
  });
  const stop = async () => {
    for (const c of [web, api]) {
      if (c.exitCode !== null || !c.pid) continue;
      const exited = new Promise((r) => c.once("exit", r));
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {
        continue;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
  };
  try {
    await waitFor(`${ARCHIVE_API}/health`, api, 120);
    await waitFor(`${ARCHIVE_WEB}/en`, web, 120);
  } catch (err) {
    await stop();
    throw err;
  }
  return stop;
}

/** A tRPC query against the archive's API. */
export async function archiveQuery<T>(procedure: string, input: unknown): Promise<T> {
  const res = await fetch(`${ARCHIVE_API}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!res.ok) throw new Error(`${procedure} answered ${res.status}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}
