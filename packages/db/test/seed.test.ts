import { readFileSync } from "node:fs";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedAnnotation } from "@waqai/schema";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { canonicalText, findSeedFiles, loadSeeds, sha256 } from "../src/seed/load";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const TABLES = {
  documents: t.documents,
  actors: t.actors,
  places: t.places,
  events: t.events,
  participants: t.eventParticipants,
  quantities: t.eventQuantities,
  claims: t.claims,
  disputes: t.disputes,
  issues: t.disputeIssues,
  positions: t.positions,
  eventIssueLinks: t.eventIssueLinks,
  citations: t.citations,
  revisions: t.revisions,
};

async function counts() {
  const out: Record<string, number> = {};
  for (const [k, table] of Object.entries(TABLES)) out[k] = (await tdb.db.select({ n: count() }).from(table))[0]!.n;
  return out;
}

describe("the seed loader", () => {
  it("finds the article beside its annotation, and the article is stored unchanged", () => {
    const files = findSeedFiles(SEEDS_DIR);
    expect(files.map((f) => path.basename(f.textFile))).toEqual(["000_068320e3f5882409.txt"]);
    const raw = readFileSync(files[0]!.textFile);
    expect(sha256(raw.toString("utf8"))).toBe("93158015e1e2bb2d5fe6a9d73238d1ca7c25afa4cc6086a652e9a543bde00f55");
  });

  it("loads every record of the annotation", async () => {
    await loadSeeds(tdb.db, SEEDS_DIR);
    const file = findSeedFiles(SEEDS_DIR)[0]!;
    const a = SeedAnnotation.parse(JSON.parse(readFileSync(file.annotationFile, "utf8")));
    const c = await counts();
    expect(c.documents).toBe(1);
    expect(c.events).toBe(a.events.length);
    expect(c.actors).toBe(a.actors.length);
    expect(c.places).toBe(a.places.length);
    expect(c.claims).toBe(a.claims.length);
    expect(c.quantities).toBe(a.events.reduce((n, e) => n + e.quantities.length, 0));
    expect(c.issues).toBe(a.issues.length);
    expect(c.positions).toBe(a.positions.length);
    expect(c.citations).toBe(a.citations.length);
  });

  it("loading twice equals loading once", async () => {
    const once = await counts();
    const [second] = await loadSeeds(tdb.db, SEEDS_DIR);
    expect(Object.values(second!.counts).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(once);
  });

  it("stores citations whose quote equals the stored text at their offsets, with context and the text's hash", async () => {
    const [doc] = await tdb.db.select().from(t.documents);
    const text = canonicalText(readFileSync(findSeedFiles(SEEDS_DIR)[0]!.textFile, "utf8"));
    expect(doc!.text).toBe(text);
    expect(doc!.textHash).toBe(sha256(text));
    const cits = await tdb.db.select().from(t.citations);
    for (const c of cits) {
      expect(doc!.text.slice(c.startOffset, c.endOffset), c.id).toBe(c.exact);
      expect(doc!.text.slice(0, c.startOffset).endsWith(c.prefix), c.id).toBe(true);
      expect(doc!.text.slice(c.endOffset).startsWith(c.suffix), c.id).toBe(true);
      expect(c.documentHash).toBe(doc!.textHash);
    }
  });

  it("leaves no published event, figure or position without a citation", async () => {
    const uncited = await queryRows<{ kind: string; id: string }>(
      tdb.db,
      sql`select 'event' as kind, id from events e where not exists (select 1 from citations c where c.event_id = e.id)
          union all select 'quantity', id from event_quantities q where not exists (select 1 from citations c where c.quantity_id = q.id)
          union all select 'position', id from positions p where not exists (select 1 from citations c where c.position_id = p.id)`,
    );
    expect(uncited).toEqual([]);
  });
});
