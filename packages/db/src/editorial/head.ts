import { and, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { EditableKind } from "@waqai/schema";
import type { Db } from "../client";
import { pendingChanges } from "../tables";
import { KINDS, snapshotOf } from "./registry";

type Row = Record<string, unknown>;
export type PendingRow = typeof pendingChanges.$inferSelect;

/**
 * A record as editors see it: the live row (what readers read) and, for a published record, the pending
 * changes beside it. Its head version is the one every write names as its base: the pending changes'
 * version while there are some, the live row's otherwise. Revisions are numbered by head versions.
 */
export interface Head {
  row: Row;
  pending: PendingRow | null;
  version: number;
}

/** Reads (and, inside a write, locks) the live row and its pending changes. */
export async function loadHead(db: Db, kind: EditableKind, id: string, lock = false): Promise<Head | undefined> {
  const { table } = KINDS[kind];
  const rowQuery = db.select().from(table).where(eq(table.id, id));
  const [row] = (await (lock ? rowQuery.for("update") : rowQuery)) as Row[];
  if (!row) return undefined;
  const pendingQuery = db
    .select()
    .from(pendingChanges)
    .where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, id)));
  const [pending] = await (lock ? pendingQuery.for("update") : pendingQuery);
  return { row, pending: pending ?? null, version: pending?.version ?? Number(row.version) };
}

/** The head's content: the live snapshot with the pending fields and event parts laid over it. */
export async function headSnapshot(db: Db, kind: EditableKind, head: Head): Promise<Row> {
  const snap = await snapshotOf(db, kind, head.row);
  if (!head.pending) return snap;
  return { ...snap, ...head.pending.fields, ...(head.pending.parts ?? {}), version: head.version };
}

/** The head's field values (no event parts): what the editor's form shows. */
export function headRow(head: Head): Row {
  return head.pending ? { ...head.row, ...head.pending.fields } : head.row;
}

export interface LiveBump {
  kind: EditableKind;
  /** Moved on in place: its row, version and pending changes' version are the new ones after the call. */
  head: Head;
  /** Values the live row takes with the new version (a status, folded pending fields). */
  set?: Row;
}

/**
 * Moves the head on by one for a change of the live row that is not itself an edit of the pending changes
 * (a status move, a merge re-pointing a reference, a re-resolved date): the live row takes the next head
 * version, and pending changes, if any, follow so the head stays one number.
 */
export async function bumpLive(tx: Db, { kind, head, set = {} }: LiveBump): Promise<Row> {
  const { table } = KINDS[kind];
  const version = head.version + 1;
  const [row] = (await tx
    .update(table as PgTable)
    .set({ ...set, version, updatedAt: sql`now()` })
    .where(eq(table.id, String(head.row.id)))
    .returning()) as Row[];
  if (head.pending)
    await tx
      .update(pendingChanges)
      .set({ version })
      .where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, String(head.row.id))));
  head.row = row!;
  head.version = version;
  if (head.pending) head.pending = { ...head.pending, version };
  return row!;
}
