import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { rng, synthDate, synthPlaces } from "../src/synth/generate";
import { synthesize } from "../src/synth/write";
import { openTestDb, type TestDb } from "./test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

describe("synthetic data", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = synthPlaces(rng(7), 50);
    expect(synthPlaces(rng(7), 50)).toEqual(a);
    expect(synthPlaces(rng(8), 50)).not.toEqual(a);
    const dates = Array.from({ length: 500 }, () => synthDate(rng(1)));
    expect(new Set(dates.map((d) => d.start)).size).toBe(1);
  });

  it("writes events with places, actors, figures and citations whose quotes match their documents", async () => {
    await synthesize(tdb.db, { events: 600, seed: 42, batchSize: 250 });
    const [ev] = await tdb.db.select({ n: count() }).from(t.events);
    expect(ev?.n).toBe(600);
    const types = await queryRows<{ type: string; n: number }>(tdb.db, sql`select type, count(*)::int as n from events group by type order by n desc`);
    expect(types[0]?.type).toBe("air_strike"); // the most common type in the weighting
    expect(types.length).toBeGreaterThan(6);
    const uncited = await queryRows<{ n: number }>(
      tdb.db,
      sql`select count(*)::int as n from events e where not exists (select 1 from citations c where c.event_id = e.id)`,
    );
    expect(uncited[0]?.n).toBe(0);
    const docs = await tdb.db.select().from(t.documents).where(eq(t.documents.id, "syn-doc-3"));
    const cits = await tdb.db.select().from(t.citations).where(eq(t.citations.documentId, "syn-doc-3"));
    expect(cits.length).toBeGreaterThanOrEqual(10);
    for (const c of cits) expect(docs[0]!.text.slice(c.startOffset, c.endOffset)).toBe(c.exact);
    const vague = await queryRows<{ n: number }>(
      tdb.db,
      sql`select count(*)::int as n from event_quantities where vague and best is not null and convention is null`,
    );
    expect(vague[0]?.n).toBe(0);
  });

  it("re-running skips what exists", async () => {
    await synthesize(tdb.db, { events: 600, seed: 42, batchSize: 250 });
    const [ev] = await tdb.db.select({ n: count() }).from(t.events);
    expect(ev?.n).toBe(600);
  });
});
