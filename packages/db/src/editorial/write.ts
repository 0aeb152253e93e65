import { createHash } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { FIELDS_BY_KIND, type EditableKind, type EditorialStatus, type Role } from "@waqai/schema";
import type { Db } from "../client";
import { pendingChanges, revisions } from "../tables";
import { sortKeyOf } from "../mapping/events";
import { withEventWindow } from "./event-window";
import { diffSnapshots, KINDS, newId, sameValue, snapshotOf } from "./registry";
import { withWriteTx, type RecordWritten } from "./after-write";
import { IdempotencyKeyReusedError, RecordNotFoundError, VersionConflictError, WorkflowError } from "./errors";
import { EDITABLE_STATUSES, NOT_EDITABLE } from "./workflow";
import { headSnapshot, loadHead, type Head } from "./head";
import { restoreEventParts, type EventPartsLists } from "./event-parts-store";

/** Who is writing: every write path (API, script) names one. */
export interface EditorActor {
  id: string;
  email?: string;
  role: Role;
  ip?: string;
  userAgent?: string;
  /** The API token the write came through (null/absent for the admin panel's session): recorded with the revision. */
  tokenId?: string | null;
}

/**
 * create/edit/restore/merge change content; `propose` is an edit of a published record kept beside it;
 * `accept` applies those to the live record, `discard` drops them; `status` is a workflow move.
 */
export type RevisionAction = "create" | "edit" | "status" | "restore" | "merge" | "propose" | "accept" | "discard" | "undo";
const CONTENT_ACTIONS: RevisionAction[] = ["create", "edit", "restore", "merge", "propose", "undo"];

type Row = Record<string, unknown>;

export interface RevisionEntry {
  kind: EditableKind;
  id: string;
  version: number;
  snapshot: Row;
  action: RevisionAction;
  summary: string;
  actor: EditorActor;
}

export async function writeRevision(db: Db, entry: RevisionEntry) {
  const { actor } = entry;
  await db.insert(revisions).values({
    entityKind: entry.kind,
    entityId: entry.id,
    version: entry.version,
    snapshot: entry.snapshot,
    author: actor.id,
    action: entry.action,
    summary: entry.summary,
    tokenId: actor.tokenId ?? null,
  });
}

export interface HeadRevision {
  kind: EditableKind;
  /** The record's head after the write: its version and snapshot are what the revision keeps. */
  head: Head;
  actor: EditorActor;
  action: RevisionAction;
  summary: string;
}

/** The head's state after a write, as its revision keeps it. */
export async function recordRevision(tx: Db, { kind, head, actor, action, summary }: HeadRevision) {
  await writeRevision(tx, { kind, id: String(head.row.id), version: head.version, snapshot: await headSnapshot(tx, kind, head), action, summary, actor });
}

/** Events order by a padded date key; keep it in step with the dates. */
async function syncSortKey(db: Db, kind: EditableKind, row: Row) {
  if (kind !== "event") return;
  const key = sortKeyOf((row.dateStart ?? row.dateEnd ?? row.dateEarliest ?? undefined) as string | undefined);
  if (key !== row.sortKey) await db.execute(sql`update events set sort_key = ${key} where id = ${String(row.id)}`);
}

/** What changed between the base version and the head, read from the revisions. */
export async function conflictOf(db: Db, kind: EditableKind, id: string, baseVersion: number, head: Head): Promise<VersionConflictError> {
  const rows = await db
    .select({ version: revisions.version, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id), inArray(revisions.version, [baseVersion, head.version])));
  const base = (rows.find((r) => r.version === baseVersion)?.snapshot ?? {}) as Row;
  const now = (rows.find((r) => r.version === head.version)?.snapshot ?? (await headSnapshot(db, kind, head))) as Row;
  const changed = diffSnapshots(base, now).map((c) => ({ field: c.field, base: c.from, current: c.to }));
  return new VersionConflictError({ kind, id, baseVersion, currentVersion: head.version, changed });
}

/** The record at its head, locked for this write, or the reason it cannot be written from baseVersion. */
export async function lockedHead(tx: Db, kind: EditableKind, id: string, baseVersion: number): Promise<Head> {
  const head = await loadHead(tx, kind, id, true);
  if (!head) throw new RecordNotFoundError(kind, id);
  if (head.version !== baseVersion) throw await conflictOf(tx, kind, id, baseVersion, head);
  return head;
}

/**
 * A record's id when its create carries an Idempotency-Key: derived from the caller, the kind and the
 * key, so a retry of a create whose answer was lost (the process died after the commit) finds the row
 * its first attempt made, atomically, by primary key, with no table of keys to keep in step.
 */
export function idempotentId(prefix: string, actor: EditorActor, kind: EditableKind, key: string): string {
  return `${prefix}-${createHash("sha256").update(`${actor.id}\n${kind}\n${key}`).digest("hex").slice(0, 10)}`;
}

/** A record as the caller read it: a write to it is compare-and-set on this head version. */
export interface RecordAtVersion {
  kind: EditableKind;
  id: string;
  /** The head version the caller read; any other head is a VersionConflictError. */
  baseVersion: number;
}

export interface NewRecord {
  kind: EditableKind;
  fields: Row;
  actor: EditorActor;
  /** The revision summary; default "Created". */
  summary?: string;
  /** Keeps a known id (a gazetteer place or lexicon actor adopted under its own id). */
  id?: string;
  /** The request's Idempotency-Key: the id is derived from it, and a replay answers the first create. */
  idempotencyKey?: string;
}

/** A new draft at version 1, with its first revision. */
export async function createRecord(db: Db, { kind, fields, actor, summary, id: knownId, idempotencyKey }: NewRecord) {
  const { table, prefix } = KINDS[kind];
  const id = idempotencyKey ? idempotentId(prefix, actor, kind, idempotencyKey) : (knownId ?? newId(prefix));
  const made = await withWriteTx(db, async (tx, wrote) => {
    const { id: _ignored, ...fromCaller } = fields;
    const given = kind === "event" ? withEventWindow({}, fromCaller) : fromCaller;
    const values = {
      ...given,
      id,
      status: "draft",
      version: 1,
      ...(kind === "event" ? { sortKey: sortKeyOf((given.dateStart ?? given.dateEnd ?? given.dateEarliest ?? undefined) as string | undefined) } : {}),
    };
    const insert = tx.insert(table).values(values as never);
    const [created] = (await (idempotencyKey ? insert.onConflictDoNothing().returning() : insert.returning())) as Row[];
    if (!created) return false;
    await writeRevision(tx, { kind, id, version: 1, snapshot: await snapshotOf(tx, kind, created), action: "create", summary: summary ?? "Created", actor });
    wrote([{ kind, id }]);
    return true;
  });
  if (!made) await sameCreate(db, kind, id, fields, actor);
  return { id, version: 1 };
}

/** A replayed create answers the first one's result only if it is the same request by the same caller. */
async function sameCreate(db: Db, kind: EditableKind, id: string, fields: Row, actor: EditorActor) {
  const [first] = await db
    .select({ author: revisions.author, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id), eq(revisions.version, 1)));
  const snapshot = (first?.snapshot ?? {}) as Row;
  const same = first?.author === actor.id && Object.entries(fields).every(([k, v]) => k === "id" || !(k in snapshot) || sameValue(snapshot[k], v));
  if (!same) throw new IdempotencyKeyReusedError(kind);
}

/** A change of a record's content: field values, and for an event its parts as whole lists computed from the head's. */
export interface ContentChange {
  fields?: Row;
  parts?: (current: Required<EventPartsLists>) => EventPartsLists | Promise<EventPartsLists>;
}

export interface ContentOptions {
  action?: RevisionAction;
  /** The revision summary, from the names of what changed; default "Edited a, b". */
  summary?: (changed: string[]) => string;
  /** A recomputation that follows from another edit (dates re-resolved after a document's publication date changed): applies to the live row whatever its status. */
  derived?: boolean;
  /** Other records whose pages change when this one's live record does (an event's related events). */
  alsoTouched?: () => RecordWritten[];
}

export interface ContentWrite extends RecordAtVersion, ContentChange, ContentOptions {
  actor: EditorActor;
}

export interface ContentWritten {
  id: string;
  version: number;
  /** The fields (and event parts) whose value changed; empty when the change held what was there already. */
  changed: string[];
  /** True when the change went into the pending changes of a published record, not to what readers see. */
  pending: boolean;
}

const partsOf = (snap: Row): Required<EventPartsLists> => ({
  figures: (snap.figures as EventPartsLists["figures"]) ?? [],
  participants: (snap.participants as EventPartsLists["participants"]) ?? [],
  relations: (snap.relations as EventPartsLists["relations"]) ?? [],
  places: (snap.places as EventPartsLists["places"]) ?? [],
});

/**
 * The one content-write path, under compare-and-set on the head version. A draft or a record in review
 * is changed in place; a published one gets pending changes beside it (readers keep the live record
 * until a reviewer accepts); a retracted one is refused. Only values that differ from the head are
 * written; a change that differs in nothing writes nothing (same version, no revision).
 */
export async function writeContent(db: Db, params: ContentWrite): Promise<ContentWritten> {
  const { kind, id, baseVersion, actor } = params;
  const out: ContentWritten = { id, version: baseVersion, changed: [], pending: false };
  await withWriteTx(db, async (tx, wrote) => {
    const head = await lockedHead(tx, kind, id, baseVersion);
    const status = head.row.status as EditorialStatus;
    const toPending = !params.derived && status === "published";
    if (!params.derived && !toPending && !EDITABLE_STATUSES.includes(status)) throw new WorkflowError("PRECONDITION_FAILED", NOT_EDITABLE);
    const current = await headSnapshot(tx, kind, head);
    const asked = Object.fromEntries(Object.entries(params.fields ?? {}).filter(([, v]) => v !== undefined));
    const given = kind === "event" ? withEventWindow(current, asked) : asked;
    // In the kind's field order (a derived window lands beside the date), as the revision summary names them.
    const order = Object.keys(FIELDS_BY_KIND[kind].shape);
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    const fields = Object.fromEntries(
      Object.entries(given)
        .filter(([k, v]) => !sameValue(current[k], v))
        .sort(([a], [b]) => rank(a) - rank(b)),
    );
    const newParts = params.parts ? await params.parts(partsOf(current)) : {};
    const parts = Object.fromEntries(Object.entries(newParts).filter(([k, v]) => v !== undefined && !sameValue(current[k], v))) as EventPartsLists;
    out.changed = [...Object.keys(fields), ...Object.keys(parts)];
    if (!out.changed.length) return;
    const version = head.version + 1;
    if (toPending) {
      head.pending = await proposeChange(tx, kind, head, version, fields, parts, actor);
      out.pending = true;
    } else {
      const [row] = (await tx
        .update(KINDS[kind].table as PgTable)
        .set({ ...fields, version, updatedAt: sql`now()` })
        .where(eq(KINDS[kind].table.id, id))
        .returning()) as Row[];
      head.row = row!;
      if (Object.keys(parts).length) await restoreEventParts(tx, { eventId: id, parts });
      if (head.pending)
        await tx
          .update(pendingChanges)
          .set({ version })
          .where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, id)));
      await syncSortKey(tx, kind, row!);
      wrote([{ kind, id, fields: out.changed }, ...(params.alsoTouched?.() ?? [])]);
    }
    head.version = version;
    if (head.pending) head.pending = { ...head.pending, version };
    const summary = params.summary?.(out.changed) ?? `Edited ${out.changed.join(", ")}`;
    await recordRevision(tx, { kind, head, actor, action: toPending ? "propose" : (params.action ?? "edit"), summary });
    out.version = version;
  });
  return out;
}

/** Lays the changed values over the pending changes, keeping only what still differs from the live record. */
async function proposeChange(tx: Db, kind: EditableKind, head: Head, version: number, fields: Row, parts: EventPartsLists, actor: EditorActor) {
  const live = await snapshotOf(tx, kind, head.row);
  const differs = (o: Row) => Object.fromEntries(Object.entries(o).filter(([k, v]) => !sameValue(live[k], v)));
  const values = {
    fields: differs({ ...(head.pending?.fields ?? {}), ...fields }),
    parts: differs({ ...(head.pending?.parts ?? {}), ...parts }),
  };
  const row = {
    entityKind: kind,
    entityId: String(head.row.id),
    baseVersion: head.pending?.baseVersion ?? Number(head.row.version),
    version,
    fields: values.fields,
    parts: Object.keys(values.parts).length ? values.parts : null,
    state: head.pending?.state ?? "draft",
    createdBy: head.pending?.createdBy ?? actor.id,
  };
  const [saved] = await tx
    .insert(pendingChanges)
    .values(row)
    .onConflictDoUpdate({
      target: [pendingChanges.entityKind, pendingChanges.entityId],
      set: { version, fields: row.fields, parts: row.parts, updatedAt: sql`now()` },
    })
    .returning();
  return saved!;
}

export interface RecordUpdate extends RecordAtVersion {
  /** The fields to write, by name; a field left out keeps its value. */
  patch: Row;
  actor: EditorActor;
  /** The revision summary; default "Edited a, b". */
  summary?: string;
  /** Default "edit". */
  action?: RevisionAction;
  /** See ContentOptions.derived. */
  derived?: boolean;
}

/** An update of a record's fields (see writeContent). */
export async function updateRecord(db: Db, { kind, id, baseVersion, patch, actor, summary, action = "edit", derived }: RecordUpdate) {
  return writeContent(db, { kind, id, baseVersion, fields: patch, actor, action, derived, summary: summary ? () => summary : undefined });
}

/** The author of the last content change (not a status move), who may not publish it themselves. */
export async function lastEditor(db: Db, kind: EditableKind, id: string): Promise<string | undefined> {
  const [last] = await db
    .select({ author: revisions.author })
    .from(revisions)
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id), inArray(revisions.action, CONTENT_ACTIONS)))
    .orderBy(desc(revisions.version))
    .limit(1);
  return last?.author;
}

/**
 * Everyone who changed the content since the record was last published (or since it was made): none of
 * them may publish it (four eyes). The last editor alone would let a colleague's small edit launder an
 * author's own work into something they may publish.
 */
export async function authorsSincePublished(db: Db, kind: EditableKind, id: string): Promise<Set<string>> {
  const rows = await db
    .select({ author: revisions.author })
    .from(revisions)
    .where(
      and(
        eq(revisions.entityKind, kind),
        eq(revisions.entityId, id),
        inArray(revisions.action, CONTENT_ACTIONS),
        sql`${revisions.version} > coalesce((select max(p.version) from revisions p where p.entity_kind = ${kind} and p.entity_id = ${id} and p.action in ('status', 'accept') and p.snapshot->>'status' = 'published'), 0)`,
      ),
    );
  return new Set(rows.map((r) => r.author));
}
