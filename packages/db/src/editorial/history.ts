import { and, asc, count, desc, eq, gt, ilike, inArray, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { FIELDS_BY_KIND, type EditableKind, type EditorialStatus } from "@waqai/schema";
import type { Db } from "../client";
import { apiTokens, revisions, users } from "../tables";
import { currentRow, diffSnapshots, KINDS } from "./registry";
import { RecordNotFoundError } from "./errors";
import { updateRecord, type EditorActor } from "./write";
import { restoreEventParts } from "./event-parts";

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
  if (rows.length === 0 && !(await currentRow(db, kind, id))) throw new RecordNotFoundError(kind, id);
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

/** Restoring writes the old field values (and an event's figures, participants, relations) as a new revision; history only grows. */
export async function restoreRevision(db: Db, kind: EditableKind, id: string, version: number, baseVersion: number, actor: EditorActor) {
  const snap = await snapshotAt(db, kind, id, version);
  const editable = Object.keys(FIELDS_BY_KIND[kind].shape);
  const patch = Object.fromEntries(editable.filter((k) => k in snap).map((k) => [k, snap[k]]));
  const alsoChange = kind === "event" ? (tx: Db) => restoreEventParts(tx, id, snap) : undefined;
  return updateRecord(db, kind, id, baseVersion, patch, actor, `Restored version ${version}`, "restore", { alsoChange });
}

export async function editableRecord(db: Db, kind: EditableKind, id: string) {
  const row = await currentRow(db, kind, id);
  if (!row) throw new RecordNotFoundError(kind, id);
  const editable = Object.keys(FIELDS_BY_KIND[kind].shape);
  const fields = Object.fromEntries(editable.map((k) => [k, row[k] ?? null]));
  return { kind, id, status: row.status as EditorialStatus, version: Number(row.version), fields };
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

/** Editor lists: every status, filtered, sorted, offset-paginated with a total for "page N of M". */
export async function listRecords(db: Db, p: RecordListParams) {
  const { table, label } = KINDS[p.kind];
  const conds: SQL[] = [];
  if (p.status) conds.push(inArray(table.status, [p.status]));
  if (p.updatedSince) conds.push(gt(table.updatedAt, new Date(p.updatedSince)));
  if (p.q) conds.push(ilike(label, `%${p.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const where = conds.length ? and(...conds) : undefined;
  const order = p.sort === "id_asc" ? [asc(table.id)] : p.sort === "updated_asc" ? [asc(table.updatedAt), asc(table.id)] : [desc(table.updatedAt), asc(table.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: table.id, label, status: table.status, version: table.version, updatedAt: table.updatedAt })
      .from(table as PgTable)
      .where(where)
      .orderBy(...order)
      .limit(p.limit)
      .offset(p.offset),
    db.select({ n: count() }).from(table as PgTable).where(where),
  ]);
  return {
    items: rows.map((r) => ({ id: String(r.id), label: String(r.label ?? r.id), status: r.status as EditorialStatus, version: Number(r.version), updatedAt: new Date(r.updatedAt as Date).toISOString() })),
    total: total?.n ?? 0,
  };
}
