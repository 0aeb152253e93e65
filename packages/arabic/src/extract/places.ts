// Choosing an event's place among the places of its clause: the most specific one; for a
// movement, where it started (or, for an arrival, where it ended); coordinated places of a
// violent event are separate events («ريفي حلب الشمالي والغربي»).
import { isImportedPlace, placeAncestors, placeDepth, placesNest, PLACES, PLACES_BY_ID } from "../lexicon/data";
import { cliticForms } from "../text/function-words";
import { normalize } from "../text/normalize";
import { ancestorsIn } from "./containment";
import { ARRIVAL, DESTINATION_MARKERS, VIOLENT } from "./lexicon";
import type { DocIndex } from "./scope";
import { tokenIndexAt } from "../text/tokens";
import type { CandidatePlace, Draft } from "./types";

/**
 * How specific a place is. Proposed unknown places (`new:…`) come after a designator: as specific as
 * a place gets. An imported place hangs from its country or governorate only, so its depth is read
 * from its kind as if it sat in the full admin chain (a city at governorate-seat depth, a town below a region).
 */
const depthOf = (id: string) => {
  if (id.startsWith("new:")) return 99;
  if (!isImportedPlace(id)) return placeDepth(id);
  const feature = PLACES_BY_ID.get(id)?.feature;
  return feature === "city" ? 2 : feature === "district" ? 4 : 3;
};

const inSet = (norm: string | undefined, set: Set<string>) => !!norm && cliticForms(norm).some((f) => set.has(f));

/** Places that are not an ancestor of another place in the list (by the gazetteer or by the text). */
function leaves(places: CandidatePlace[], containers: Map<string, string>): CandidatePlace[] {
  return places.filter((p) => !places.some((q) => q.id !== p.id && ancestorsIn(containers, q.id).includes(p.id)));
}

function lowestCommonAncestor(ids: string[]): string | undefined {
  const chains = ids.map((id) => [id, ...placeAncestors(id)]);
  return chains[0]!.find((candidate) => chains.every((c) => c.includes(candidate)));
}

function isDestination(p: CandidatePlace, index: DocIndex, markers = DESTINATION_MARKERS): boolean {
  const i = tokenIndexAt(index.tokens, p.start);
  return [1, 2, 3].some((k) => inSet(index.tokens[i - k]?.norm, markers));
}

const PROJECTILES = new Set(["missile_strike", "shelling", "air_strike"]);
/** «باتجاه», «نحو»: where a projectile was aimed («إلى» is as often where the wounded were taken). */
const AIMED = new Set(["باتجاه", "نحو"].map(normalize));

/** Pick `draft.place`; return extra drafts for coordinated places of a violent event. */
export function choosePlace(draft: Draft, index: DocIndex, clone: (d: Draft) => Draft): Draft[] {
  const places = draft.places.filter((p, k, all) => all.findIndex((q) => q.id === p.id) === k);
  if (!places.length) return [];
  if (draft.type === "evacuation") {
    const clauseTokens = index.tokens.filter((_, k) => index.clauseOf[k] === draft.clause);
    const arrival = clauseTokens.some((t) => inSet(t.norm, ARRIVAL));
    // A place containing or inside a marked destination is part of it («إلى مدينة جرابلس في ريف حلب الشمالي»).
    const marked = places.filter((p) => isDestination(p, index));
    const clauseOf = (p: CandidatePlace) => index.clauseOf[tokenIndexAt(index.tokens, p.start)];
    const dest = places.filter((p) => marked.some((m) => placesNest(m.id, p.id) || (clauseOf(m) === clauseOf(p) && p.start > m.start)));
    const origin = places.filter((p) => !dest.includes(p));
    const pool = arrival && dest.length ? dest : origin.length ? origin : dest;
    const role = pool === dest ? "destination" : "origin";
    const ids = leaves(pool, index.containers).map((p) => p.id);
    const id = ids.length > 1 ? lowestCommonAncestor(ids) : ids[0];
    const mention = pool.find((p) => p.id === id) ?? pool[0]!;
    draft.place = { ...mention, id: id ?? mention.id, role, confidence: ids.length > 1 ? 0.5 : 0.8 };
    return [];
  }
  // A visit or a mission happens where it goes («زيارة … إلى موسكو»).
  if (draft.type === "visit" || draft.type === "mission") {
    const goals = places.filter((p) => isDestination(p, index));
    if (goals.length) {
      const chosen = leaves(goals, index.containers).sort((a, b) => depthOf(b.id) - depthOf(a.id) || a.start - b.start)[0]!;
      draft.place = { ...chosen, role: "destination", confidence: 0.8 };
      return [];
    }
  }
  // A missile or a shell fired «باتجاه مدينة خميس مشيط» strikes there (ACLED codes where it lands),
  // not where it was launched from.
  if (PROJECTILES.has(draft.type)) {
    const targets = places.filter((p) => isDestination(p, index, AIMED));
    if (targets.length) {
      const chosen = leaves(targets, index.containers).sort((a, b) => depthOf(b.id) - depthOf(a.id) || a.start - b.start)[0]!;
      draft.place = { ...chosen, confidence: 0.8 };
      return [];
    }
  }
  // Where people were taken afterwards («نقل معظمهم إلى مستشفيات في ...») is not where it happened;
  // a place in the trigger's own clause beats one from a neighbouring clause.
  const located = places.filter((p) => !isDestination(p, index));
  const own = located.filter((p) => index.clauseOf[tokenIndexAt(index.tokens, p.start)] === draft.clause);
  const pool = own.length ? own : located;
  if (!pool.length) return [];
  const leafPlaces = leaves(pool, index.containers).sort((a, b) => depthOf(b.id) - depthOf(a.id) || a.start - b.start);
  // A list «قرية بليون وقرية البارة …، وقرية إبديتا»: its first place is the one right before the
  // first «و» of the list, and the list may run on into the next clause.
  const listed = leaves(located, index.containers).sort((a, b) => a.start - b.start);
  const inList = new Set(listed.filter((p) => p.coordinated));
  for (let k = 1; k < listed.length; k++) {
    const [q, p] = [listed[k - 1]!, listed[k]!];
    if (!p.coordinated || !p.id.startsWith("new:") || inList.has(q)) continue;
    if (tokenIndexAt(index.tokens, p.start) - tokenIndexAt(index.tokens, q.end - 1) <= 3) inList.add(q);
  }
  const coordinated = leafPlaces.some((p) => inList.has(p)) ? listed.filter((p) => inList.has(p)) : leafPlaces.filter((p) => p.coordinated);
  if (VIOLENT.has(draft.type) && coordinated.length >= 2) {
    const [first, ...rest] = coordinated;
    draft.place = { ...first!, confidence: 0.75 };
    return rest.map((p) => {
      const copy = clone(draft);
      copy.place = { ...p, confidence: 0.75 };
      // Each place of the list is its own event: none of them names the others again.
      copy.also = true;
      return copy;
    });
  }
  const after = leafPlaces.filter((p) => p.start >= draft.trigger.start);
  const chosen = leafPlaces[0]!;
  const preferred = after.find((p) => depthOf(p.id) === depthOf(chosen.id)) ?? chosen;
  draft.place = { ...preferred, confidence: preferred.start >= draft.trigger.start ? 0.85 : 0.75 };
  return [];
}

const SETTLEMENTS = new Set(["city", "town", "village", "district"]);

/**
 * Places an event names indirectly: «في المدينة» is the last settlement named before it, and an
 * inquiry «في الهجوم على X» is located where the attack it examines is.
 */
export function resolveIndirectPlaces(drafts: Draft[], index: DocIndex): void {
  const settlements = index.places.filter((p) => SETTLEMENTS.has(PLACES_BY_ID.get(p.id)?.feature ?? ""));
  for (const d of drafts) {
    if (d.absorbed || d.place) continue;
    if (d.placeAnaphora) {
      const last = settlements.filter((p) => p.end <= d.trigger.start).pop();
      if (last) d.place = { id: last.id, start: last.start, end: last.end, words: last.words, confidence: 0.6, inherited: true };
    }
    if (!d.place && d.type === "investigation") {
      const examined = drafts.find((e) => !e.absorbed && e.place && VIOLENT.has(e.type) && e.clause === d.clause && e.first > d.first);
      if (examined) d.place = { ...examined.place!, confidence: 0.6, inherited: true };
    }
  }
}
void PLACES;
