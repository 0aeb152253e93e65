import { and, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { all, changedSince, keysetPageAndTotal, visible, type CappedCount, type KeysetRows, type ReadScope } from "./util";

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

/** What every list of one kind takes: a page size, the cursor of a neighbouring page, and a sync instant. */
interface IdPageParams {
  limit?: number;
  cursor?: string;
  updatedSince?: string;
}

/**
 * One page of a kind ordered by id: the rows that pass `filters` (the caller's visibility first), changed
 * after `updatedSince`, after (or, for a `prev` link, before) the cursor, for `paginate`; and beside it the
 * capped count of the same filters without the cursor, so `total` counts what every page of the walk shows.
 */
export async function pageById<T extends Keyed>(
  db: Db,
  table: T,
  params: IdPageParams,
  filters: (SQL | undefined)[],
): Promise<{ read: KeysetRows<T["$inferSelect"]>; total: CappedCount }> {
  return keysetPageAndTotal(db, table, {
    where: all(...filters, changedSince(table.updatedAt, params.updatedSince)),
    cols: [table.id],
    order: "asc",
    cursor: params.cursor,
    limit: params.limit ?? 20,
  });
}
