import { and, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { EditableKind, EditorialStatus, Role } from "@waqai/schema";
import type { Db } from "../client";
import { auditLog, eventQuantities, revisions } from "../tables";
import { sortKeyOf } from "../queries/event-map";
import { currentRow, diffSnapshots, KINDS, newId, snapshotOf } from "./registry";
import { afterWrite } from "./after-write";
import { RecordNotFoundError, VersionConflictError, WorkflowError } from "./errors";
import { EDITABLE_STATUSES, moveRefusal, NOT_EDITABLE, OWN_EDIT_REFUSAL } from "./workflow";

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

export type RevisionAction = "create" | "edit" | "status" | "restore" | "merge";
const CONTENT_ACTIONS: RevisionAction[] = ["create", "edit", "restore", "merge"];

type Row = Record<string, unknown>;
const tx$ = (db: Db, fn: (tx: Db) => Promise<unknown>) => db.transaction((tx) => fn(tx as unknown as Db));

async function writeRevision(db: Db, kind: EditableKind, row: Row, actor: EditorActor, action: RevisionAction, summary: string) {
  await db.insert(revisions).values({
    entityKind: kind,
    entityId: String(row.id),
    version: Number(row.version),
    snapshot: await snapshotOf(db, kind, row),
    author: actor.id,
    action,
    summary,
    tokenId: actor.tokenId ?? null,
  });
}

/** Events order by a padded date key; keep it in step with the dates. */
async function syncSortKey(db: Db, kind: EditableKind, row: Row) {
  if (kind !== "event") return;
  const key = sortKeyOf((row.dateStart ?? row.dateEnd ?? undefined) as string | undefined);
  if (key !== row.sortKey) await db.execute(sql`update events set sort_key = ${key} where id = ${String(row.id)}`);
}

/** What changed between the base version and now, read from the revisions. */
export async function conflictOf(db: Db, kind: EditableKind, id: string, baseVersion: number, current: Row): Promise<VersionConflictError> {
  const rows = await db
    .select({ version: revisions.version, snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.entityKind, kind), eq(revisions.entityId, id), inArray(revisions.version, [baseVersion, Number(current.version)])));
  const base = (rows.find((r) => r.version === baseVersion)?.snapshot ?? {}) as Row;
  const now = (rows.find((r) => r.version === Number(current.version))?.snapshot ?? (await snapshotOf(db, kind, current))) as Row;
  const changed = diffSnapshots(base, now).map((c) => ({ field: c.field, base: c.from, current: c.to }));
  return new VersionConflictError({ kind, id, baseVersion, currentVersion: Number(current.version), changed });
}

export async function createRecord(db: Db, kind: EditableKind, fields: Row, actor: EditorActor, summary?: string) {
  const { table, prefix } = KINDS[kind];
  const id = newId(prefix);
  let created: Row | undefined;
  await tx$(db, async (tx) => {
    const values = { ...fields, id, status: "draft", version: 1, ...(kind === "event" ? { sortKey: sortKeyOf((fields.dateStart ?? fields.dateEnd) as string | undefined) } : {}) };
    [created] = (await tx.insert(table as PgTable).values(values as never).returning()) as Row[];
    await writeRevision(tx, kind, created!, actor, "create", summary ?? "Created");
  });
  await afterWrite(db, [{ kind, id }]);
  return { id, version: 1 };
}

/** Stored and patched values compared as the JSON a revision keeps (arrays, numbers, null). */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Compare-and-set: the row changes only if it is still at baseVersion; otherwise CONFLICT with what changed.
 * Only the fields the patch names are written, and of those only the ones whose value differs: a patch
 * that changes nothing writes nothing (same version, no revision). `changed` says which fields moved.
 *
 * `opts.derived`: a recomputation that follows from another edit (dates re-resolved after a document's
 * publication date changed) applies whatever the record's status, still under compare-and-set.
 */
export async function updateRecord(
  db: Db,
  kind: EditableKind,
  id: string,
  baseVersion: number,
  patch: Row,
  actor: EditorActor,
  summary?: string,
  action: RevisionAction = "edit",
  opts: { derived?: boolean; /** More of the same edit, in its transaction, before the revision is written. */ alsoChange?: (tx: Db) => Promise<void> } = {},
) {
  const { table } = KINDS[kind];
  const named = Object.entries(patch).filter(([, v]) => v !== undefined);
  let version = baseVersion;
  let changed: string[] = [];
  await tx$(db, async (tx) => {
    const [current] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for("update")) as Row[];
    if (!current || Number(current.version) !== baseVersion || (!opts.derived && !EDITABLE_STATUSES.includes(current.status as EditorialStatus))) {
      throw await refusal(tx, kind, id, baseVersion);
    }
    const set = Object.fromEntries(named.filter(([k, v]) => !sameValue(current[k], v)));
    changed = Object.keys(set);
    if (!changed.length && !opts.alsoChange) return;
    const [row] = (await tx
      .update(table as PgTable)
      .set({ ...set, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
      .where(and(eq(table.id, id), eq(table.version, baseVersion)))
      .returning()) as Row[];
    if (!row) throw await refusal(tx, kind, id, baseVersion);
    await syncSortKey(tx, kind, row);
    if (opts.alsoChange) await opts.alsoChange(tx);
    await writeRevision(tx, kind, row, actor, action, summary ?? `Edited ${changed.join(", ")}`);
    version = Number(row.version);
  });
  if (version !== baseVersion) await afterWrite(db, [{ kind, id, fields: changed }]);
  return { id, version, changed };
}

/** Why a compare-and-set matched no row: missing, stale, or not editable in its status. */
async function refusal(db: Db, kind: EditableKind, id: string, baseVersion: number): Promise<Error> {
  const current = await currentRow(db, kind, id);
  if (!current) return new RecordNotFoundError(kind, id);
  if (Number(current.version) !== baseVersion) return conflictOf(db, kind, id, baseVersion, current);
  return new WorkflowError("PRECONDITION_FAILED", NOT_EDITABLE);
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

/** Why a status move would be refused, or null; used by setStatus and by the bulk preview. */
export async function statusRefusal(db: Db, kind: EditableKind, row: Row, to: EditorialStatus, actor: EditorActor) {
  const refusal = moveRefusal(actor.role, row.status as EditorialStatus, to);
  if (refusal) return new WorkflowError("FORBIDDEN", refusal);
  if (to === "published" && (await lastEditor(db, kind, String(row.id))) === actor.id) return new WorkflowError("FORBIDDEN", OWN_EDIT_REFUSAL);
  return null;
}

export async function setStatus(db: Db, kind: EditableKind, id: string, baseVersion: number, to: EditorialStatus, actor: EditorActor, summary?: string) {
  const { table } = KINDS[kind];
  let version = 0;
  await tx$(db, async (tx) => {
    const current = await currentRow(tx, kind, id);
    if (!current) throw new RecordNotFoundError(kind, id);
    if (Number(current.version) !== baseVersion) throw await conflictOf(tx, kind, id, baseVersion, current);
    const refused = await statusRefusal(tx, kind, current, to, actor);
    if (refused) throw refused;
    const [row] = (await tx
      .update(table as PgTable)
      .set({ status: to, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
      .where(and(eq(table.id, id), eq(table.version, baseVersion)))
      .returning()) as Row[];
    if (!row) throw await refusal(tx, kind, id, baseVersion);
    await writeRevision(tx, kind, row, actor, "status", summary ?? `${String(current.status)} → ${to}`);
    if (to === "published" || to === "retracted") {
      await tx.insert(auditLog).values({ action: to === "published" ? "publish" : "retract", actorUserId: actor.id, actorEmail: actor.email, ip: actor.ip, userAgent: actor.userAgent, targetKind: kind, targetId: id, tokenId: actor.tokenId ?? null });
    }
    version = Number(row.version);
  });
  await afterWrite(db, [{ kind, id, fields: ["status"] }]);
  return { id, version };
}

/** A figure belongs to its event: adding one is an edit of the event, under the event's version. */
export async function addFigure(db: Db, eventId: string, baseVersion: number, figure: Row, actor: EditorActor) {
  const { table } = KINDS.event;
  const figureId = newId("fig");
  let version = 0;
  await tx$(db, async (tx) => {
    const [row] = (await tx
      .update(table as PgTable)
      .set({ version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
      .where(and(eq(table.id, eventId), eq(table.version, baseVersion), inArray(table.status, [...EDITABLE_STATUSES])))
      .returning()) as Row[];
    if (!row) throw await refusal(tx, "event", eventId, baseVersion);
    const [last] = await tx.select({ n: max(eventQuantities.ordinal) }).from(eventQuantities).where(eq(eventQuantities.eventId, eventId));
    await tx.insert(eventQuantities).values({ ...(figure as object), id: figureId, eventId, ordinal: (last?.n ?? 0) + 1 } as never);
    await writeRevision(tx, "event", row, actor, "edit", `Added figure «${String(figure.words)}»`);
    version = Number(row.version);
  });
  await afterWrite(db, [{ kind: "event", id: eventId }]);
  return { id: eventId, figureId, version };
}

export { writeRevision };
