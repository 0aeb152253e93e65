import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "../src/lock";

// The PGlite folder's lock: heartbeats, not pids, say whether its owner lives.
const timing = { staleMs: 3000, updateMs: 500 };
const folders: string[] = [];
const folder = () => {
  const f = mkdtempSync(path.join(tmpdir(), "waqai-lock-"));
  folders.push(f);
  return f;
};
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A lock as a process that died left it: its owner file names `pid`, its heartbeat stopped `agoMs` ago. */
function leftBehind(dir: string, pid: number, agoMs: number) {
  const lockDir = path.join(dir, "owner.lock");
  mkdirSync(lockDir);
  writeFileSync(`${lockDir}.json`, JSON.stringify({ pid }));
  const t = new Date(Date.now() - agoMs);
  utimesSync(lockDir, t, t);
}

describe("the PGlite folder lock", () => {
  it("refuses a second owner at once while the first is alive, naming it, and opens again once released", async () => {
    const dir = folder();
    const first = await acquireDataDirLock(dir, timing);
    const started = Date.now();
    const err = await acquireDataDirLock(dir, timing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as DataDirLockedError).holderPid).toBe(process.pid);
    expect(Date.now() - started).toBeLessThan(timing.updateMs);
    await first.release();
    const again = await acquireDataDirLock(dir, timing);
    await again.release();
  });

  it("keeps a held lock fresh, so a long-lived owner is never taken for a dead one", async () => {
    const dir = folder();
    const held = await acquireDataDirLock(dir, timing);
    await new Promise((r) => setTimeout(r, timing.staleMs + 1000));
    expect(await acquireDataDirLock(dir, timing).catch((e: unknown) => e)).toBeInstanceOf(DataDirLockedError);
    await held.release();
  });

  it("takes over a stale lock that names this very pid (a restarted container) or a live unrelated process", async () => {
    for (const pid of [process.pid, process.ppid, 1]) {
      const dir = folder();
      leftBehind(dir, pid, timing.staleMs + 1000);
      const lock = await acquireDataDirLock(dir, timing);
      await lock.release();
    }
  });

  it("waits out a lock whose heartbeat has just stopped (a crash a moment ago), then takes it over", async () => {
    const dir = folder();
    leftBehind(dir, 999_999, timing.staleMs - 1500);
    const started = Date.now();
    const lock = await acquireDataDirLock(dir, timing);
    expect(Date.now() - started).toBeGreaterThan(1000);
    await lock.release();
  });
});
