import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { all, changedSince, decodeCursor, visible, type ReadScope } from "./util";

// Records of one kind by their id: one record, or a keyset page ordered by id (stable and unique), the way
// every list of a kind reads so a client can page through it and sync what changed.

/** A table of records keyed by a text id that tracks when each row changed. */
type Keyed = PgTable & { id: AnyPgColumn; updatedAt: AnyPgColumn };
/** A curated table: keyed records, each with its editorial status. */
type Curated = Keyed & { status: AnyPgColumn };

/**
 * One record by id, only if the reader's scope sees its status (the public sees published records only);
 * undefined otherwise, so a hidden record and a missing one look the same to the caller.
 */
export async function visibleById<T extends Curated>(db: Db, table: T, id: string, scope: ReadScope): Promise<T["$inferSelect"] | undefined> {
  const source: PgTable = table; // drizzle's from() cannot check a generic table; the row type is T's
  const [row] = await db
    .select()
    .from(source)
    .where(and(eq(table.id, id), visible(table.status, scope)));
  return row;
}

/** The id a keyset page ordered by id resumes after. */
function afterId(cursor: string | undefined) {
  return (decodeCursor(cursor, 1) as [string] | undefined)?.[0];
}

/** What every list of one kind takes: a page size, the cursor of the page before, and a sync instant. */
interface IdPageParams {
  limit?: number;
  cursor?: string;
  updatedSince?: string;
}

/**
 * One page of a kind ordered by id: the rows that pass `filters` (the caller's visibility first), changed
 * after `updatedSince`, after the cursor. One row more than the limit is read, for `paginate` to know
 * whether another page follows; the rows of the page are `rows.slice(0, limit)`.
 */
export async function pageById<T extends Keyed>(
  db: Db,
  table: T,
  params: IdPageParams,
  filters: (SQL | undefined)[],
): Promise<{ rows: T["$inferSelect"][]; limit: number }> {
  const limit = params.limit ?? 20;
  const after = afterId(params.cursor);
  const source: PgTable = table;
  const rows = await db
    .select()
    .from(source)
    .where(all(...filters, changedSince(table.updatedAt, params.updatedSince), after ? gt(table.id, after) : undefined))
    .orderBy(asc(table.id))
    .limit(limit + 1);
  return { rows, limit };
}
