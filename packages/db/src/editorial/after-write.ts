import { eq } from "drizzle-orm";
import { withTx, type Db } from "../client";
import { eventParticipants, events, type RecordWritten } from "../tables";
import { reindexSearch } from "../search/reindex";
import { dbLog } from "../log";
import type { SearchKindName } from "../search/entries";
import type { EditableKind } from "@waqai/schema";
import { claimOwn, enqueueWritten, failWork, finishWork, type OutboxWork } from "./outbox";

export type { RecordWritten } from "../tables";

// What follows a committed write, and how it is made durable: the write's transaction stores the work in the
// outbox (outbox.ts) with the records, the writing process then re-keys search itself before answering, and the
// readers are told by the outbox worker (outbox-worker.ts). A process that dies after the commit loses nothing.

// Events carry the names of their published place and participants in their search keys (search/reindex.ts).
const NAME_FIELDS = new Set(["nameAr", "nameEn", "variants", "status"]);
/** Told of committed writes; it throws when it could not do its part, and the outbox tries again later. */
export type WriteListener = (written: RecordWritten[]) => void | Promise<void>;

const listeners = new Set<WriteListener>();
const workQueued = new Set<() => void>();

/**
 * Lets the host react to committed writes (apps/api asks the readers to revalidate their cached pages). A
 * listener may be called more than once for one write (a retry after another listener failed): it must be
 * idempotent. Returns the unsubscribe function.
 */
export function onRecordsWritten(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The outbox worker's hook: called after each commit that queued work, so it need not wait for its next poll. */
export function onWorkQueued(kick: () => void): () => void {
  workQueued.add(kick);
  return () => workQueued.delete(kick);
}

const SEARCHABLE: Partial<Record<EditableKind, SearchKindName>> = {
  event: "event",
  document: "document",
  actor: "actor",
  place: "place",
  dispute: "dispute",
  issue: "issue",
};

async function mentioningEvents(db: Db, kind: "place" | "actor", id: string): Promise<string[]> {
  const rows =
    kind === "place"
      ? await db.select({ id: events.id }).from(events).where(eq(events.placeId, id))
      : await db.selectDistinct({ id: eventParticipants.eventId }).from(eventParticipants).where(eq(eventParticipants.actorId, id));
  return rows.map((r) => r.id);
}

/** Refresh the search entries of what changed: their text, and their status, which decides visibility. */
async function reindexWritten(db: Db, written: RecordWritten[]) {
  for (const w of written) {
    const kind = SEARCHABLE[w.kind];
    if (kind) await reindexSearch(db, { kinds: [kind], ids: [w.id] });
    // An event is found by its place's and participants' names too: renaming, publishing or retracting one re-keys them.
    if ((w.kind === "place" || w.kind === "actor") && (!w.fields || w.fields.some((f) => NAME_FIELDS.has(f)))) {
      const events = await mentioningEvents(db, w.kind, w.id);
      if (events.length) await reindexSearch(db, { kinds: ["event"], ids: events });
    }
  }
}

/** Every listener is told, even after one fails; then the failures are thrown together, so the row is retried. */
async function notifyListeners(written: RecordWritten[]) {
  const failures: string[] = [];
  for (const l of listeners) {
    try {
      await l(written);
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  if (failures.length) throw new Error(failures.join("; "));
}

/** Does one claimed row's work, then deletes it; a failure is logged and the row backed off, never thrown. */
export async function doWork(db: Db, work: OutboxWork): Promise<boolean> {
  try {
    if (work.topic === "search") await reindexWritten(db, work.written);
    else await notifyListeners(work.written);
    await finishWork(db, work);
    return true;
  } catch (err) {
    const message = (err as Error).message;
    dbLog.warn(`[db] post-commit ${work.topic} work ${work.id} failed (attempt ${work.attempts}), retried later: ${message}`);
    await failWork(db, work, message);
    return false;
  }
}

/**
 * A write's transaction, with what it wrote made durable: `fn` names the records it touched with `wrote`, the
 * transaction stores the post-commit work for them beside them, and once it has committed the search entries
 * are re-keyed before this returns (so the editor's next search finds the change) and the outbox worker, if this
 * process runs one, is woken to tell the readers.
 */
export async function withWriteTx<T>(db: Db, fn: (tx: Db, wrote: (records: RecordWritten[]) => void) => Promise<T>): Promise<T> {
  const written: RecordWritten[] = [];
  let queued: number[] = [];
  const result = await withTx(db, async (tx) => {
    const out = await fn(tx, (records) => written.push(...records));
    if (written.length) queued = await enqueueWritten(tx, written);
    return out;
  });
  if (queued.length) {
    for (const work of await claimOwn(db, queued, "search")) await doWork(db, work);
    for (const kick of workQueued) kick();
  }
  return result;
}
