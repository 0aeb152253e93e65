/**
 * The seed's CSV and GeoJSON keep every fact of its events: each participant reaches an actor column,
 * each figure its words, the Darat Izza casualties are not lost for want of a "killed" count, and an
 * event at four towns is at four towns. Checked against the records themselves, not against a copy.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedAnnotation } from "@waqai/schema";
import { findSeedFiles, loadSeeds } from "../src/seed/load";
import { eventsCsv, eventsGeoJson } from "../src/export";
import { ACLED_COLUMNS } from "../src/export/acled";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

let tdb: TestDb;
let rows: Record<string, string>[];
let geo: { features: { id: string; geometry: { type: string; coordinates: unknown } | null }[] };
const seed = SeedAnnotation.parse(JSON.parse(readFileSync(findSeedFiles(SEEDS_DIR)[0]!.annotationFile, "utf8")));
const actorName = new Map(seed.actors.map((a) => [a.id, a.name.ar]));
const placeName = new Map(seed.places.map((p) => [p.id, p.name.ar]));

async function text(gen: AsyncGenerator<string>): Promise<string> {
  let out = "";
  for await (const chunk of gen) out += chunk;
  return out;
}

beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
  rows = parse(await text(eventsCsv(tdb.db, {}, { lang: "ar" })), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  geo = JSON.parse(await text(eventsGeoJson(tdb.db, {}, { lang: "ar" }))) as typeof geo;
});
afterAll(async () => tdb?.dispose());

describe("the seed's CSV", () => {
  it("has one row per event, in the documented columns", () => {
    expect(Object.keys(rows[0]!)).toEqual([...ACLED_COLUMNS]);
    expect(rows.map((r) => r.event_id_cnty).sort()).toEqual(seed.events.map((e) => e.id).sort());
  });

  it("names every participant of every event in an actor column", () => {
    for (const e of seed.events) {
      const row = rows.find((r) => r.event_id_cnty === e.id)!;
      const named = [row.actor1, row.assoc_actor_1, row.actor2, row.assoc_actor_2, row.other_actors].join(" ; ");
      for (const p of e.participants) expect(named, `${e.id}: ${p.actorId}`).toContain(actorName.get(p.actorId)!);
      if (e.participants.length) expect(row.actor1, e.id).not.toBe("");
      if (e.participants.length > 1) expect(row.actor2, e.id).not.toBe("");
    }
  });

  it("keeps every figure, with its words, and says why the Darat Izza casualties are not deaths", () => {
    for (const e of seed.events) {
      const row = rows.find((r) => r.event_id_cnty === e.id)!;
      for (const q of e.quantities) expect(row.figures, `${e.id}: ${q.id}`).toContain(`«${q.words}»`);
    }
    const izza = rows.find((r) => r.event_id_cnty === "ev-darat-izza-strikes")!;
    expect(izza.figures).toContain("killed_or_injured ≥12 «عشرات»");
    expect(izza.fatalities).toBe("");
    expect(izza.fatalities_convention).toMatch(/killed and injured counted together/);
  });

  it("codes actors, country and window as ACLED and UCDP users expect", () => {
    const izza = rows.find((r) => r.event_id_cnty === "ev-darat-izza-strikes")!;
    // Russia's air force in Syria is an external force (8); the strikes are in the Syrian conflict's dyad.
    expect([izza.inter1, izza.iso, izza.region, izza.country_code]).toEqual(["8", "760", "Middle East", "SY"]);
    expect([izza.date_earliest, izza.date_latest, izza.conflict_id, izza.dyad_id]).toEqual(["2017-04-21", "2017-04-22", "cf-syria", "dy-sy-gov-opposition"]);
    const ground = rows.find((r) => r.event_id_cnty === "ev-north-aleppo-ground-attack")!;
    expect([ground.inter1, ground.inter2, ground.interaction]).toEqual(["1", "2", "12"]);
    for (const r of rows) expect(r.date_latest, r.event_id_cnty).not.toBe("");
  });

  it("puts an event at the towns the text names, never at a country centroid", () => {
    const evac = rows.find((r) => r.event_id_cnty === "ev-four-towns-evacuation")!;
    for (const id of ["pl-fuah", "pl-kafriya", "pl-zabadani", "pl-madaya"]) expect(evac.other_locations).toContain(placeName.get(id)!);
    expect(evac.location).toBe(placeName.get("pl-fuah"));
    for (const r of rows) expect(r.location, r.event_id_cnty).not.toBe(placeName.get("pl-syria"));
    const f = geo.features.find((x) => x.id === "ev-four-towns-evacuation")!;
    expect(f.geometry?.type).toBe("MultiPoint");
    expect((f.geometry?.coordinates as unknown[]).length).toBe(4);
  });
});
