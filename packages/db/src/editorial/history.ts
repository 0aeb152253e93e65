import { and, asc, count, desc, eq, gt, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { FIELDS_BY_KIND, type EditableKind, type EditorialStatus } from "@waqai/schema";
import type { Db } from "../client";
import { apiTokens, pendingChanges, revisions, users } from "../tables";
import { diffSnapshots, EVENT_PARTS, KINDS, sameValue } from "./registry";
import { RecordNotFoundError, VersionConflictError } from "./errors";
import { headRow, headSnapshot, loadHead } from "./head";
import { writeContent, type EditorActor, type RecordAtVersion } from "./write";
import type { EventPartsLists } from "./event-parts-store";

export async function historyOf(db: Db, kind: EditableKind, id: string) {
  const rows = await db
    .select({
      version: revisions.version,
      action: revisions.action,
      author: revisions.author,
      authorEmail: users.email,
      summary: revisions.summary,
      createdAt: revisions.createdAt,
      tokenId: revisions.tokenId,
      tokenPrefix: apiTokens.prefix,
      tokenName: apiTokens.name,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.author))
    .leftJoin(apiTokens, eq(apiTokens.id, revisions.tokenId))
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id)))
    .orderBy(desc(revisions.version));
  if (rows.length === 0 && !(await loadHead(db, kind, id))) throw new RecordNotFoundError(kind, id);
  return rows.map(({ tokenId, tokenPrefix, tokenName, ...r }) => ({
    ...r,
    authorEmail: r.authorEmail ?? null,
    createdAt: new Date(r.createdAt).toISOString(),
    token: tokenId ? { id: tokenId, prefix: tokenPrefix ?? "", name: tokenName ?? "" } : null,
  }));
}

async function snapshotAt(db: Db, kind: EditableKind, id: string, version: number) {
  const [row] = await db
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id), eq(revisions.version, version)));
  if (!row) throw new RecordNotFoundError(`${kind} revision`, `${id}@${version}`);
  return row.snapshot as Record<string, unknown>;
}

export async function diffRevisions(db: Db, kind: EditableKind, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([snapshotAt(db, kind, id, from), snapshotAt(db, kind, id, to)]);
  return diffSnapshots(a, b);
}

const editableFields = (kind: EditableKind) => Object.keys(FIELDS_BY_KIND[kind].shape);
const partsIn = (snap: Record<string, unknown>): EventPartsLists =>
  Object.fromEntries(EVENT_PARTS.filter((p) => Array.isArray(snap[p])).map((p) => [p, snap[p]]));

export interface RevisionRestore extends RecordAtVersion {
  /** The revision whose content comes back. */
  version: number;
  actor: EditorActor;
}

/**
 * Restoring writes the old field values (and an event's figures, participants, relations) as a new
 * revision; history only grows. On a published record the restore waits for review like any edit.
 */
export async function restoreRevision(db: Db, { kind, id, version, baseVersion, actor }: RevisionRestore) {
  const snap = await snapshotAt(db, kind, id, version);
  const fields = Object.fromEntries(
    editableFields(kind)
      .filter((k) => k in snap)
      .map((k) => [k, snap[k]]),
  );
  return writeContent(db, {
    kind,
    id,
    baseVersion,
    fields,
    parts: kind === "event" ? () => partsIn(snap) : undefined,
    actor,
    action: "restore",
    summary: () => `Restored version ${version}`,
  });
}

export interface RevisionUndo extends RecordAtVersion {
  /** The revision whose edit is undone. */
  version: number;
  actor: EditorActor;
}

/**
 * Undoes one edit (MediaWiki's "undo"): the fields that version changed go back to what they were
 * before it, provided nobody changed them again since; otherwise CONFLICT naming them.
 */
export async function undoRevision(db: Db, { kind, id, version, baseVersion, actor }: RevisionUndo) {
  if (version < 2) throw new RecordNotFoundError(`${kind} revision`, `${id}@${version - 1}`);
  const [before, after] = await Promise.all([snapshotAt(db, kind, id, version - 1), snapshotAt(db, kind, id, version)]);
  const undoable = new Set([...editableFields(kind), ...(kind === "event" ? EVENT_PARTS : [])]);
  const edited = diffSnapshots(before, after).filter((c) => undoable.has(c.field));
  const head = await loadHead(db, kind, id);
  if (!head) throw new RecordNotFoundError(kind, id);
  const now = await headSnapshot(db, kind, head);
  const since = edited.filter((c) => !sameValue(now[c.field], after[c.field]));
  if (since.length) {
    throw new VersionConflictError({
      kind,
      id,
      baseVersion: version,
      currentVersion: head.version,
      changed: since.map((c) => ({ field: c.field, base: after[c.field] ?? null, current: now[c.field] ?? null })),
    });
  }
  const fields = Object.fromEntries(edited.filter((c) => !(EVENT_PARTS as readonly string[]).includes(c.field)).map((c) => [c.field, before[c.field] ?? null]));
  const parts = Object.fromEntries(
    edited.filter((c) => (EVENT_PARTS as readonly string[]).includes(c.field)).map((c) => [c.field, before[c.field] ?? []]),
  ) as EventPartsLists;
  return writeContent(db, {
    kind,
    id,
    baseVersion,
    fields,
    parts: Object.keys(parts).length ? () => parts : undefined,
    actor,
    action: "undo",
    summary: (changed) => `Undid version ${version} (${changed.join(", ")})`,
  });
}

/** A record as its editors see it: the head (pending changes of a published record laid over it), with what is pending. */
export async function editableRecord(db: Db, kind: EditableKind, id: string) {
  const head = await loadHead(db, kind, id);
  if (!head) throw new RecordNotFoundError(kind, id);
  const row = headRow(head);
  const fields = Object.fromEntries(editableFields(kind).map((k) => [k, row[k] ?? null]));
  const p = head.pending;
  return {
    kind,
    id,
    status: head.row.status as EditorialStatus,
    version: head.version,
    fields,
    pending: p
      ? {
          state: p.state as "draft",
          baseVersion: p.baseVersion,
          liveVersion: Number(head.row.version),
          fields: [...Object.keys(p.fields), ...Object.keys(p.parts ?? {})],
          updatedAt: new Date(p.updatedAt).toISOString(),
        }
      : null,
  };
}

export interface RecordListParams {
  kind: EditableKind;
  status?: EditorialStatus;
  q?: string;
  sort: "updated_desc" | "updated_asc" | "id_asc";
  limit: number;
  offset: number;
  updatedSince?: string;
}

/** Editor lists: every status, filtered, sorted, offset-paginated with a total for "page N of M"; versions are head versions. */
export async function listRecords(db: Db, p: RecordListParams) {
  const { table, label } = KINDS[p.kind];
  const conds: SQL[] = [];
  if (p.status) conds.push(inArray(table.status, [p.status]));
  if (p.updatedSince) conds.push(gt(table.updatedAt, new Date(p.updatedSince)));
  if (p.q) conds.push(ilike(label, `%${p.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const where = conds.length ? and(...conds) : undefined;
  const order =
    p.sort === "id_asc" ? [asc(table.id)] : p.sort === "updated_asc" ? [asc(table.updatedAt), asc(table.id)] : [desc(table.updatedAt), asc(table.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: table.id,
        label,
        status: table.status,
        version: sql<number>`coalesce(${pendingChanges.version}, ${table.version})`,
        pending: pendingChanges.state,
        updatedAt: table.updatedAt,
      })
      .from(table as PgTable)
      .leftJoin(pendingChanges, and(eq(pendingChanges.entityKind, p.kind), eq(pendingChanges.entityId, table.id)))
      .where(where)
      .orderBy(...order)
      .limit(p.limit)
      .offset(p.offset),
    // Counted up to a bound: "page N of M" needs M only while it is small, and a count of the whole archive is a scan.
    db.select({ n: count() }).from(
      db
        .select({ one: sql`1` })
        .from(table as PgTable)
        .where(where)
        .limit(LIST_COUNT_CAP + 1)
        .as("capped"),
    ),
  ]);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      label: String(r.label ?? r.id),
      status: r.status as EditorialStatus,
      version: Number(r.version),
      pending: (r.pending as "draft" | "in_review" | null) ?? null,
      updatedAt: new Date(r.updatedAt as Date).toISOString(),
    })),
    total: Math.min(total?.n ?? 0, LIST_COUNT_CAP + 1),
    /** More than LIST_COUNT_CAP: `total` is LIST_COUNT_CAP + 1 and means "more than that". */
    totalCapped: (total?.n ?? 0) > LIST_COUNT_CAP,
  };
}

/** The most an editor list counts (see listRecords). */
export const LIST_COUNT_CAP = 10_000;
