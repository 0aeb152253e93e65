import { COUNT_CAP, type BilingualText, type EditorialStatus } from "@waqai/schema";
import type { SQL } from "drizzle-orm";
import { and, asc, desc, gt, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";

/** The database says NULL where the wire contract says "absent". */
export function opt<T>(v: T | null | undefined): T | undefined {
  return v === null ? undefined : v;
}

export function bi(ar: string, en: string | null | undefined): BilingualText {
  return en ? { ar, en } : { ar };
}

export function optBi(ar: string | null | undefined, en: string | null | undefined): BilingualText | undefined {
  return ar ? bi(ar, en) : undefined;
}

export function editorial(row: { status: EditorialStatus; version: number; createdAt: Date; updatedAt: Date }) {
  return {
    status: row.status,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Drop undefined keys so optional fields are absent rather than present-and-undefined. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export class InvalidCursorError extends Error {
  constructor() {
    super("The cursor is not one this API issued; start again without a cursor.");
    this.name = "InvalidCursorError";
  }
}

/**
 * Opaque keyset cursor: base64url of a row's sort key. A forward cursor (the page after the key) is the bare
 * key, as every cursor was before `prev` existed, so cursors already handed out keep working; a backward one
 * (the page before the key) wraps it as `{ "before": key }`.
 */
export function encodeCursor(key: (string | number)[], backward = false): string {
  return Buffer.from(JSON.stringify(backward ? { before: key } : key)).toString("base64url");
}

function isKey(key: unknown, arity: number): key is (string | number)[] {
  return Array.isArray(key) && key.length === arity && key.every((k) => typeof k === "string" || typeof k === "number");
}

function parseCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
}

/** A forward-only cursor's key (the review queue, search, sync): a backward cursor is not one these issue. */
export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  const key = parseCursor(cursor);
  if (isKey(key, arity)) return key;
  throw new InvalidCursorError();
}

/** Where a keyset page starts: after `key` (forward), or before it (backward, a `prev` link). */
export interface KeysetCursor {
  key: (string | number)[];
  backward: boolean;
}

export function decodeKeysetCursor(cursor: string | undefined, arity: number): KeysetCursor | undefined {
  if (!cursor) return undefined;
  const parsed = parseCursor(cursor);
  if (isKey(parsed, arity)) return { key: parsed, backward: false };
  if (parsed && typeof parsed === "object" && "before" in parsed && isKey(parsed.before, arity)) return { key: parsed.before, backward: true };
  throw new InvalidCursorError();
}

/**
 * The bound and order of one keyset page's query over `cols` (unique together) read in `order`. A backward
 * page reads the reverse order from its cursor's key, so either way the query is an index range that stops
 * after limit + 1 rows; `paginate` turns the rows back. The bound is a row comparison, not
 * `a > x or (a = x and b > y)`: only that form bounds the index scan (bench:api measured 50k discarded rows).
 */
export function keysetRange(cols: AnyPgColumn[], order: "asc" | "desc", cursor: string | undefined) {
  const from = decodeKeysetCursor(cursor, cols.length);
  const ascending = (order === "asc") !== (from?.backward ?? false);
  const bound = from
    ? sql`(${sql.join(cols, sql`, `)}) ${ascending ? sql`>` : sql`<`} (${sql.join(
        from.key.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : undefined;
  return { from, bound, orderBy: cols.map((c) => (ascending ? asc(c) : desc(c))) };
}

/** The rows one keyset page read (limit + 1 of them, to know whether another page lies that way), and from where. */
export interface KeysetRows<R> {
  rows: R[];
  limit: number;
  from: KeysetCursor | undefined;
}

/**
 * A page in reading order with its neighbours' cursors. Forward: `next` when a row lies past the limit,
 * `prev` whenever the page began at a cursor (the row it names lies before). Backward: the rows came in
 * reverse; `prev` when a row lies past the limit, `next` always (the cursor's own row lies after).
 * `prevCursor` is null on the first page.
 */
export function pageRows<R>({ rows, limit, from }: KeysetRows<R>, key: (r: R) => (string | number)[]) {
  const more = rows.length > limit;
  const backward = from?.backward ?? false;
  const page = backward ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const first = page[0];
  const last = page[page.length - 1];
  const hasNext = backward || more;
  const hasPrev = backward ? more : from !== undefined;
  return {
    rows: page,
    nextCursor: hasNext && last ? encodeCursor(key(last)) : null,
    prevCursor: hasPrev && first ? encodeCursor(key(first), true) : null,
  };
}

export interface ReadScope {
  /** Which editorial statuses the caller may see; the public sees ["published"]. */
  statuses: readonly EditorialStatus[];
}
export const PUBLIC_SCOPE: ReadScope = { statuses: ["published"] };

export function visible(col: AnyPgColumn, scope: ReadScope): SQL {
  return inArray(col, [...scope.statuses]);
}

/** Sync filter: rows changed strictly after `since` (an ISO instant validated by the schema). */
export function changedSince(col: AnyPgColumn, since: string | undefined): SQL | undefined {
  return since ? gt(col, new Date(since)) : undefined;
}

export function all(...conds: (SQL | undefined)[]): SQL | undefined {
  return and(...conds.filter((c): c is SQL => c !== undefined));
}

/** `pageRows`, each row mapped to what the list answers. */
export function paginate<R, I>(read: KeysetRows<R>, map: (r: R) => I, key: (r: R) => (string | number)[]) {
  const { rows, nextCursor, prevCursor } = pageRows(read, key);
  return { items: rows.map(map), nextCursor, prevCursor };
}

/** Where a keyset page reads: the rows `where` matches, ordered by `cols` (unique together), from a cursor. */
export interface KeysetPageQuery {
  where: SQL | undefined;
  cols: AnyPgColumn[];
  order: "asc" | "desc";
  cursor: string | undefined;
  limit: number;
}

/**
 * One keyset page of `table` (limit + 1 rows past the cursor, for `paginate`) and, read beside it, the capped
 * count of `where` without the cursor, so `total` counts what every page of the walk shows.
 */
export async function keysetPageAndTotal<T extends PgTable>(
  db: Db,
  table: T,
  q: KeysetPageQuery,
): Promise<{ read: KeysetRows<T["$inferSelect"]>; total: CappedCount }> {
  const { from, bound, orderBy } = keysetRange(q.cols, q.order, q.cursor);
  const source: PgTable = table; // drizzle's from() cannot check a generic table; the row type is T's
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(source)
      .where(all(q.where, bound))
      .orderBy(...orderBy)
      .limit(q.limit + 1),
    cappedCount(db, source, q.where),
  ]);
  return { read: { rows, limit: q.limit, from }, total };
}

/** A count that stops at COUNT_CAP and says so ("more than 10,000"), as the wire answers it. */
export interface CappedCount {
  count: number;
  capped: boolean;
}

/**
 * `select count(*)` over at most `cap` + 1 rows of `table` matching `where`: a count costs what it shows,
 * whatever the table holds. `cap` is COUNT_CAP but for tests, which pass a small set past a small cap.
 */
export async function cappedCount(db: Db, table: PgTable, where: SQL | undefined, cap = COUNT_CAP): Promise<CappedCount> {
  const inner = db
    .select({ x: sql`1` })
    .from(table)
    .where(where)
    .limit(cap + 1);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(inner.as("capped"));
  const n = Number(row?.n ?? 0);
  return { count: Math.min(n, cap), capped: n > cap };
}
