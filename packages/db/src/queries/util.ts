import type { BilingualText, EditorialStatus } from "@waqai/schema";
import type { SQL } from "drizzle-orm";
import { and, gt, inArray } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

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

/** Opaque keyset cursor: base64url of the last row's sort key. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === "string" || typeof k === "number")) return key;
  } catch {}
  throw new InvalidCursorError();
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

/** Take limit+1 rows to know whether another page exists. */
export function paginate<R, I>(rows: R[], limit: number, map: (r: R) => I, key: (r: R) => (string | number)[]) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(map), nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
