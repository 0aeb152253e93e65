// Runs Waqai's processes for `pnpm start` (scripts/start.mjs) and `pnpm start:cluster` (scripts/cluster.mjs): each
// child in its own process group (so a stop reaches Next's workers too), all stopped together on SIGINT/SIGTERM,
// and either everything stops when one exits (a single-instance start) or the exited one is started again (a
// replica in the cluster, where the proxy routes around it meanwhile).
import { spawn } from "node:child_process";
import path from "node:path";

export const API_ENTRY = "dist/main.mjs";

/** A supervisor for processes run from folders under `root`, logging as `[tag]`. */
export function supervisor(root, tag) {
  const entries = [];
  const atStop = [];
  let stopping = false;

  function run(name, cwd, cmd, args, env, { restart = false, onStart = () => {} } = {}) {
    const entry = { name, child: null, starts: 0 };
    const launch = () => {
      const child = spawn(cmd, args, {
        cwd: path.join(root, cwd),
        env: { ...process.env, ...env },
        stdio: ["ignore", "inherit", "inherit"],
        detached: true,
      });
      entry.child = child;
      entry.starts++;
      onStart(child);
      child.on("exit", (code, signal) => {
        if (stopping) return;
        if (restart) {
          console.error(`[${tag}] ${name} exited (${signal ?? code}); starting it again`);
          setTimeout(() => stopping || launch(), 500);
        } else {
          console.error(`[${tag}] ${name} exited (${signal ?? code}); stopping the others`);
          stop(1);
        }
      });
    };
    launch();
    entries.push(entry);
    return entry;
  }

  function stop(code = 0) {
    if (stopping) return;
    stopping = true;
    const live = entries.map((e) => e.child).filter((c) => c && c.exitCode === null && !c.signalCode);
    for (const c of live) {
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {}
    }
    const deadline = setTimeout(() => {
      for (const c of live) {
        try {
          process.kill(-c.pid, "SIGKILL");
        } catch {}
      }
      process.exit(code);
    }, 8000);
    Promise.all(live.map((c) => new Promise((r) => c.on("exit", r))))
      .then(() => Promise.all(atStop.map((f) => f())))
      .then(() => {
        clearTimeout(deadline);
        process.exit(code);
      });
  }
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  /** Polls `url` until it answers 2xx; stops everything if it does not within `ms`. */
  async function waitFor(url, name, ms = 120_000) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (stopping) return false;
      try {
        const res = await fetch(url);
        if (res.ok) return true;
      } catch {}
      await new Promise((r) => setTimeout(r, 300));
    }
    console.error(`[${tag}] ${name} did not answer at ${url} within ${ms / 1000}s`);
    stop(1);
    return false;
  }

  return { run, stop, waitFor, entries, onStop: (f) => atStop.push(f) };
}
