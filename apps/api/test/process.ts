import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.resolve(appDir, "../../node_modules/.bin/tsx");

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
  const proc = spawn(tsx, ["src/main.ts"], {
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
