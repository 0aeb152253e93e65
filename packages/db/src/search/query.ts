import { inArray, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { SearchHit, SearchInput } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import * as t from "../tables";
import { bi, decodeCursor, encodeCursor, InvalidCursorError, PUBLIC_SCOPE, type ReadScope } from "../queries/util";
import { keyedTokens, queryTerms, toTsQuery } from "./keys";
import type { SearchKindName } from "./entries";

const SNIPPET_RADIUS = 90;

interface BestEntry {
  kind: SearchKindName;
  entity_id: string;
  field: string;
  offset: number;
  content: string;
  document_id: string | null;
  score: number;
}

/** Cuts a window of the matched field around its first highlight, with highlights relative to it. */
export function snippetOf(content: string, offset: number, field: string, wanted: Set<string>) {
  const marks = keyedTokens(content)
    .filter((tok) => tok.keys.some((k) => wanted.has(k)))
    .map((tok) => ({ start: tok.start, end: tok.end }));
  let from = 0;
  let to = content.length;
  if (content.length > SNIPPET_RADIUS * 2 && marks[0]) {
    from = Math.max(0, marks[0].start - SNIPPET_RADIUS);
    to = Math.min(content.length, marks[0].start + SNIPPET_RADIUS);
    // widen to whole words so no letter is cut from its word
    while (from > 0 && !/\s/.test(content[from - 1]!)) from--;
    while (to < content.length && !/\s/.test(content[to]!)) to++;
  }
  return {
    field,
    text: content.slice(from, to),
    offset: offset + from,
    highlights: marks.filter((m) => m.start >= from && m.end <= to).map((m) => ({ start: m.start - from, end: m.end - from })),
  };
}

async function titlesOf(db: Db, hits: BestEntry[]) {
  const ids = (kind: SearchKindName) => hits.filter((h) => h.kind === kind).map((h) => h.entity_id);
  const map = new Map<string, { ar: string; en?: string }>();
  const put = (kind: string, rows: { id: string; ar: string | null; en: string | null }[]) => {
    for (const r of rows) map.set(`${kind}:${r.id}`, bi(r.ar ?? r.id, r.en));
  };
  const q = async <K extends SearchKindName>(kind: K, run: (ids: string[]) => Promise<{ id: string; ar: string | null; en: string | null }[]>) => {
    const list = ids(kind);
    if (list.length) put(kind, await run(list));
  };
  await Promise.all([
    q("event", (l) => db.select({ id: t.events.id, ar: t.events.titleAr, en: t.events.titleEn }).from(t.events).where(inArray(t.events.id, l))),
    q("dispute", (l) => db.select({ id: t.disputes.id, ar: t.disputes.titleAr, en: t.disputes.titleEn }).from(t.disputes).where(inArray(t.disputes.id, l))),
    q("issue", (l) =>
      db
        .select({ id: t.disputeIssues.id, ar: t.disputeIssues.titleAr, en: t.disputeIssues.titleEn })
        .from(t.disputeIssues)
        .where(inArray(t.disputeIssues.id, l)),
    ),
    q("actor", (l) => db.select({ id: t.actors.id, ar: t.actors.nameAr, en: t.actors.nameEn }).from(t.actors).where(inArray(t.actors.id, l))),
    q("place", (l) => db.select({ id: t.places.id, ar: t.places.nameAr, en: t.places.nameEn }).from(t.places).where(inArray(t.places.id, l))),
    q("document", (l) =>
      db.select({ id: t.documents.id, ar: t.documents.titleAr, en: t.documents.titleEn }).from(t.documents).where(inArray(t.documents.id, l)),
    ),
  ]);
  return map;
}

/**
 * Matching entries become ranking candidates in blocks of this many, in `rank_key` order (field
 * weight, then shorter content, then a hash): a query costs one block however many rows match.
 */
export const SEARCH_BLOCK = 200;

/** Where a block starts: the last entry of the block before it, in `rank_key` order (null: the first block). */
export type BlockStart = [rankKey: string, kind: string, entityId: string, field: string] | null;

interface BlockRow extends Partial<BestEntry> {
  /** Entries in the block (a full block means more may follow) and the last one, where the next block starts. */
  n: number;
  last_rank: string | null;
  last_kind: string | null;
  last_entity: string | null;
  last_field: string | null;
}

/**
 * One block: the next SEARCH_BLOCK matching entries after `start` in `rank_key` order (an index range
 * on search_entries_rank_idx, or the GIN index when the words are rare: either plan gives the same
 * rows, as the order is total), each record ranked by its best entry in the block (`ts_rank × field
 * weight`), records already met in an earlier block left out, `skip` records skipped, `take` returned.
 * Exported for bench:search.
 */
export function blockSql(
  tsQuery: string,
  scope: ReadScope,
  kinds: readonly string[] | undefined,
  start: BlockStart,
  skip: number,
  take: number,
  prefix = 0,
): SQL {
  const list = (xs: readonly string[]) =>
    sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    );
  // The query inline, not a CTE: a CTE read twice is materialized, and the planner, no longer seeing the
  // constant, cannot use the GIN index for the match (it scanned all 4M entries of a 1M-event archive).
  const tsq = sql`to_tsquery('simple'::regconfig, ${tsQuery})`;
  const kindFilter = kinds?.length ? sql`and e.kind in (${list(kinds)})` : sql``;
  const startKey = start ? sql`(${start[0]}::bigint, ${start[1]}::text, ${start[2]}::text, ${start[3]}::text)` : null;
  const after = startKey ? sql`and (e.rank_key, e.kind, e.entity_id, e.field) < ${startKey}` : sql``;
  // What both ways to a block share: the visible entries after the start, in rank order, and a candidate's columns.
  const visibleAfter = sql`e.status in (${list(scope.statuses)}) ${kindFilter} ${after}`;
  const rankOrder = sql`order by e.rank_key desc, e.kind desc, e.entity_id desc, e.field desc`;
  const candidate = sql`e.kind, e.entity_id, e.field, e.rank_key, ts_rank(e.tsv, ${tsq}) * e.weight as score`;
  // A record whose better-placed entry matched in an earlier block was listed there.
  const unseen = startKey
    ? sql`where not exists (select 1 from search_entries e where e.kind = b.kind and e.entity_id = b.entity_id
          and e.status in (${list(scope.statuses)}) and (e.rank_key, e.kind, e.entity_id, e.field) >= ${startKey} and e.tsv @@ ${tsq})`
    : sql``;
  return sql`with
      ${
        prefix > 0
          ? sql`cand_prefix as (
        select ${candidate}
        from (select * from search_entries e where ${visibleAfter} ${rankOrder} limit ${prefix}) e
        where e.tsv @@ ${tsq}
        ${rankOrder}
        limit ${SEARCH_BLOCK}
      ),`
          : sql``
      }
      cand_all as (
        select ${candidate}
        from search_entries e
        where e.tsv @@ ${tsq} and ${visibleAfter}
        ${rankOrder}
        limit ${SEARCH_BLOCK}
      ),
      cand as (${
        // The prefix holds the block exactly when it holds a whole block; only then is the full query skipped
        // (a one-time filter: PostgreSQL does not run that branch at all).
        prefix > 0
          ? sql`select * from cand_prefix where (select count(*) from cand_prefix) = ${SEARCH_BLOCK} union all select * from cand_all where (select count(*) from cand_prefix) < ${SEARCH_BLOCK}`
          : sql`select * from cand_all`
      }),
      edge as (
        select (select count(*) from cand)::int as n, l.rank_key::text as last_rank, l.kind as last_kind, l.entity_id as last_entity, l.field as last_field
        from (select 1) one left join lateral (select * from cand order by rank_key, kind, entity_id, field limit 1) l on true
      ),
      best as (
        select distinct on (kind, entity_id) kind, entity_id, field, score
        from cand order by kind, entity_id, score desc, field
      ),
      page as (
        select b.kind, b.entity_id, b.field, b.score from best b ${unseen}
        order by b.score desc, b.kind, b.entity_id
        offset ${skip} limit ${take}
      )
      select edge.*, p.kind, p.entity_id, p.field, s."offset", s.content, s.document_id, p.score::float8 as score
      from edge
      left join page p on true
      left join search_entries s on s.kind = p.kind and s.entity_id = p.entity_id and s.field = p.field
      order by p.score desc, p.kind, p.entity_id`;
}

/** Blocks a page may read before it answers with what it has (and a cursor): keeps a page bounded. */
const MAX_BLOCKS = 16;

/**
 * Records in rank order, from `(start, skip)`: blocks in `rank_key` order, records by score within a
 * block. Returns up to `take` records and where the last one returned stands (null: nothing after them).
 */
async function rankedRecords(
  db: Db,
  tsQuery: string,
  scope: ReadScope,
  kinds: readonly string[] | undefined,
  start: BlockStart,
  skip: number,
  take: number,
  prefix: number,
) {
  const hits: BestEntry[] = [];
  for (let blocks = 0; blocks < MAX_BLOCKS; blocks++) {
    const rows = await queryRows<BlockRow>(db, blockSql(tsQuery, scope, kinds, start, skip, take - hits.length, prefix));
    const edge = rows[0]!;
    const got = rows.filter((r): r is BlockRow & BestEntry => r.kind != null);
    hits.push(...got);
    if (hits.length >= take) return { hits, next: { start, skip: skip + got.length - 1 } };
    if (edge.n < SEARCH_BLOCK || !edge.last_rank) return { hits, next: null };
    start = [edge.last_rank, edge.last_kind!, edge.last_entity!, edge.last_field!];
    skip = 0;
  }
  return { hits, next: { start, skip } };
}

/**
 * How many entries, in `rank_key` order, a query of several words reads before it falls back to its
 * indexes (0: no such first try). PostgreSQL takes the words of a phrase as independent, so for words
 * that always come together («فتح تحقيق») it expects a few hundred matches, takes the GIN index and
 * fetches every match (55,000 rows, 0.5–6.5 s at 1M events); the ordered scan would have stopped at the
 * 200th, 20,000–40,000 entries in. A bounded prefix of that scan is tried first: it holds the block
 * exactly when it holds 200 matches. Its length grows with the index (an 80th of the entries, at most
 * 50,000; none under 5,000, where the GIN path is cheap), read from the catalogue's estimate, kept a minute.
 */
const prefixCache = new WeakMap<object, { value: number; until: number }>();
async function orderedPrefix(db: Db): Promise<number> {
  const hit = prefixCache.get(db);
  if (hit && hit.until > Date.now()) return hit.value;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select greatest(reltuples, 0)::float8 as n from pg_class where relname = 'search_entries' and relkind = 'r'`,
  );
  const n = Math.floor(Number(rows[0]?.n ?? 0) / 80);
  const value = n < 5_000 ? 0 : Math.min(n, 50_000);
  prefixCache.set(db, { value, until: Date.now() + 60_000 });
  return value;
}

/** A cursor is where the next page starts: the block's start (empty strings for the first block) and records to skip in it. */
function readCursor(cursor: string | undefined): [BlockStart, number] {
  const key = decodeCursor(cursor, 5);
  if (!key) return [null, 0];
  const [rank, kind, entity, field, skip] = key;
  if (typeof skip !== "number" || !Number.isInteger(skip) || skip < 0 || ![rank, kind, entity, field].every((k) => typeof k === "string"))
    throw new InvalidCursorError();
  if (rank === "") return [null, skip];
  if (!/^\d{1,19}$/.test(rank as string)) throw new InvalidCursorError();
  return [[rank, kind, entity, field] as [string, string, string, string], skip];
}

/**
 * Relevance search over the visible records. Every query word must match one field of a record
 * (any of its keys: normalized form, stem, spelling variant); a record ranks by its best field.
 */
export async function searchRecords(db: Db, input: z.input<typeof SearchInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = input.limit ?? 20;
  const [start, skip] = readCursor(input.cursor);
  const terms = queryTerms(input.q);
  if (!terms.length) return { items: [] as SearchHit[], nextCursor: null };
  // One record more than the page, to know whether there is a next page and where it starts.
  const prefix = terms.length > 1 ? await orderedPrefix(db) : 0;
  const { hits, next } = await rankedRecords(db, toTsQuery(terms), scope, input.kinds, start, skip, limit + 1, prefix);
  const page = hits.slice(0, limit);
  const titles = await titlesOf(db, page);
  const wanted = new Set(terms.flat());
  const items: SearchHit[] = page.map((r) => ({
    kind: r.kind,
    id: r.entity_id,
    title: titles.get(`${r.kind}:${r.entity_id}`) ?? { ar: r.entity_id },
    score: Math.round(Number(r.score) * 1e6) / 1e6,
    ...(r.document_id ? { documentId: r.document_id } : {}),
    snippet: snippetOf(r.content, Number(r.offset), r.field, wanted),
  }));
  return { items, nextCursor: next ? encodeCursor([...(next.start ?? ["", "", "", ""]), next.skip]) : null };
}
