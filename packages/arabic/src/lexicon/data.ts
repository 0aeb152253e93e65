// The gazetteer and the actor lexicon are reviewed data in data/*.json, validated against the
// domain schema when the module loads so a bad edit fails every test at once.
import { ActorBase, PlaceBase } from "@waqai/schema";
import actorsJson from "../../data/actors.json";
import gazetteerJson from "../../data/gazetteer.json";
import geonamesJson from "../../data/geonames.json";
import { normalize } from "../text/normalize";

/** ActorBase plus the two name lists that carry weaker evidence; reuses the schema's own string-list type. */
export const ActorEntry = ActorBase.extend({
  metonyms: ActorBase.shape.variants,
  adjectives: ActorBase.shape.variants,
});
export type ActorEntry = ReturnType<typeof ActorEntry.parse>;
export type PlaceEntry = ReturnType<typeof PlaceBase.parse>;

function checkGraph<T extends { id: string; parentId?: string }>(entries: T[], what: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new Error(`${what}: duplicate id ${e.id}`);
    byId.set(e.id, e);
  }
  for (const e of entries) {
    const seen = new Set<string>([e.id]);
    for (let p = e.parentId; p !== undefined; p = byId.get(p)?.parentId) {
      if (!byId.has(p)) throw new Error(`${what}: ${e.id} has unknown parent ${p}`);
      if (seen.has(p)) throw new Error(`${what}: cycle through ${p}`);
      seen.add(p);
    }
  }
  return byId;
}

/** The reviewed hand list: it overrides the import. */
const HAND: PlaceEntry[] = PlaceBase.array().parse(gazetteerJson.places);

type GeonamesRow = [number, string, string[], string, number, number, string, string, string, number];

/** Settlement kind from GeoNames' feature code and population. */
function featureOf(code: string, population: number): PlaceEntry["feature"] {
  if (code === "PPLX") return "district";
  if (code === "PPLC" || code === "PPLA" || population >= 100_000) return "city";
  if (population >= 10_000 || code === "PPLA2") return "town";
  return "village";
}

/** Great-circle distance in km (haversine). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = (x: number) => (x * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Generic nouns GeoNames lists as alternate names of some places («مدينة» for Medina): never names. */
const GENERIC = new Set(["مدينة", "المدينة", "بلدة", "قرية", "حي", "منطقة", "محافظة", "ناحية", "قضاء", "مخيم", "العاصمة", "مركز"].map(normalize));

/** Names of an entry as compared when deduplicating: normalized, without «مدينة». */
const dedupKeys = (names: string[]) => names.map((n) => normalize(n).replace(/^مدينه /u, ""));

/**
 * GeoNames places (data/geonames.json) as gazetteer entries `gn-<geonameId>`, minus those the hand
 * list already holds (same country, a shared name, within 50 km) and those review dropped. The
 * parent is the country; a Syrian place takes the hand-listed governorate of its GeoNames admin1
 * division when the seat of that division is a hand-listed city («حلب» → محافظة حلب).
 */
function imported(hand: PlaceEntry[]): { entries: PlaceEntry[]; major: Set<string>; population: Map<string, number> } {
  const rows = geonamesJson.places as GeonamesRow[];
  const dropped = new Set(gazetteerJson.importOverrides.dropped as number[]);
  const countries = new Map(hand.filter((p) => p.feature === "country" && p.country).map((p) => [p.country!, p.id]));
  const handByKey = new Map<string, PlaceEntry[]>();
  for (const p of hand)
    for (const k of dedupKeys([p.name.ar, ...(p.name.en ? [p.name.en] : []), ...p.variants])) handByKey.set(k, [...(handByKey.get(k) ?? []), p]);
  const sameAsHand = (r: GeonamesRow) =>
    dedupKeys([r[1], r[3], ...r[2]]).some((k) =>
      (handByKey.get(k) ?? []).some((p) => p.country === r[7] && p.feature !== "country" && (!p.point || km(p.point, { lat: r[4], lon: r[5] }) <= 50)),
    );
  // admin1 division -> hand governorate, through the division's seat (PPLA) when the hand list has that city.
  const admin1Parent = new Map<string, string>();
  const byId = new Map(hand.map((p) => [p.id, p]));
  for (const r of rows) {
    if (r[6] !== "PPLA") continue;
    const city = dedupKeys([r[1], r[3]])
      .flatMap((k) => handByKey.get(k) ?? [])
      .find((p) => p.country === r[7] && p.feature === "city" && p.parentId && byId.get(p.parentId)?.feature === "governorate");
    if (city) admin1Parent.set(`${r[7]}.${r[8]}`, city.parentId!);
  }
  const entries: PlaceEntry[] = [];
  const major = new Set<string>();
  const populations = new Map<string, number>();
  for (const r of rows) {
    const [geonameId, ar, variants, en, lat, lon, code, country, admin1, population] = r;
    if (dropped.has(geonameId) || sameAsHand(r)) continue;
    const id = `gn-${geonameId}`;
    const parentId = admin1Parent.get(`${country}.${admin1}`) ?? countries.get(country);
    entries.push({
      id,
      name: { ar, en },
      variants: variants.filter((v) => !GENERIC.has(normalize(v))),
      feature: featureOf(code, population),
      point: { lat, lon },
      pointIsCentroid: false,
      ...(parentId ? { parentId } : {}),
      country,
    });
    // Capitals, seats of a first-level division and cities of 100,000 are named without «في»/«مدينة» in news.
    if (code === "PPLC" || code === "PPLA" || population >= 100_000) major.add(id);
    populations.set(id, population);
  }
  return { entries, major, population: populations };
}

const IMPORTED = imported(HAND);
export const PLACES: PlaceEntry[] = [...HAND, ...IMPORTED.entries];
export const PLACES_BY_ID = checkGraph(PLACES, "gazetteer");
/** Where an entry comes from: the reviewed hand list, or the GeoNames import (`gn-<geonameId>`). */
export const isImportedPlace = (id: string): boolean => id.startsWith("gn-");
/**
 * How prominent a place is when two share a name: the hand list (3) before imported capitals, seats
 * and cities of 100,000 (2), towns of 10,000 (1) and the rest (0); the population breaks ties.
 */
export function placeProminence(id: string): { tier: number; population: number } {
  if (!isImportedPlace(id)) return { tier: 3, population: 0 };
  const population = IMPORTED.population.get(id) ?? 0;
  return { tier: IMPORTED.major.has(id) ? 2 : population >= 10_000 ? 1 : 0, population };
}
/** Names that are also common words: only a place after a designator or a locative preposition. */
export const PLACE_NAMES_NEEDING_CONTEXT: readonly string[] = gazetteerJson.needsContext.names;
/** Imported names that are ordinary words («المدينة», «التحالف»): only a place after a settlement designator. */
export const PLACE_NAMES_NEEDING_DESIGNATOR: readonly string[] = gazetteerJson.importOverrides.commonWords;

export const ACTORS: ActorEntry[] = ActorEntry.array().parse(actorsJson.actors);
export const ACTORS_BY_ID = checkGraph(ACTORS, "actors");

/** Ancestors of a place, nearest first. */
export function placeAncestors(id: string): string[] {
  const out: string[] = [];
  for (let p = PLACES_BY_ID.get(id)?.parentId; p !== undefined; p = PLACES_BY_ID.get(p)?.parentId) out.push(p);
  return out;
}

/** Depth in the admin chain (country 0): deeper is more specific. */
export const placeDepth = (id: string): number => placeAncestors(id).length;

/** True when a is b or one contains the other. */
export const placesNest = (a: string, b: string): boolean => a === b || placeAncestors(a).includes(b) || placeAncestors(b).includes(a);
