import { inArray, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { EDITABLE_KINDS, type EditableKind } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import { decodeCursor, encodeCursor } from "../queries/util";
import { users } from "../tables";
import { KINDS } from "./registry";
import { commentCounts } from "./review";
import { lastEditor } from "./write";

interface QueueRow {
  kind: EditableKind;
  id: string;
  change: "new" | "edit";
  version: number;
  submitted_at: string;
}

const tableName = (kind: EditableKind) => getTableConfig(KINDS[kind].table as PgTable).name;

/** New records in review, per kind, in submission order: an index range on (status, updated_at). */
function newRecords(kind: EditableKind): SQL {
  return sql`select ${kind}::text as kind, id, 'new'::text as change, version, updated_at as submitted_at from ${sql.identifier(tableName(kind))} where status = 'in_review'`;
}
const pendingEdits = (kinds: readonly EditableKind[]) =>
  sql`select entity_kind as kind, entity_id as id, 'edit'::text as change, version, updated_at as submitted_at from pending_changes where state = 'in_review' and entity_kind in (${sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;

/**
 * One queue over every kind: new records in review and published records' submitted changes, oldest
 * first (keyset on submission time, kind, id). Costs what the page shows: each branch is an index
 * range of the items in review, never a walk of the archive.
 */
export async function reviewQueue(db: Db, p: { kind?: EditableKind; limit: number; cursor?: string }) {
  const kinds = p.kind ? [p.kind] : EDITABLE_KINDS;
  const branches = sql.join([...kinds.map(newRecords), pendingEdits(kinds)], sql` union all `);
  const after = decodeCursor(p.cursor, 3) as [string, string, string] | undefined;
  const keyset = after ? sql`where (submitted_at, kind, id) > (${after[0]}::timestamptz, ${after[1]}, ${after[2]})` : sql``;
  // The cursor keeps the time as the database wrote it: microseconds, which a JS Date would round away.
  const rows = await queryRows<QueueRow & { at: string }>(
    db,
    sql`select *, submitted_at::text as at from (${branches}) q ${keyset} order by submitted_at, kind, id limit ${p.limit + 1}`,
  );
  const [counted] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${branches}) q`);
  const n = Number(counted?.n ?? 0);
  const page = rows.slice(0, p.limit);
  const labels = await labelsOf(db, page);
  const comments = await commentCounts(db, page);
  const editors = await Promise.all(page.map((r) => lastEditor(db, r.kind, r.id)));
  const emails = await emailsOf(
    db,
    editors.filter((e): e is string => !!e),
  );
  const items = page.map((r, i) => ({
    kind: r.kind,
    id: r.id,
    label: labels.get(`${r.kind}:${r.id}`) ?? r.id,
    change: r.change,
    version: Number(r.version),
    submittedAt: new Date(r.submitted_at).toISOString(),
    lastEditor: editors[i] ? (emails.get(editors[i]) ?? editors[i]) : null,
    comments: comments.get(`${r.kind}:${r.id}`) ?? 0,
  }));
  const last = page[page.length - 1];
  return { items, total: n, nextCursor: rows.length > p.limit && last ? encodeCursor([last.at, last.kind, last.id]) : null };
}

async function labelsOf(db: Db, rows: QueueRow[]) {
  const out = new Map<string, string>();
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const { table, label } = KINDS[kind];
    const ids = rows.filter((r) => r.kind === kind).map((r) => r.id);
    const found = await db.select({ id: table.id, label }).from(table).where(inArray(table.id, ids));
    for (const f of found) out.set(`${kind}:${String(f.id)}`, String(f.label ?? f.id));
  }
  return out;
}

async function emailsOf(db: Db, ids: string[]) {
  const list = [...new Set(ids)];
  if (!list.length) return new Map<string, string>();
  return new Map((await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, list))).map((u) => [u.id, u.email]));
}
