/**
 * The ACLED-style filters (country, admin area, bounding box, actor kind, minimum fatalities, several types)
 * against brute force on a few thousand synthetic events (PGlite, and PostgreSQL under TEST_DATABASE_URL):
 * the list (every page), the capped count, the facets, the histogram and the events export all go through
 * the one filter builder, so each must find exactly the events JavaScript finds reading every row. Also the
 * denormalised `events.fatalities` after figures are added, changed and removed.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { synthesize } from "../src/synth/write";
import {
  actorKindReference,
  archiveStatus,
  countEvents,
  countryReference,
  eventClusters,
  eventFacets,
  eventHistogram,
  eventTypeReference,
  listEvents,
  type EventFilterParams,
} from "../src/queries";
import { exportEventPages } from "../src/export";
import { makeActor, makeEvent, makePlace } from "./factories";
import { openTestDb, unpublishSome, type TestDb } from "./test-db";

let tdb: TestDb;
type Ev = { id: string; type: string; status: string; place_id: string | null; fatalities: number | null };
type Pl = { id: string; country: string | null; parent_id: string | null; lat: number | null; lon: number | null };
let evs: Ev[];
let places: Map<string, Pl>;
let kindsOf: Map<string, Set<string>>;

/** ACLED's fatalities from the figures, in JavaScript: the sum of low (else best) of the "killed" figures, null without a number. */
async function bruteFatalities(): Promise<Map<string, number | null>> {
  const qs = await queryRows<{ event_id: string; kind: string; low: number | null; best: number | null }>(
    tdb.db,
    sql`select event_id, kind, low, best from event_quantities`,
  );
  const out = new Map<string, number | null>();
  for (const q of qs) {
    if (q.kind !== "killed") continue;
    const n = q.low ?? q.best;
    if (n === null) continue;
    out.set(q.event_id, (out.get(q.event_id) ?? 0) + Number(n));
  }
  return out;
}

beforeAll(async () => {
  tdb = await openTestDb();
  await synthesize(tdb.db, { events: 3000, seed: 23, batchSize: 500 });
  const ids = (await queryRows<{ id: string }>(tdb.db, sql`select id from events order by id`)).map((r) => r.id);
  await unpublishSome(tdb.db, ids);
  // Countries: most places in Syria, some regions' towns in Turkey and Lebanon, a few unknown.
  await tdb.db.execute(sql`update places set country = case
      when parent_id = 'syn-pl-r1' then 'TR' when parent_id = 'syn-pl-r2' then 'LB'
      when id like '%7' then null else 'SY' end`);
  // A second admin level: a few towns under a district under region 0, so a region's descendants are two deep.
  await tdb.db.insert(t.places).values({ id: "syn-pl-d0", nameAr: "منطقة", feature: "district", parentId: "syn-pl-r0", status: "published", country: "SY" });
  const someTowns = (
    await queryRows<{ id: string }>(tdb.db, sql`select id from places where parent_id = 'syn-pl-r3' and feature <> 'region' order by id limit 5`)
  ).map((r) => r.id);
  await tdb.db.update(t.places).set({ parentId: "syn-pl-d0" }).where(inArray(t.places.id, someTowns));
  // Figures change after the synthetic write: the trigger must follow an insert, an update and a delete.
  const withFigures = await queryRows<{ id: string; event_id: string }>(tdb.db, sql`select id, event_id from event_quantities order by id limit 30`);
  await tdb.db
    .update(t.eventQuantities)
    .set({ kind: "killed", low: 7, best: 9, high: 9, vague: false, convention: null })
    .where(
      inArray(
        t.eventQuantities.id,
        withFigures.slice(0, 10).map((q) => q.id),
      ),
    );
  await tdb.db.delete(t.eventQuantities).where(
    inArray(
      t.eventQuantities.id,
      withFigures.slice(10, 20).map((q) => q.id),
    ),
  );
  await tdb.db.insert(t.eventQuantities).values(
    ids.slice(100, 140).map((eventId, i) => ({
      id: `q-extra-${i}`,
      eventId,
      ordinal: 900,
      kind: i % 4 === 0 ? "injured" : "killed",
      low: i % 5 === 0 ? null : i * 3,
      best: i % 5 === 0 ? null : i * 3 + 1,
      words: String(i * 3),
      vague: false,
    })),
  );
  await tdb.db.execute(sql`analyze`);
  evs = await queryRows<Ev>(tdb.db, sql`select id, type, status, place_id, fatalities from events`);
  places = new Map((await queryRows<Pl>(tdb.db, sql`select id, country, parent_id, lat, lon from places`)).map((p) => [p.id, p]));
  kindsOf = new Map();
  for (const p of await queryRows<{ event_id: string; kind: string }>(
    tdb.db,
    sql`select ep.event_id, a.kind from event_participants ep join actors a on a.id = ep.actor_id`,
  )) {
    kindsOf.set(p.event_id, (kindsOf.get(p.event_id) ?? new Set()).add(p.kind));
  }
}, 240_000);
afterAll(async () => tdb?.dispose());

const published = () => evs.filter((e) => e.status === "published");
const siteOf = (e: Ev) => (e.place_id ? places.get(e.place_id) : undefined);
const underAdmin = (placeId: string | null, admin: string) => {
  for (let p = placeId ? places.get(placeId) : undefined, hops = 0; p && hops < 20; p = p.parent_id ? places.get(p.parent_id) : undefined, hops++)
    if (p.id === admin) return true;
  return false;
};

/** Every id the list returns, walking every page (both orders must agree as sets). */
async function listed(f: EventFilterParams): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listEvents(tdb.db, { ...f, limit: 100, cursor });
    out.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out.sort();
}

async function exported(f: EventFilterParams): Promise<string[]> {
  const out: string[] = [];
  for await (const page of exportEventPages(tdb.db, f, { pageSize: 400 })) out.push(...page.map((e) => e.event.id));
  return out.sort();
}

/** `facet`: what the case keeps without its type filters (the facets count per type over the other filters); else `keep`. */
const CASES: { name: string; f: EventFilterParams; keep: (e: Ev) => boolean; facet?: (e: Ev) => boolean }[] = [
  { name: "country SY", f: { country: "SY" }, keep: (e) => siteOf(e)?.country === "SY" },
  { name: "country LB", f: { country: "LB" }, keep: (e) => siteOf(e)?.country === "LB" },
  { name: "admin region 0 (two levels deep)", f: { adminId: "syn-pl-r0" }, keep: (e) => underAdmin(e.place_id, "syn-pl-r0") },
  { name: "admin region 3", f: { adminId: "syn-pl-r3" }, keep: (e) => underAdmin(e.place_id, "syn-pl-r3") },
  { name: "admin district", f: { adminId: "syn-pl-d0" }, keep: (e) => underAdmin(e.place_id, "syn-pl-d0") },
  {
    name: "bbox",
    f: { bbox: "36.2,35.5,37.0,36.2" },
    keep: (e) => {
      const p = siteOf(e);
      return !!p && p.lon !== null && p.lat !== null && p.lon >= 36.2 && p.lon <= 37.0 && p.lat >= 35.5 && p.lat <= 36.2;
    },
  },
  { name: "actor kind militia", f: { actorKind: "militia" }, keep: (e) => !!kindsOf.get(e.id)?.has("militia") },
  { name: "actor kind armed_forces", f: { actorKind: "armed_forces" }, keep: (e) => !!kindsOf.get(e.id)?.has("armed_forces") },
  { name: "minFatalities 1", f: { minFatalities: 1 }, keep: (e) => (fatal.get(e.id) ?? -1) >= 1 },
  { name: "minFatalities 20", f: { minFatalities: 20 }, keep: (e) => (fatal.get(e.id) ?? -1) >= 20 },
  { name: "minFatalities 0 (any number, even 0)", f: { minFatalities: 0 }, keep: (e) => (fatal.get(e.id) ?? -1) >= 0 },
  { name: "types (OR)", f: { types: ["air_strike", "shelling"] }, keep: (e) => e.type === "air_strike" || e.type === "shelling", facet: () => true },
  {
    name: "type and types (both)",
    f: { type: "air_strike", types: ["air_strike", "shelling"] },
    keep: (e) => e.type === "air_strike",
    facet: () => true,
  },
  {
    name: "combined: country, types, minFatalities",
    f: { country: "SY", types: ["air_strike", "shelling", "armed_clash"], minFatalities: 5 },
    keep: (e) => siteOf(e)?.country === "SY" && ["air_strike", "shelling", "armed_clash"].includes(e.type) && (fatal.get(e.id) ?? -1) >= 5,
    facet: (e) => siteOf(e)?.country === "SY" && (fatal.get(e.id) ?? -1) >= 5,
  },
];
let fatal: Map<string, number | null>;

describe("ACLED-style filters agree with brute force", () => {
  it("the denormalised fatalities equal the figures' ACLED reading, after inserts, updates and deletes", async () => {
    fatal = await bruteFatalities();
    for (const e of evs) expect(e.fatalities === null ? null : Number(e.fatalities), e.id).toBe(fatal.get(e.id) ?? null);
    expect([...fatal.values()].filter((n) => n !== null && n > 0).length).toBeGreaterThan(25);
  });

  for (const c of CASES) {
    it(`${c.name}: list, count, facets, histogram and export`, async () => {
      fatal ??= await bruteFatalities();
      const expected = published()
        .filter(c.keep)
        .map((e) => e.id)
        .sort();
      expect(expected.length, "the case selects something").toBeGreaterThan(0);
      expect(expected.length, "and not everything").toBeLessThan(published().length);
      expect(await listed(c.f)).toEqual(expected);
      expect(await countEvents(tdb.db, c.f)).toEqual({ count: expected.length, capped: false });
      expect((await eventHistogram(tdb.db, c.f)).total).toBe(expected.length);
      expect(await exported(c.f)).toEqual(expected);
      // Facets: per type, the other filters (types and type left out).
      const others = published().filter(c.facet ?? c.keep);
      const byType = Object.fromEntries([...new Set(others.map((e) => e.type))].sort().map((ty) => [ty, others.filter((e) => e.type === ty).length]));
      const facets = await eventFacets(tdb.db, c.f);
      expect(Object.fromEntries(facets.types.map((x) => [x.type, x.count]).sort())).toEqual(byType);
    });
  }

  it("the map's clusters count the filtered events at sites with a point", async () => {
    const f: EventFilterParams = { country: "SY", minFatalities: 1 };
    const got = await eventClusters(tdb.db, { ...f, bbox: [-180, -90, 180, 90], zoom: 0 });
    const expected = published().filter((e) => siteOf(e)?.country === "SY" && (fatal.get(e.id) ?? -1) >= 1 && siteOf(e)?.lat !== null).length;
    expect(got.total).toBe(expected);
  });

  it("a figure edited later moves its event in and out of the fatality filter", async () => {
    const before = (await countEvents(tdb.db, { minFatalities: 10_000 })).count;
    const ev = published().find((e) => fatal.get(e.id) === undefined)!;
    await tdb.db
      .insert(t.eventQuantities)
      .values({ id: "q-big", eventId: ev.id, ordinal: 901, kind: "killed", low: 10_000, best: 10_500, words: "عشرة آلاف", vague: false });
    expect((await countEvents(tdb.db, { minFatalities: 10_000 })).count).toBe(before + 1);
    await tdb.db.update(t.eventQuantities).set({ low: 5 }).where(eq(t.eventQuantities.id, "q-big"));
    expect((await countEvents(tdb.db, { minFatalities: 10_000 })).count).toBe(before);
    await tdb.db.delete(t.eventQuantities).where(eq(t.eventQuantities.id, "q-big"));
    const [row] = await queryRows<{ fatalities: number | null }>(tdb.db, sql`select fatalities from events where id = ${ev.id}`);
    expect(row?.fatalities).toBeNull();
  });

  it("reference lists: each value's count is the number of published events the filter finds", async () => {
    const tally = (keys: (string | null | undefined)[]) => {
      const m = new Map<string, number>();
      for (const k of keys) if (k) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    const types = tally(published().map((e) => e.type));
    for (const item of (await eventTypeReference(tdb.db)).items) expect(item.count, item.value).toBe(types.get(item.value) ?? 0);
    const countries = tally(published().map((e) => siteOf(e)?.country));
    const got = await countryReference(tdb.db);
    expect(Object.fromEntries(got.items.map((i) => [i.value, i.count]))).toEqual(Object.fromEntries([...countries].sort()));
    for (const item of (await actorKindReference(tdb.db)).items) {
      expect(item.count, item.value).toBe(published().filter((e) => kindsOf.get(e.id)?.has(item.value)).length);
      expect(item.label.en).toBeTruthy();
    }
    const [newest] = await queryRows<{ at: string }>(tdb.db, sql`select max(updated_at)::text as at from events where status = 'published'`);
    const status = await archiveStatus(tdb.db);
    expect(status.publishedEvents).toBe(published().length);
    expect(status.eventsUpdatedAt).toBe(new Date(newest!.at).toISOString());
    expect(status.latestRelease).toBeNull();
  });

  // Last: it writes published events of its own, which the tallies above do not expect.
  it("the events' copies of site and actors follow later edits of places, actors and participants", async () => {
    const ids = async (f: EventFilterParams) => (await listed(f)).filter((id) => id.startsWith("ev-"));
    // A tree written child-first in one batch: the child's path is completed once its parents are stored.
    await tdb.db.insert(t.places).values([
      { id: "pl-town", nameAr: "بلدة", feature: "town", parentId: "pl-dist", country: "SY", status: "published" },
      { id: "pl-dist", nameAr: "منطقة", feature: "district", parentId: "pl-gov", country: "SY", status: "published" },
      { id: "pl-gov", nameAr: "محافظة", feature: "region", country: "SY", status: "published" },
      { id: "pl-gov2", nameAr: "محافظة ثانية", feature: "region", country: "SY", status: "published" },
    ]);
    const militia = await makeActor(tdb.db, { kind: "militia" });
    const state = await makeActor(tdb.db, { kind: "state" });
    const ev = await makeEvent(tdb.db, { placeId: "pl-town", dateStart: "2016-05-01" });
    expect(await ids({ adminId: "pl-gov" })).toEqual([ev.id]);
    expect(await ids({ actorKind: "state" })).toEqual([]);

    const part = (actorId: string, ordinal: number) => ({ eventId: ev.id, actorId, role: "initiator", attribution: "declared", ordinal });
    await tdb.db.insert(t.eventParticipants).values([part(militia.id, 0), part(state.id, 1)]);
    expect(await ids({ actorKind: "state" })).toEqual([ev.id]);
    await tdb.db.update(t.actors).set({ kind: "armed_group" }).where(eq(t.actors.id, state.id));
    expect(await ids({ actorKind: "state" })).toEqual([]);
    expect(await ids({ actorKind: "armed_group" })).toEqual([ev.id]);
    await tdb.db.delete(t.eventParticipants).where(eq(t.eventParticipants.actorId, militia.id));
    expect(await ids({ actorKind: "militia" })).toEqual([]);

    // The district moves to another governorate: the town's events move with it, two levels down.
    await tdb.db.update(t.places).set({ parentId: "pl-gov2" }).where(eq(t.places.id, "pl-dist"));
    expect(await ids({ adminId: "pl-gov" })).toEqual([]);
    expect(await ids({ adminId: "pl-gov2" })).toEqual([ev.id]);
    expect(await ids({ adminId: "pl-dist" })).toEqual([ev.id]);
    // The site's country is corrected; then the event is moved to another site.
    await tdb.db.update(t.places).set({ country: "TR" }).where(eq(t.places.id, "pl-town"));
    expect(await ids({ country: "TR" })).toEqual([ev.id]);
    const other = await makePlace(tdb.db, { country: "IQ" });
    await tdb.db.update(t.events).set({ placeId: other.id }).where(eq(t.events.id, ev.id));
    expect(await ids({ country: "TR" })).toEqual([]);
    expect(await ids({ country: "IQ" })).toEqual([ev.id]);
    expect(await ids({ adminId: "pl-gov2" })).toEqual([]);

    // A governorate placed inside its own district would make the hierarchy a loop: refused, nothing changed.
    await expect(tdb.db.update(t.places).set({ parentId: "pl-dist" }).where(eq(t.places.id, "pl-gov2"))).rejects.toThrow();
    const [gov2] = await queryRows<{ parent_id: string | null; path: string[] }>(tdb.db, sql`select parent_id, path from places where id = 'pl-gov2'`);
    expect(gov2).toEqual({ parent_id: null, path: ["pl-gov2"] });
  });
});
