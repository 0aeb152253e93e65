import { sql } from "drizzle-orm";
import { queryRows, type Db } from "./client";

// A PostgreSQL streaming replica serves the public's reads (apps/api: DATABASE_READ_URL). Its lag is handled
// where it would show: the readers are told to re-render a written record only once the replica has replayed
// the write, so no page is rebuilt from data older than what the editor just saw.

/** How often the replica's replay position is read while waiting. */
const POLL_MS = 20;

/**
 * Waits until the replica has replayed everything the primary had written when this was called (its WAL
 * position then), up to `timeoutMs`. Returns how long it waited, or throws naming the lag when the replica did not
 * catch up in time (the outbox then tries the same work again later).
 */
export async function replicaCaughtUp(primary: Db, replica: Db, timeoutMs = 5000): Promise<number> {
  const [{ lsn } = { lsn: "" }] = await queryRows<{ lsn: string }>(primary, sql`select pg_current_wal_lsn()::text as lsn`);
  const started = Date.now();
  for (;;) {
    const [row] = await queryRows<{ reached: boolean | null }>(replica, sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as reached`);
    // null: not a standby (the "replica" is a primary itself, as in a test or a misconfiguration): it has everything.
    if (row?.reached !== false) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the read replica has not replayed ${lsn} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
