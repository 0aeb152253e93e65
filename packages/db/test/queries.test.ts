import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import { getEvent, listEvents } from "../src/queries/events";
import { listActors } from "../src/queries/entities";
import { InvalidCursorError, type ReadScope } from "../src/queries/util";
import { makeActor, makeDocument, makeEvent, makePlace } from "./factories";
import { openTestDb, type TestDb } from "./test-db";

let tdb: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  tdb = await openTestDb();
  const db = tdb.db;
  const place = await makePlace(db, { id: "pl-q-darat" });
  const actor = await makeActor(db, { id: "act-q-ru", variants: ["موسكو"] });
  ids.place = place.id;
  ids.actor = actor.id;
  // Deliberately inserted out of order, with one of each precision and one unknown date.
  const specs = [
    { id: "ev-q-c", dateStart: "2017-04-22", type: "air_strike" },
    { id: "ev-q-a", dateStart: "2017-04-04", type: "chemical_attack" },
    { id: "ev-q-m", dateStart: "2017-04", timePrecision: "month", type: "agreement" },
    { id: "ev-q-u", type: "phone_call" },
    { id: "ev-q-b", dateStart: "2017-04-21", type: "evacuation" },
    { id: "ev-q-d", dateStart: "2017-04-22", type: "air_strike", placeId: place.id },
    { id: "ev-q-draft", dateStart: "2017-04-10", type: "air_strike", status: "draft" as const },
    { id: "ev-q-retracted", dateStart: "2017-04-11", type: "air_strike", status: "retracted" as const },
  ];
  for (const s of specs) await makeEvent(db, s);
  await db.insert(t.eventParticipants).values({ eventId: "ev-q-d", actorId: actor.id, role: "initiator", attribution: "declared", ordinal: 1 });
  await db
    .insert(t.eventQuantities)
    .values({ id: "q-q-strikes", eventId: "ev-q-d", ordinal: 1, kind: "strikes", best: 11, words: "11 غارة جوية", vague: false });
  const doc = await makeDocument(db, { id: "doc-q" });
  await db.insert(t.citations).values({
    id: "cit-q-1",
    documentId: doc.id,
    documentHash: doc.textHash,
    startOffset: 0,
    endOffset: 3,
    exact: doc.text.slice(0, 3),
    prefix: "",
    suffix: doc.text.slice(3, 35),
    role: "evidence",
    targetKind: "event",
    eventId: "ev-q-d",
  });
  await db.insert(t.citations).values({
    id: "cit-q-draft",
    documentId: doc.id,
    documentHash: doc.textHash,
    startOffset: 4,
    endOffset: 9,
    exact: doc.text.slice(4, 9),
    prefix: "",
    suffix: "",
    role: "evidence",
    targetKind: "event",
    eventId: "ev-q-draft",
  });
});
afterAll(async () => tdb?.dispose());

async function allPages(params: Parameters<typeof listEvents>[1], scope?: ReadScope) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await listEvents(tdb.db, { ...params, cursor }, scope);
    seen.push(...page.items.map((e) => e.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("listEvents", () => {
  it("returns published events in time order, month precision before that month's days, unknown dates last", async () => {
    expect(await allPages({ limit: 100 })).toEqual(["ev-q-m", "ev-q-a", "ev-q-b", "ev-q-c", "ev-q-d", "ev-q-u"]);
  });

  it("pages with a cursor without gaps or repeats, in both directions", async () => {
    expect(await allPages({ limit: 2 })).toEqual(["ev-q-m", "ev-q-a", "ev-q-b", "ev-q-c", "ev-q-d", "ev-q-u"]);
    expect(await allPages({ limit: 4, order: "desc" })).toEqual(["ev-q-u", "ev-q-d", "ev-q-c", "ev-q-b", "ev-q-a", "ev-q-m"]);
  });

  it("never shows drafts or retracted events to the public, but does to a wider scope", async () => {
    const pub = await allPages({ limit: 100 });
    expect(pub).not.toContain("ev-q-draft");
    expect(pub).not.toContain("ev-q-retracted");
    const editor = await allPages({ limit: 100 }, { statuses: ["draft", "published"] });
    expect(editor).toContain("ev-q-draft");
    expect(editor).not.toContain("ev-q-retracted");
    expect(await getEvent(tdb.db, "ev-q-draft")).toBeNull();
  });

  it("filters by type, place, actor, precision and date range", async () => {
    expect(await allPages({ type: "air_strike" })).toEqual(["ev-q-c", "ev-q-d"]);
    expect(await allPages({ placeId: ids.place })).toEqual(["ev-q-d"]);
    expect(await allPages({ actorId: ids.actor })).toEqual(["ev-q-d"]);
    expect(await allPages({ precision: "month" })).toEqual(["ev-q-m"]);
    // A month-precise event (1–30 April) may have happened in a range inside April: "overlaps" keeps it,
    // "within" only what certainly falls inside; the undated one only on request.
    expect(await allPages({ from: "2017-04-05", to: "2017-04-21" })).toEqual(["ev-q-m", "ev-q-b"]);
    expect(await allPages({ from: "2017-04-05", to: "2017-04-21", dateMatch: "within" })).toEqual(["ev-q-b"]);
    expect(await allPages({ from: "2017-04-05", to: "2017-04-21", dateMatch: "within", undated: true })).toEqual(["ev-q-b", "ev-q-u"]);
    expect(await allPages({ from: "2017-04", to: "2017-04" })).toEqual(["ev-q-m", "ev-q-a", "ev-q-b", "ev-q-c", "ev-q-d"]);
    expect(await allPages({ documentId: "doc-q" })).toEqual(["ev-q-d"]);
  });

  it("rejects a cursor it did not issue", async () => {
    await expect(listEvents(tdb.db, { cursor: "not-a-cursor" })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("getEvent", () => {
  it("returns the event with its place, participants, figures and visible citations only", async () => {
    const ev = await getEvent(tdb.db, "ev-q-d");
    expect(ev?.place).toEqual({ id: ids.place, name: { ar: "دارة عزة", en: "Darat Izza" } });
    expect(ev?.participants).toEqual([{ actorId: ids.actor, role: "initiator", attribution: "declared" }]);
    expect(ev?.actors.map((a) => a.id)).toEqual([ids.actor]);
    expect(ev?.quantities).toEqual([{ id: "q-q-strikes", kind: "strikes", best: 11, words: "11 غارة جوية", vague: false }]);
    expect(ev?.citations.map((c) => [c.id, c.target])).toEqual([["cit-q-1", { kind: "event", id: "ev-q-d" }]]);
  });
});

describe("listActors", () => {
  it("matches a name variant", async () => {
    const page = await listActors(tdb.db, { q: "موسكو" });
    expect(page.items.map((a) => a.id)).toEqual([ids.actor]);
  });
});
