import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/client";
import { reindexSearch, searchRecords, SEARCH_BLOCK } from "../src/search";
import { queryTerms, toTsQuery } from "../src/search/keys";
import { blockSql, type BlockStart } from "../src/search/query";
import { PUBLIC_SCOPE } from "../src/queries/util";
import { synthesize } from "../src/synth/write";
import { openTestDb, type TestDb } from "./test-db";

// A word matching far more entries than one candidate block: search ranks block by block, and paging
// must still list every matching record exactly once, in the same order however the pages are cut.
let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  await synthesize(tdb.db, { events: 1200, seed: 11, batchSize: 400 });
  await reindexSearch(tdb.db);
});
afterAll(async () => tdb?.dispose());

async function allPages(q: string, limit: number) {
  const out: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = await searchRecords(tdb.db, { q, limit, cursor });
    out.push(...page.items.map((h) => `${h.kind}:${h.id}`));
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

async function matchingRecords(q: string) {
  const rows = await queryRows<{ id: string }>(
    tdb.db,
    sql`select kind || ':' || entity_id as id from search_entries
        where status = 'published' and tsv @@ to_tsquery('simple'::regconfig, ${toTsQuery(queryTerms(q))})`,
  );
  return { entries: rows.length, records: [...new Set(rows.map((r) => r.id))].sort() };
}

describe("search over more matches than a candidate block", () => {
  it.each(["غارات", "قوات"])("«%s»: pages list every matching record once, whatever the page size", async (q) => {
    const { entries, records } = await matchingRecords(q);
    expect(entries).toBeGreaterThan(2 * SEARCH_BLOCK);
    const by50 = await allPages(q, 50);
    expect([...by50].sort()).toEqual(records);
    expect(await allPages(q, 7)).toEqual(by50);
  });

  it("ranks the first block by score: a page never holds a better hit after a worse one", async () => {
    const { items } = await searchRecords(tdb.db, { q: "غارات", limit: 50 });
    const scores = items.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each(["غارات", "قوات", "غارات قوات", "سد الفرات"])(
    "«%s»: a bounded first try in rank order gives the block the indexes give, whether it holds the block or falls back",
    async (q) => {
      const tsQuery = toTsQuery(queryTerms(q));
      type Row = { n: number; last_rank: string | null; last_kind: string | null; last_entity: string | null; last_field: string | null };
      const block = (prefix: number, start: BlockStart) => queryRows<Row>(tdb.db, blockSql(tsQuery, PUBLIC_SCOPE, undefined, start, 0, 60, prefix));
      let start: BlockStart = null;
      for (let i = 0; i < 3; i++) {
        const plain = await block(0, start);
        // 50 rows: too few for a block (falls back); the whole table: always holds it when there is one.
        for (const prefix of [50, 1_000, 1_000_000]) expect(await block(prefix, start), `prefix ${prefix}, block ${i}`).toEqual(plain);
        const edge = plain[0]!;
        if (edge.n < SEARCH_BLOCK || !edge.last_rank) break;
        start = [edge.last_rank, edge.last_kind!, edge.last_entity!, edge.last_field!];
      }
    },
  );

  it("rejects a cursor it did not make", async () => {
    await expect(searchRecords(tdb.db, { q: "غارات", cursor: "bm90LWEtY3Vyc29y" })).rejects.toThrow();
  });
});
