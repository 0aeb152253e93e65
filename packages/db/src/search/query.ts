import { inArray, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { SearchHit, SearchInput } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import * as t from "../tables";
import { bi, decodeCursor, encodeCursor, PUBLIC_SCOPE, type ReadScope } from "../queries/util";
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

/** The ranking query: every matching entry scored, then the best entry per record. Exported for bench:search. */
export function bestEntriesSql(tsQuery: string, scope: ReadScope, kinds: readonly string[] | undefined, limit: number, offset: number): SQL {
  const statuses = sql.join(
    scope.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const kindFilter = kinds?.length
    ? sql`and e.kind in (${sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : sql``;
  return sql`with q as (select to_tsquery('simple'::regconfig, ${tsQuery}) as q),
      hits as (
        select e.kind, e.entity_id, e.field, e."offset", e.content, e.document_id, ts_rank(e.tsv, q.q) * e.weight as score
        from search_entries e, q
        where e.tsv @@ q.q and e.status in (${statuses}) ${kindFilter}
      ),
      best as (
        select distinct on (kind, entity_id) kind, entity_id, field, "offset", content, document_id, score
        from hits order by kind, entity_id, score desc, field
      )
      select kind, entity_id, field, "offset", content, document_id, score::float8 as score from best
      order by score desc, kind, entity_id
      limit ${limit} offset ${offset}`;
}

/**
 * Relevance search over the visible records. Every query word must match one field of a record
 * (any of its keys: normalized form, stem, spelling variant); a record ranks by its best field.
 */
export async function searchRecords(db: Db, input: z.input<typeof SearchInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = input.limit ?? 20;
  const offset = (decodeCursor(input.cursor, 1)?.[0] as number | undefined) ?? 0;
  const terms = queryTerms(input.q);
  if (!terms.length) return { items: [] as SearchHit[], nextCursor: null };
  const rows = await queryRows<BestEntry>(db, bestEntriesSql(toTsQuery(terms), scope, input.kinds, limit + 1, offset));
  const page = rows.slice(0, limit);
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
  return { items, nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null };
}
