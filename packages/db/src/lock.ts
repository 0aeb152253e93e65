import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import { dbLog } from "./log";

export interface DataDirLock {
  file: string;
  release(): Promise<void>;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | null,
  ) {
    super(
      `The database folder ${dataDir} is already open in process ${holderPid ?? "(unknown)"}. PGlite allows one owner: ` +
        `stop that process (normally the Waqai API server) or point this one at another folder with WAQAI_DATA_DIR.`,
    );
    this.name = "DataDirLockedError";
  }
}

/**
 * The owner keeps the lock's mtime fresh every UPDATE_MS; a lock not touched for STALE_MS belongs to a
 * process that is gone, whatever pid it named (a restarted container reuses its own pid, and a pid can
 * belong to an unrelated live process by now: pids say nothing, heartbeats do).
 */
export const LOCK_TIMING = { staleMs: 20_000, updateMs: 4_000 };

/** WAQAI_LOCK_STALE_MS (at least 2000) shortens the wait after a crash, for tests that kill the API on purpose. */
export function lockTimingFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const stale = Number(env.WAQAI_LOCK_STALE_MS);
  return Number.isFinite(stale) && stale >= 2000 ? { staleMs: stale, updateMs: Math.floor(stale / 5) } : LOCK_TIMING;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Beside the lock, not in it: proper-lockfile removes its directory with rmdir, which wants it empty.
const ownerFile = (lockDir: string) => `${lockDir}.json`;

function holderPid(lockDir: string): number | null {
  try {
    const pid = (JSON.parse(readFileSync(ownerFile(lockDir), "utf8")) as { pid?: unknown }).pid;
    return typeof pid === "number" ? pid : null;
  } catch {
    return null;
  }
}

/** Milliseconds since the holder last touched the lock, or null when it is gone. */
function heartbeatAge(lockDir: string): number | null {
  try {
    return Date.now() - statSync(lockDir).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * An exclusive lock beside the PGlite data (proper-lockfile: an atomic mkdir, refreshed while held,
 * released on exit). A live holder (a fresh heartbeat) is refused at once with DataDirLockedError; a
 * holder whose heartbeat has stopped (it crashed, or was SIGKILLed) is waited out until its lock is
 * stale, then taken over, so a restart after a crash comes up by itself.
 */
export async function acquireDataDirLock(dataDir: string, timing = lockTimingFromEnv()): Promise<DataDirLock> {
  const lockDir = path.join(dataDir, "owner.lock");
  const deadline = Date.now() + timing.staleMs + timing.updateMs;
  for (;;) {
    try {
      const release = await lockfile.lock(dataDir, {
        lockfilePath: lockDir,
        realpath: false,
        stale: timing.staleMs,
        update: timing.updateMs,
        retries: 0,
        // The event loop held past `stale` (a very long query): say so rather than crash the server mid-write.
        onCompromised: (err) => dbLog.error(`[db] the PGlite folder lock ${lockDir} was compromised: ${err.message}`),
      });
      rmSync(path.join(dataDir, "waqai.lock"), { force: true }); // the pid file of the lock this one replaced
      writeFileSync(ownerFile(lockDir), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      let released = false;
      return {
        file: lockDir,
        async release() {
          if (released) return;
          released = true;
          rmSync(ownerFile(lockDir), { force: true });
          await release().catch(() => undefined);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
      const age = heartbeatAge(lockDir);
      if (age === null) continue; // released just now: try again
      if (age < timing.updateMs * 2 || Date.now() > deadline) throw new DataDirLockedError(path.resolve(dataDir), holderPid(lockDir));
      await sleep(Math.min(1000, timing.updateMs));
    }
  }
}
