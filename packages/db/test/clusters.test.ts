/**
 * The map's clusters (issue 12) against brute force on a few thousand synthetic events (PGlite, and
 * PostgreSQL under TEST_DATABASE_URL): from the per-place rollup the triggers keep (no filter, or a type)
 * and from the events (the timeline's other filters), after events are retracted, moved, unplaced and
 * deleted and a place leaves the public record. Brute force reads every row in JavaScript.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterCellSize, CLUSTERS_MAX, EventClustersInput } from "@waqai/schema";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { synthesize } from "../src/synth/write";
import { eventClusters, type EventFilterParams } from "../src/queries";
import { openTestDb, unpublishSome, type TestDb } from "./test-db";

let tdb: TestDb;
type EventRow = { id: string; type: string; status: string; place_id: string | null; date_earliest: string | null; date_latest: string | null };
type PlaceRow = { id: string; status: string; lat: number | null; lon: number | null };
let events: EventRow[];
let places: Map<string, PlaceRow>;
let participants: { event_id: string; actor_id: string }[];

async function load() {
  events = await queryRows<EventRow>(tdb.db, sql`select id, type, status, place_id, date_earliest, date_latest from events`);
  places = new Map((await queryRows<PlaceRow>(tdb.db, sql`select id, status, lat, lon from places`)).map((p) => [p.id, p]));
  participants = await queryRows(tdb.db, sql`select event_id, actor_id from event_participants`);
}

beforeAll(async () => {
  tdb = await openTestDb();
  await synthesize(tdb.db, { events: 3000, seed: 23, batchSize: 500 });
  await load();
  const ids = events.filter((e) => e.place_id).map((e) => e.id);
  const placeIds = [...places.values()].filter((p) => p.lat !== null).map((p) => p.id);
  // The rollup must follow every kind of change: status, site moved, site removed, events deleted.
  await unpublishSome(tdb.db, ids);
  await tdb.db
    .update(t.events)
    .set({ placeId: placeIds[0]! })
    .where(inArray(t.events.id, ids.slice(60, 90)));
  await tdb.db
    .update(t.events)
    .set({ placeId: null })
    .where(inArray(t.events.id, ids.slice(90, 100)));
  await tdb.db
    .update(t.events)
    .set({ type: "shelling", status: "published" })
    .where(inArray(t.events.id, ids.slice(30, 50)));
  await tdb.db.delete(t.events).where(inArray(t.events.id, ids.slice(100, 120)));
  // A place unpublished: its events leave the public map though they stay published.
  await tdb.db.update(t.places).set({ status: "draft" }).where(eq(t.places.id, placeIds[1]!));
  await load();
}, 240_000);
afterAll(async () => tdb?.dispose());

type Cluster = { lon: number; lat: number; count: number; places: number; placeId?: string };

/** Every event read in JavaScript: the published ones whose published site lies in the view, by cell. */
function bruteForce(bbox: [number, number, number, number], zoom: number, keep: (e: EventRow) => boolean): Cluster[] {
  const [w, s, e, n] = bbox;
  const cell = clusterCellSize(zoom);
  const cells = new Map<string, { count: number; lon: number; lat: number; places: Set<string> }>();
  for (const ev of events) {
    if (ev.status !== "published" || !ev.place_id || !keep(ev)) continue;
    const p = places.get(ev.place_id)!;
    if (p.status !== "published" || p.lat === null || p.lon === null) continue;
    if (p.lon < w || p.lon > e || p.lat < s || p.lat > n) continue;
    const key = `${Math.floor(p.lon / cell)} ${Math.floor(p.lat / cell)}`;
    const c = cells.get(key) ?? { count: 0, lon: 0, lat: 0, places: new Set<string>() };
    c.count++;
    c.lon += p.lon;
    c.lat += p.lat;
    c.places.add(p.id);
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => ({
    lon: c.lon / c.count,
    lat: c.lat / c.count,
    count: c.count,
    places: c.places.size,
    ...(c.places.size === 1 ? { placeId: [...c.places][0] } : {}),
  }));
}

const order = (a: Cluster, b: Cluster) => b.count - a.count || a.lon - b.lon || a.lat - b.lat;

async function expectClusters(bbox: [number, number, number, number], zoom: number, f: EventFilterParams, keep: (e: EventRow) => boolean) {
  const input = EventClustersInput.parse({ bbox, zoom, ...f });
  const got = await eventClusters(tdb.db, input);
  const expected = bruteForce(bbox, zoom, keep).sort(order);
  expect(got.more).toBe(false);
  expect(got.capped).toBe(false);
  expect(got.total).toBe(expected.reduce((n, c) => n + c.count, 0));
  const actual = got.clusters.map((c) => ({ lon: c.lon, lat: c.lat, count: c.count, places: c.places, placeId: c.place?.id })).sort(order);
  expect(actual.map((c) => [c.count, c.places, c.placeId])).toEqual(expected.map((c) => [c.count, c.places, c.placeId]));
  actual.forEach((c, i) => {
    expect(c.lon).toBeCloseTo(expected[i]!.lon, 6);
    expect(c.lat).toBeCloseTo(expected[i]!.lat, 6);
  });
  // A cell of one event names it, and it is that cell's event.
  for (const c of got.clusters.filter((x) => x.count === 1)) {
    const ev = events.find((e) => e.id === c.event?.id);
    expect(ev?.place_id).toBe(c.place?.id);
    expect(ev && keep(ev)).toBe(true);
  }
  return got;
}

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
const SYRIA_NW: [number, number, number, number] = [35.5, 34.5, 38, 37];

describe("clusters agree with brute force", () => {
  it("the rollup is exact after status, site and type changes and deletes", async () => {
    const rollup = await queryRows<{ place_id: string; type: string; n: number }>(tdb.db, sql`select place_id, type, n from place_event_counts where n <> 0`);
    const expected = new Map<string, number>();
    // Per site and type, and per site of every type ('*').
    for (const e of events.filter((x) => x.status === "published" && x.place_id))
      for (const key of [`${e.place_id} ${e.type}`, `${e.place_id} *`]) expected.set(key, (expected.get(key) ?? 0) + 1);
    expect(Object.fromEntries(rollup.map((r) => [`${r.place_id} ${r.type}`, Number(r.n)]))).toEqual(Object.fromEntries(expected));
  });

  it("no filter: from the rollup, at several zooms and views", async () => {
    for (const zoom of [0, 3, 6, 8, 11]) await expectClusters(WORLD, zoom, {}, () => true);
    for (const zoom of [5, 7, 9]) await expectClusters(SYRIA_NW, zoom, {}, () => true);
    const fine = await expectClusters(WORLD, 11, {}, () => true);
    expect(fine.clusters.length).toBeGreaterThan(20);
    const one = await expectClusters(WORLD, 0, {}, () => true);
    expect(one.clusters.length).toBe(1);
  });

  it("a type: from the rollup too", async () => {
    await expectClusters(WORLD, 6, { type: "shelling" }, (e) => e.type === "shelling");
    await expectClusters(SYRIA_NW, 8, { type: "air_strike" }, (e) => e.type === "air_strike");
    // The rarest type at a fine zoom: cells of one event, which name it.
    const byType = new Map<string, number>();
    for (const e of events.filter((x) => x.status === "published" && x.place_id)) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const rare = [...byType].sort((a, b) => a[1] - b[1])[0]![0] as "shelling";
    const lone = await expectClusters(WORLD, 11, { type: rare }, (e) => e.type === rare);
    expect(lone.clusters.some((c) => c.event)).toBe(true);
  });

  it("an actor, a date range, a place: from the events", async () => {
    const counts = new Map<string, number>();
    for (const p of participants) counts.set(p.actor_id, (counts.get(p.actor_id) ?? 0) + 1);
    const actor = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const withActor = new Set(participants.filter((p) => p.actor_id === actor).map((p) => p.event_id));
    await expectClusters(WORLD, 7, { actorId: actor }, (e) => withActor.has(e.id));
    // "overlaps": the window meets 2014 (an open side read at its known bound).
    const overlaps2014 = (e: EventRow) => {
      const early = e.date_earliest ?? e.date_latest;
      const late = e.date_latest ?? e.date_earliest;
      return !!early && !!late && early <= "2014-12-31" && late >= "2014-01-01";
    };
    await expectClusters(SYRIA_NW, 8, { from: "2014", to: "2014" }, overlaps2014);
    await expectClusters(WORLD, 5, { from: "2014", to: "2014", type: "shelling" }, (e) => overlaps2014(e) && e.type === "shelling");
    const site = events.find((e) => e.status === "published" && e.place_id && places.get(e.place_id)!.status === "published")!.place_id!;
    const got = await expectClusters(WORLD, 10, { placeId: site }, (e) => e.place_id === site);
    expect(got.clusters.length).toBe(1);
  });

  it("bounds the cells returned and refuses a view upside down", async () => {
    expect(EventClustersInput.safeParse({ bbox: [40, 30, 35, 35], zoom: 3 }).success).toBe(false);
    expect(EventClustersInput.safeParse({ bbox: [0, -100, 10, 10], zoom: 3 }).success).toBe(false);
    const got = await eventClusters(tdb.db, EventClustersInput.parse({ bbox: WORLD, zoom: 22 }));
    expect(got.clusters.length).toBeLessThanOrEqual(CLUSTERS_MAX);
  });
});
