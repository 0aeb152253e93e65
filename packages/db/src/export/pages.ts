import type { ReadScope } from "../queries/util";

export interface StreamOptions {
  /** Rows fetched per query (keyset page). Small enough to bound memory, large enough to amortise round trips. */
  pageSize?: number;
  /** Who reads: the public (published only) by default. */
  scope?: ReadScope;
  /** Called after each page is read from the database (for progress and for tests that prove streaming). */
  onPage?: (kind: string, rows: number) => void;
}

export const DEFAULT_PAGE_SIZE = 250;

/**
 * Walks a keyset-ordered query page by page: `fetch(after)` returns up to `size` rows that sort after
 * the last row of the previous page (undefined for the first). Never holds more than one page.
 */
export async function* keysetPages<R>(fetch: (after: R | undefined) => Promise<R[]>, size: number, onPage?: (rows: number) => void): AsyncGenerator<R[]> {
  let after: R | undefined;
  for (;;) {
    const rows = await fetch(after);
    onPage?.(rows.length);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1];
  }
}

/** Sorted, distinct, non-empty ids. */
export function idsOf(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

/** Groups rows by a key, keeping their order. */
export function groupBy<R>(rows: R[], key: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Byte order of ids, the same on every database collation (the key sort of the exports). */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
