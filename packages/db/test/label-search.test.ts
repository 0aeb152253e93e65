// Editor lists find records by a piece of their label. The answer must be the substring match (Arabic,
// English, wildcard characters taken literally), and the query must be one a trigram index can serve, so that
// a rare word at a million events is an index search, not a scan of every row.
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/client";
import { listRecords } from "../src/editorial";
import { KINDS } from "../src/editorial/registry";
import { makeEvent } from "./factories";
import { openTestDb, type TestDb } from "./test-db";

let tdb: TestDb;
const titles = [
  "غارات جوية روسية على ريف حلب",
  "غارة على خان شيخون",
  "قصف مدفعي على حماة",
  "اتفاق المدن الأربع",
  "100% of the convoy",
  "strike_on_road",
  "Strike on the road",
];

beforeAll(async () => {
  tdb = await openTestDb();
  for (const titleAr of titles) await makeEvent(tdb.db, { titleAr });
});
afterAll(() => tdb.dispose());

const listed = async (q: string) => {
  const { items } = await listRecords(tdb.db, { kind: "event", q, sort: "id_asc", limit: 100, offset: 0 });
  return items.map((i) => String(i.label)).sort();
};
const brute = (q: string) => titles.filter((x) => x.toLowerCase().includes(q.toLowerCase())).sort();

describe("finding records by a piece of their label", () => {
  it.each(["غار", "حلب", "على", "ريف حلب", "الأربع", "100%", "_on_", "strike", "STRIKE ON", "خ", "لا يوجد"])(
    "%s: the list is the substring match",
    async (q) => {
      expect(await listed(q)).toEqual(brute(q));
    },
  );

  it("every kind's label query is served by its trigram index", async () => {
    for (const [kind, { table, label }] of Object.entries(KINDS)) {
      // Forbid the scan so the plan shows whether the index can answer `label ilike '%…%'` at all; on a few rows
      // the planner would rightly scan.
      const plan = await tdb.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return queryRows<{ "QUERY PLAN": string }>(tx, sql`explain select 1 from ${table as PgTable} where ${label} ilike '%حلب%'`);
      });
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text, kind).toMatch(/_search_idx/);
    }
  });
});
