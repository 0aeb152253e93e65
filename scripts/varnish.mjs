// Starts Varnish (Debian's varnishd 7 with varnish-modules' xkey) in front of reader instances with the committed
// deploy/varnish/waqai.vcl, for `pnpm start:cluster` and the tests: writes the backends file into a fresh work
// folder, runs varnishd in the foreground of its own process group, and stops it with the caller.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VARNISHD = "/usr/sbin/varnishd";
const XKEY = "/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so";

/** Whether this machine has what the cache needs (`apt-get install varnish varnish-modules`). */
export function varnishInstalled() {
  return existsSync(VARNISHD) && (existsSync(XKEY) || spawnSync("dpkg", ["-s", "varnish-modules"]).status === 0);
}

/** One director's backends, probed on `probeUrl`, and the sub that adds them (deploy/varnish/backends.example.vcl). */
function tier(name, director, ports, probeUrl) {
  const probe = `probe ${name}_alive {\n  .url = "${probeUrl}";\n  .interval = 1s;\n  .timeout = 2s;\n  .window = 3;\n  .threshold = 2;\n}\n`;
  const backends = ports.map((p, i) => `backend ${name}${i} {\n  .host = "127.0.0.1";\n  .port = "${p}";\n  .probe = ${name}_alive;\n}\n`).join("");
  const add = ports.map((_, i) => `  ${director}.add_backend(${name}${i});\n`).join("");
  // No instance of a tier (the cache alone, in tests): an empty director, and no probe (VCL refuses an unused one).
  return `${ports.length ? probe : ""}${backends}sub waqai_${director} {\n${add}}\n`;
}

/** The backends file: reader instances (probed on a cheap static route) and API instances (on /health), on 127.0.0.1. */
export function backendsVcl(readerPorts, apiPorts = []) {
  return tier("reader", "readers", readerPorts, "/basemap.svg") + tier("api", "apis", apiPorts, "/health");
}

/**
 * Runs varnishd on 127.0.0.1:`port` for readers on `readerPorts` and, given `apiPort`, on 127.0.0.1:`apiPort` for
 * the API replicas on `apiPorts`; resolves once it answers. `memoryMb` is its cache (malloc). Returns its URL (the
 * purge target too), the API's URL through it, and stop().
 */
export async function startVarnish({ port, readerPorts, apiPort, apiPorts = [], memoryMb = 256, log = () => {} }) {
  const work = mkdtempSync(path.join(tmpdir(), "waqai-varnish-"));
  chmodSync(work, 0o755); // varnishd compiles the VCL as its own unprivileged user when started as root
  writeFileSync(path.join(work, "backends.vcl"), backendsVcl(readerPorts, apiPorts));
  const args = [
    "-F",
    "-n",
    path.join(work, "n"),
    "-a",
    `reader=127.0.0.1:${port}`,
    ...(apiPort ? ["-a", `api=127.0.0.1:${apiPort}`] : []),
    "-T",
    "none",
    "-p",
    `vcl_path=${work}:${path.join(root, "deploy/varnish")}`,
    "-f",
    path.join(root, "deploy/varnish/waqai.vcl"),
    "-s",
    `malloc,${memoryMb}m`,
  ];
  const proc = spawn(VARNISHD, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  const exited = new Promise((resolve) => proc.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-proc.pid, "SIGTERM");
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    rmSync(work, { recursive: true, force: true });
  };
  const until = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`varnishd exited (${proc.exitCode}):\n${out}`);
    try {
      // Any answer (even a 503 while no reader is up yet) means varnishd listens.
      await fetch(`${url}/basemap.svg`, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {}
    if (Date.now() > until) {
      await stop();
      throw new Error(`varnishd did not answer on ${url}:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`[varnish] caching the readers on ${url}`);
  return { url, apiUrl: apiPort ? `http://127.0.0.1:${apiPort}` : undefined, proc, output: () => out, stop };
}
