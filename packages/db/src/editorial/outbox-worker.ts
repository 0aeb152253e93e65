import { dbLog } from "../log";
import type { Db } from "../client";
import { doWork, onWorkQueued } from "./after-write";
import { claimDue } from "./outbox";

export interface OutboxWorker {
  /** Claims and does every due row now; resolves when none is left (rows that failed wait for their backoff). */
  drain(): Promise<void>;
  /** Stops polling and waits for the work under way. */
  stop(): Promise<void>;
}

/**
 * The process that tells the readers: it polls the outbox every `pollMs` and whenever a write in this process
 * queued work. Any number of processes may run one on one PostgreSQL; a row is done by one of them. Run by the
 * API (every replica), not by scripts and tests that write without readers to tell.
 */
export function startOutboxWorker(db: Db, { pollMs = 1000, batch = 20 }: { pollMs?: number; batch?: number } = {}): OutboxWorker {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function loop() {
    do {
      again = false;
      for (;;) {
        const claimed = await claimDue(db, batch);
        for (const work of claimed) await doWork(db, work);
        if (claimed.length < batch) break;
      }
    } while (again && !stopped);
  }

  function drain(): Promise<void> {
    if (running) {
      again = true; // a commit came in mid-drain: go round once more
      return running;
    }
    running = loop()
      .catch((err: Error) => dbLog.warn(`[db] outbox poll failed, next poll retries: ${err.message}`))
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => void drain(), pollMs);
  timer.unref();
  const unsubscribe = onWorkQueued(() => void drain());
  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
