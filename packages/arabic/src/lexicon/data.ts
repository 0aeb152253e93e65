// The gazetteer and the actor lexicon are reviewed data in data/*.json, validated against the
// domain schema when the module loads so a bad edit fails every test at once.
import { ActorBase, PlaceBase } from "@waqai/schema";
import actorsJson from "../../data/actors.json";
import gazetteerJson from "../../data/gazetteer.json";

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

export const PLACES: PlaceEntry[] = PlaceBase.array().parse(gazetteerJson.places);
export const PLACES_BY_ID = checkGraph(PLACES, "gazetteer");
/** Names that are also common words: only a place after a designator or a locative preposition. */
export const PLACE_NAMES_NEEDING_CONTEXT: readonly string[] = gazetteerJson.needsContext.names;

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
