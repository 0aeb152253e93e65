// Turning drafts into candidates: roles for the actors, the date as start or end, orphan figures
// and weapons from sentences without a trigger, and a confidence in [0, 1].
import type { EventType } from "@waqai/schema";
import { ACTORS_BY_ID } from "../lexicon/data";
import type { PlaceMention } from "../lexicon/gazetteer";
import { cliticForms } from "../text/function-words";
import { normalize } from "../text/normalize";
import type { SegmentKind } from "../text/sentences";
import type { Figure } from "./figures";
import { VIOLENT } from "./lexicon";
import type { DocIndex } from "./scope";
import { tokenIndexAt } from "../text/tokens";
import type { CandidateEvent, CandidateRole, Draft } from "./types";
import type { WeaponMention } from "./weapons";

const TARGET_MARKERS = new Set(["على", "ضد", "مواقع", "موقعا", "مقرات", "استهدفت", "استهدف"].map(normalize));
const CASUALTIES = new Set(["killed", "injured", "killed_or_injured"]);
const AERIAL = new Set(["air_strike", "chemical_attack"]);
/** Which kind of event a weapon named on its own most likely belongs to. */
const WEAPON_EVENT: Record<string, string> = {
  aircraft: "air_strike",
  air_to_surface_missile: "air_strike",
  thermobaric: "air_strike",
  bunker_buster: "air_strike",
  barrel_bomb: "air_strike",
  artillery: "shelling",
  chemical_agent: "chemical_attack",
};

function roleOf(d: Draft, actorId: string, start: number, index: DocIndex, hasInitiator: boolean): CandidateRole {
  const kind = ACTORS_BY_ID.get(actorId)?.kind ?? "other";
  if (kind === "civilians") return VIOLENT.has(d.type) ? "victim" : "party";
  const i = tokenIndexAt(index.tokens, start);
  const prev = index.tokens[i - 1];
  const targetMarked = !!prev && cliticForms(prev.norm).some((f) => TARGET_MARKERS.has(f));
  if (VIOLENT.has(d.type)) {
    if (targetMarked) return "target";
    // Armed groups fly no aircraft and drop no gas in this conflict's reporting: there they are targets.
    if (kind === "armed_group") return hasInitiator || AERIAL.has(d.type) ? "target" : "initiator";
    return kind === "ngo" || kind === "international_org" ? "observer" : "initiator";
  }
  if (d.type === "vote" || d.type === "veto" || d.type === "investigation" || d.type === "release") return hasInitiator ? "party" : "initiator";
  return "party";
}

function assignRoles(d: Draft, index: DocIndex): void {
  const ordered = [...d.actors].sort((a, b) => a.start - b.start);
  let hasInitiator = false;
  // Armed forces first, so an armed group named before them is not taken for the initiator.
  const forcesFirst = [...ordered].sort(
    (a, b) => Number(ACTORS_BY_ID.get(a.id)?.kind === "armed_group") - Number(ACTORS_BY_ID.get(b.id)?.kind === "armed_group"),
  );
  for (const a of forcesFirst) {
    a.role = roleOf(d, a.id, a.start, index, hasInitiator);
    if (a.role === "initiator") hasInitiator = true;
  }
  d.actors = ordered;
}

/** Casualty figures and weapons of trigger-less sentences go to the violent event they continue. */
export function attachOrphans(drafts: Draft[], orphans: { figures: Figure[]; places: PlaceMention[]; weapons: WeaponMention[] }, index: DocIndex): void {
  const violent = drafts.filter((d) => !d.absorbed && VIOLENT.has(d.type));
  const segmentOf = (offset: number) => index.segmentOf[tokenIndexAt(index.tokens, offset)]!;
  const recent = (seg: number) => violent.filter((d) => d.segment < seg && seg - d.segment <= 2);
  for (const f of orphans.figures) {
    if (!CASUALTIES.has(f.kind)) continue;
    const seg = segmentOf(f.start);
    const placeIds = orphans.places.filter((p) => segmentOf(p.start) === seg).map((p) => p.id);
    const byPlace = violent.find((d) => d.place && placeIds.includes(d.place.id));
    const target = byPlace ?? recent(seg).pop();
    if (target && !target.figures.some((g) => g.start === f.start)) target.figures.push(f);
  }
  for (const w of orphans.weapons) {
    const seg = segmentOf(w.start);
    const earlier = violent.filter((d) => d.segment < seg && seg - d.segment <= 3);
    const preferred = earlier.filter((d) => d.type === WEAPON_EVENT[w.weapon]);
    const pool = preferred.length ? preferred : earlier.filter((d) => seg - d.segment <= 2);
    const lastSeg = pool.length ? pool[pool.length - 1]!.segment : -1;
    for (const d of pool.filter((x) => x.segment === lastSeg)) if (!d.weapons.some((v) => v.weapon === w.weapon)) d.weapons.push({ ...w });
  }
}

const DEPARTURE = new Set(["مغادرة", "غادر", "غادرت", "غادروا", "خروج", "خرج", "انطلقت", "انطلق", "قافلة"].map(normalize));

/** A head count with no verb of its own counts what the event does to people: released, evacuated or departed. */
function figureKindFromEvent(d: Draft, kind: string): Figure["kind"] | undefined {
  if (kind !== "other") return undefined;
  if (d.type === "release") return kind === "other" ? "released" : undefined;
  if (d.type !== "evacuation") return undefined;
  const departure = d.mentions.some((m) =>
    normalize(m.words)
      .split(" ")
      .some((w) => cliticForms(w).some((f) => DEPARTURE.has(f))),
  );
  return departure ? "departed" : "evacuated";
}

/** A statement's own modality: a denial denies, an accusation alleges, the rest assert. */
function statementModality(words: string): CandidateEvent["modality"] {
  const w = normalize(words).replace(/^[وف]/u, "");
  if (/^(نف|ينف|تنف)/u.test(w)) return "denied";
  if (/^(اتهم|يتهم|تتهم)/u.test(w)) return "alleged";
  return "asserted";
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export function toCandidate(d: Draft, index: DocIndex, segments: Array<{ start: number; end: number; kind: SegmentKind }>): CandidateEvent {
  assignRoles(d, index);
  const kind = segments[d.segment]!.kind;
  // The publication-day default is the convention's guess, not the text's words: no bonus for it.
  let confidence = d.confidence + (d.place ? 0.05 : 0) + (d.date && !d.date.pending && !d.date.reason?.startsWith("publication day") ? 0.05 : 0);
  if (kind === "heading" && d.mentions.length === 1) confidence *= 0.8;
  if (kind === "list_item") confidence = 0.2;
  if (d.irrealis) confidence *= 0.4;
  if (d.negated) confidence *= 0.5;
  let date = d.date;
  if (date?.value && d.dateBoundary) {
    const v = d.dateBoundary === "end" ? { end: date.value.end } : { start: date.value.start };
    date = { ...date, value: v };
  }
  const segment = segments[d.segment]!;
  return {
    type: d.type as EventType,
    confidence: round(confidence),
    trigger: d.trigger,
    mentions: d.mentions,
    sentence: { start: segment.start, end: segment.end, kind: segment.kind },
    modality: d.type === "statement" ? statementModality(d.trigger.words) : d.negated ? "denied" : d.irrealis ? "planned" : "asserted",
    ...(d.place ? { place: d.place } : {}),
    ...(date ? { date } : {}),
    actors: d.actors,
    figures: d.figures
      .filter((f) => !f.subset)
      .map(({ firstToken: _a, lastToken: _b, ...f }) => {
        const kind = f.subject && !/(حافل|قافل|دول)/u.test(normalize(f.subject)) ? figureKindFromEvent(d, f.kind) : undefined;
        return kind ? { ...f, kind } : f;
      }),
    weapons: d.weapons,
    ...(d.attribution ? { attribution: d.attribution } : {}),
    ...(d.content.length ? { content: d.content } : {}),
  };
}
