import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import pg from "pg";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface ApiProcess {
  proc: ChildProcess;
  url: string;
  /** Everything the process printed (pino JSON lines). */
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Runs the real API server (src/main.ts) as its own process, as `pnpm start` does. */
export async function spawnApi(env: Record<string, string>, { waitHealthy = true } = {}): Promise<ApiProcess> {
  const port = await freePort();
  let out = "";
  // Node with tsx as a loader, as `pnpm start` runs it: signals reach the server itself (the tsx CLI relays them,
  // and SIGKILLs a child too busy to acknowledge within 30 ms).
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout?.on("data", (d) => (out += d));
  proc.stderr?.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    proc,
    url,
    output: () => out,
    exited,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      return exited;
    },
  };
  if (waitHealthy) {
    const until = Date.now() + 90_000;
    let done = false;
    void exited.then(() => (done = true));
    while (!done && Date.now() < until) {
      try {
        if ((await fetch(`${url}/health`)).ok) return api;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    await api.stop();
    throw new Error(`API did not become healthy:\n${out}`);
  }
  return api;
}

export interface ApiDatabase {
  /** Env for spawnApi: a temp PGlite folder, plus DATABASE_URL and the auth secret it requires when the run targets PostgreSQL. */
  env: Record<string, string>;
  dataDir: string;
  /** Set when TEST_DATABASE_URL points the run at a PostgreSQL server. */
  serverUrl?: string;
  /** Removes the folder and drops the database this made. */
  dispose(): Promise<void>;
}

/**
 * A fresh database for one spawned API: a uniquely named database on TEST_DATABASE_URL's server
 * (created here, dropped by dispose), with the auth secret the API requires there; else PGlite in a temp folder,
 * where the API keeps its generated auth secret. The folder exists either way.
 */
export async function freshApiDatabase(prefix = "waqai_api_test"): Promise<ApiDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(path.join(tmpdir(), `${prefix.replace(/_/g, "-")}-`));
  const dbName = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  let url = "";
  if (serverUrl) {
    await admin(`create database ${dbName}`);
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  return {
    env: { WAQAI_DATA_DIR: dataDir, DATABASE_URL: url, ...(url ? { WAQAI_AUTH_SECRET: randomBytes(32).toString("base64url") } : {}) },
    dataDir,
    serverUrl,
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
      if (serverUrl) await admin(`drop database if exists ${dbName} with (force)`);
    },
  };
}
