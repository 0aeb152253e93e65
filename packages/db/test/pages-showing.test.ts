import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { pagesShowing, PURGE_FANOUT_CAP } from "../src/queries";
import * as t from "../src/tables";
import { makeActor, makeEvent, makePlace } from "./factories";
import { openTestDb, type TestDb } from "./test-db";

// Which public pages a write changes, for the HTTP cache's purge: the record's own page and the pages that show
// it, each found by an index range, with a cap past which a whole kind is purged instead of one page each.

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const sorted = (r: Awaited<ReturnType<typeof pagesShowing>>) => ({
  pages: r.pages.map((p) => `${p.kind}:${p.id}`).sort(),
  allOf: [...r.allOf].sort(),
});

describe("pagesShowing", () => {
  it("an event shows on its place's and its actors' pages; they show it back", async () => {
    const place = await makePlace(tdb.db);
    const elsewhere = await makePlace(tdb.db);
    const [a, b] = [await makeActor(tdb.db), await makeActor(tdb.db)];
    const ev = await makeEvent(tdb.db, { placeId: place.id });
    const unrelated = await makeEvent(tdb.db, { placeId: elsewhere.id });
    await tdb.db.insert(t.eventParticipants).values([
      { eventId: ev.id, actorId: a.id, role: "initiator", attribution: "declared", ordinal: 0 },
      { eventId: ev.id, actorId: b.id, role: "target", attribution: "declared", ordinal: 1 },
      { eventId: unrelated.id, actorId: b.id, role: "initiator", attribution: "declared", ordinal: 0 },
    ]);

    expect(sorted(await pagesShowing(tdb.db, [{ kind: "event", id: ev.id }]))).toEqual({
      pages: [`actor:${a.id}`, `actor:${b.id}`, `event:${ev.id}`, `place:${place.id}`].sort(),
      allOf: [],
    });
    expect(sorted(await pagesShowing(tdb.db, [{ kind: "actor", id: a.id }]))).toEqual({ pages: [`actor:${a.id}`, `event:${ev.id}`].sort(), allOf: [] });
    expect(sorted(await pagesShowing(tdb.db, [{ kind: "actor", id: b.id }]))).toEqual({
      pages: [`actor:${b.id}`, `event:${ev.id}`, `event:${unrelated.id}`].sort(),
      allOf: [],
    });
    expect(sorted(await pagesShowing(tdb.db, [{ kind: "place", id: elsewhere.id }]))).toEqual({
      pages: [`event:${unrelated.id}`, `place:${elsewhere.id}`].sort(),
      allOf: [],
    });
  });

  it("past the cap, a record named on more pages of a kind than PURGE_FANOUT_CAP purges that whole kind", async () => {
    const place = await makePlace(tdb.db);
    const busy = await makeActor(tdb.db);
    const events = [];
    for (let i = 0; i <= PURGE_FANOUT_CAP; i++) events.push(await makeEvent(tdb.db, { placeId: place.id }));
    await tdb.db
      .insert(t.eventParticipants)
      .values(events.map((e) => ({ eventId: e.id, actorId: busy.id, role: "initiator", attribution: "declared", ordinal: 0 })));
    expect(sorted(await pagesShowing(tdb.db, [{ kind: "actor", id: busy.id }]))).toEqual({ pages: [`actor:${busy.id}`], allOf: ["event"] });
    // At the cap exactly: every page one by one.
    await tdb.db.delete(t.eventParticipants).where(eq(t.eventParticipants.eventId, events[0]!.id));
    const one = await pagesShowing(tdb.db, [{ kind: "actor", id: busy.id }]);
    expect(one.allOf).toEqual([]);
    expect(one.pages).toHaveLength(PURGE_FANOUT_CAP + 1);
  });
});
