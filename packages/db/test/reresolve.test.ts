import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../src/seed/load";
import { reresolveDocumentDates } from "../src/dates/reresolve";
import * as t from "../src/tables";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

let tdb: TestDb;
const DOC = "doc-000-068320e3f5882409";
const editor = { id: "user-editor-test", role: "editor" as const };

beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
});
afterAll(async () => tdb?.dispose());

const eventDate = async (id: string) => (await tdb.db.select().from(t.events).where(eq(t.events.id, id)))[0]!;

describe("re-resolving relative dates when the publication date changes", () => {
  it("leaves everything as it is while the publication date is unchanged", async () => {
    expect(await reresolveDocumentDates(tdb.db, { documentId: DOC, actor: editor })).toEqual([]);
  });

  it("moves «أمس» and «أول من أمس» with a new publication date, records why, and keeps stated-month dates", async () => {
    await tdb.db.execute(sql`update documents set published_date = '2017-04-24' where id = ${DOC}`);
    const changed = await reresolveDocumentDates(tdb.db, { documentId: DOC, actor: editor });
    const byId = Object.fromEntries(changed.map((c) => [c.eventId, c]));
    expect(byId["ev-darat-izza-strikes"]?.to).toEqual({ start: "2017-04-23", end: "2017-04-23", precision: "day" });
    expect(byId["ev-opcw-vote-new-team"]?.to.start).toBe("2017-04-22");
    // dated by its end only («انتهى أول من أمس»): stays end-only
    expect(byId["ev-four-towns-evacuation"]?.to).toEqual({ start: null, end: "2017-04-22", precision: "day" });
    // «الرابع من أبريل الجاري» is the same day whichever April day the article appeared; only its anchor moves
    expect(byId["ev-khan-shaykhun-chemical-attack"]?.to).toEqual({ start: "2017-04-04", end: "2017-04-04", precision: "day" });
    expect((await eventDate("ev-khan-shaykhun-chemical-attack")).timeAnchor).toBe("2017-04-24");
    expect((await eventDate("ev-khan-shaykhun-chemical-attack")).dateStart).toBe("2017-04-04");

    const ev = await eventDate("ev-darat-izza-strikes");
    expect(ev.timeAnchor).toBe("2017-04-24");
    expect(ev.sortKey).toBe("2017-04-23");
    expect(ev.version).toBe(2);
    const revs = await tdb.db
      .select()
      .from(t.revisions)
      .where(and(eq(t.revisions.entityId, "ev-darat-izza-strikes"), like(t.revisions.summary, "Re-resolved%")));
    expect(revs).toHaveLength(1);
    expect(revs[0]!.summary).toContain("2017-04-24");
  });

  it("is idempotent", async () => {
    expect(await reresolveDocumentDates(tdb.db, { documentId: DOC, actor: editor })).toEqual([]);
  });

  it("waits, changing nothing, when the publication date becomes unknown", async () => {
    await tdb.db.execute(sql`update documents set published_date = null, published_precision = 'unknown' where id = ${DOC}`);
    expect(await reresolveDocumentDates(tdb.db, { documentId: DOC, actor: editor })).toEqual([]);
    expect((await eventDate("ev-darat-izza-strikes")).dateStart).toBe("2017-04-23");
  });
});
