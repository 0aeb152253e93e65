import { COUNT_CAP } from "@waqai/schema";
import { eq, sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../client";
import { outbox, type OutboxTopic, type RecordWritten } from "../tables";

// The outbox's storage: rows written with the records they are about, claimed under a lease, deleted when done,
// backed off when not. What the work is lives in after-write.ts; who polls, in outbox-worker.ts.

/** How long a claim holds a row: work cut short by a dead process is taken up by another after this. */
export const LEASE_SECONDS = 60;
/** The longest wait between two attempts at a failing row (it doubles from 1 s up to this). */
const MAX_BACKOFF_SECONDS = 600;

export interface OutboxWork {
  id: number;
  topic: OutboxTopic;
  written: RecordWritten[];
  /** Including the one under way. */
  attempts: number;
}

/**
 * Inside a write's transaction: its post-commit work. The search row starts leased, since the writing process
 * does it itself right after the commit (the editor's answer waits for it); the worker takes it only if that
 * process died first. The notify row is due at once, for whichever process tells the readers.
 */
export async function enqueueWritten(tx: Db, written: RecordWritten[]): Promise<number[]> {
  const rows = await tx
    .insert(outbox)
    .values([
      { topic: "search", written, runAfter: sql`now() + make_interval(secs => ${LEASE_SECONDS})` },
      { topic: "notify", written },
    ])
    .returning({ id: outbox.id });
  return rows.map((r) => Number(r.id));
}

async function claim(db: Db, which: SQL, limit: number): Promise<OutboxWork[]> {
  // SKIP LOCKED: two processes claiming at once take different rows; the lease keeps a row from a second claim.
  const rows = await queryRows<{ id: string | number; topic: OutboxTopic; written: RecordWritten[]; attempts: number }>(
    db,
    sql`update ${outbox} set run_after = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
        where id in (select id from ${outbox} where ${which} order by run_after, id limit ${limit} for update skip locked)
        returning id, topic, written, attempts`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The writer's own rows, by id, whatever their lease (it is the one that holds it). */
export function claimOwn(db: Db, ids: number[], topic: OutboxTopic): Promise<OutboxWork[]> {
  return claim(db, sql`id = any(${`{${ids.join(",")}}`}::bigint[]) and topic = ${topic}`, ids.length);
}

/** Rows whose time has come (new, failed and backed off, or leased by a process that did not finish). */
export function claimDue(db: Db, limit: number): Promise<OutboxWork[]> {
  return claim(db, sql`run_after <= now()`, limit);
}

export async function finishWork(db: Db, work: OutboxWork): Promise<void> {
  await db.delete(outbox).where(eq(outbox.id, work.id));
}

/** Back off a failed row: 1, 2, 4 … seconds after its attempts, at most MAX_BACKOFF_SECONDS; it is never dropped. */
export async function failWork(db: Db, work: OutboxWork, error: string): Promise<void> {
  const wait = Math.min(2 ** (work.attempts - 1), MAX_BACKOFF_SECONDS);
  await db
    .update(outbox)
    .set({ runAfter: sql`now() + make_interval(secs => ${wait})`, lastError: error.slice(0, 1000) })
    .where(eq(outbox.id, work.id));
}

/**
 * How much post-commit work waits (counted up to COUNT_CAP, like every count), how much of it has failed, and the
 * age of the oldest row (by id, which follows creation): health and the deployment docs read it.
 */
export async function outboxBacklog(db: Db): Promise<{ waiting: number; failing: number; oldestSeconds: number | null }> {
  const [row] = await queryRows<{ waiting: number; failing: number; oldest: number | null }>(
    db,
    sql`select (select count(*) from (select 1 from ${outbox} limit ${COUNT_CAP}) w)::int as waiting,
               (select count(*) from (select 1 from ${outbox} where last_error is not null limit ${COUNT_CAP}) f)::int as failing,
               (select extract(epoch from now() - created_at) from ${outbox} order by id limit 1)::float8 as oldest`,
  );
  return { waiting: row?.waiting ?? 0, failing: row?.failing ?? 0, oldestSeconds: row?.oldest ?? null };
}
