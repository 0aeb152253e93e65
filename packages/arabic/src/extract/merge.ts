// One candidate per event: mentions of the same event are merged (same clause, anaphora, a
// heading and its section), terms of an agreement are folded into it, and an untyped «هجوم» is
// resolved or dropped.
import type { EventType } from "@waqai/schema";
import { EVENT_TAXONOMY } from "@waqai/schema";
import { ACTORS_BY_ID, PLACES_BY_ID } from "../lexicon/data";
import { cliticForms } from "../text/function-words";
import type { SegmentKind } from "../text/sentences";
import { ancestorsIn, nestsIn } from "./containment";
import { AGREEMENT_TERMS, VIOLENT, type TriggerType } from "./lexicon";
import type { DocIndex } from "./scope";
import type { Draft } from "./types";

/** Same type, or the same ACLED sub-event (ground attack ~ armed clash; agreement ~ release ~ evacuation). */
export function compatibleTypes(a: TriggerType, b: TriggerType): boolean {
  if (a === b) return true;
  if (a === "attack" || b === "attack") return VIOLENT.has(a) && VIOLENT.has(b) && a !== "other" && b !== "other";
  const sa = EVENT_TAXONOMY[a].acled?.subEventType;
  const sb = EVENT_TAXONOMY[b].acled?.subEventType;
  return !!sa && sa === sb && VIOLENT.has(a) === VIOLENT.has(b);
}

const BATTLES = new Set<TriggerType>(["ground_attack", "armed_clash"]);
/** A car bomb, its explosion and the suicide attacker who drove it are one bombing. */
const EXPLOSIVES = new Set<TriggerType>(["bombing", "suicide_bombing", "other"]);
/** A ballistic missile named again as «الهجوم الصاروخي» (rocket fire). */
const ROCKETS = new Set<TriggerType>(["missile_strike", "shelling"]);
/** Mentions that may be one event: the same type, a battle or a bombing named two ways, or an untyped attack. Stricter than compatibleTypes. */
export function sameEventTypes(a: TriggerType, b: TriggerType): boolean {
  if (a === b) return true;
  if (a === "attack" || b === "attack") return compatibleTypes(a, b);
  return (BATTLES.has(a) && BATTLES.has(b)) || (EXPLOSIVES.has(a) && EXPLOSIVES.has(b)) || (ROCKETS.has(a) && ROCKETS.has(b));
}

/** The more specific of two names for one event: a suicide bombing over a bombing over an explosion. */
function moreSpecific(a: TriggerType, b: TriggerType): TriggerType {
  if (a === "attack") return b;
  if (ROCKETS.has(a) && ROCKETS.has(b)) return a === "missile_strike" || b === "missile_strike" ? "missile_strike" : a;
  if (EXPLOSIVES.has(a) && EXPLOSIVES.has(b))
    return a === "suicide_bombing" || b === "suicide_bombing" ? "suicide_bombing" : a === "bombing" || b === "bombing" ? "bombing" : a;
  return a;
}

/** Fold `from` into `into`: mentions, and whatever `into` lacks. */
export function absorb(into: Draft, from: Draft): void {
  if (into === from || from.absorbed) return;
  into.type = moreSpecific(into.type, from.type);
  into.mentions = [...into.mentions, ...from.mentions].sort((x, y) => x.start - y.start);
  if (!into.place && from.place) into.place = { ...from.place, inherited: true };
  for (const p of from.places) if (!into.places.some((q) => q.start === p.start)) into.places.push(p);
  const fromOwnDate = from.date && !from.date.inherited;
  if (from.date && (!into.date || (into.date.inherited && fromOwnDate)))
    [into.date, into.dateBoundary] = [{ ...from.date, inherited: true }, from.dateBoundary];
  for (const f of from.figures) if (!into.figures.some((g) => g.start === f.start)) into.figures.push(f);
  for (const a of from.actors) if (!into.actors.some((b) => b.id === a.id)) into.actors.push(a);
  for (const w of from.weapons) if (!into.weapons.some((v) => v.weapon === w.weapon)) into.weapons.push(w);
  into.attribution ??= from.attribution;
  into.content = [...new Set([...into.content, ...from.content])];
  into.confidence = Math.max(into.confidence, from.confidence);
  // A demand for an inquiry and the inquiry that followed are one event, and it happened.
  into.irrealis = into.irrealis && from.irrealis;
  into.negated = into.negated && from.negated;
  from.absorbed = true;
}

const live = (drafts: Draft[]) => drafts.filter((d) => !d.absorbed);

/**
 * Several triggers of one event in one clause («غادرت ... قافلة تضم 42 حافلة»), and a same-kind
 * event the sentence says came «بعد» with nothing of its own («انتهت عمليات الإجلاء ... بعد خروج ...»).
 */
export function mergeWithinClauses(drafts: Draft[], index: DocIndex): void {
  for (const d of drafts) {
    if (d.absorbed) continue;
    // «شنوا هجوما بتفجير سيارة مفخخة»: an attack carried out by («ب») a typed one is that one.
    if (d.type === "attack") {
      const by = live(drafts).find(
        (e) =>
          e !== d && e.type !== "attack" && VIOLENT.has(e.type) && e.first > d.last && e.first <= d.last + 2 && index.tokens[e.first]!.norm.startsWith("ب"),
      );
      if (by) {
        absorb(by, d);
        continue;
      }
    }
    if (d.sequenced && !d.places.length && !d.date) {
      const before = live(drafts)
        .filter((e) => e !== d && e.first < d.first && e.segment === d.segment && e.type === d.type)
        .pop();
      if (before) {
        absorb(before, d);
        continue;
      }
    }
    // «اقتحمه الانتحاري وفجر حزاما ناسفا»: the storming is how the suicide attack was done.
    if (d.type === "ground_attack") {
      const suicide = live(drafts).find((e) => e !== d && e.segment === d.segment && e.type === "suicide_bombing" && Math.abs(e.first - d.last) <= 6);
      if (suicide) {
        absorb(suicide, d);
        continue;
      }
    }
    // An indefinite «هجوم» beside a typed event is another attack («تزامنت الغارات ... مع تجدد هجوم»).
    const untypedNew = (x: Draft) => x.type === "attack" && !x.definite;
    const earlier = live(drafts).find(
      (e) =>
        e !== d &&
        e.first < d.first &&
        e.segment === d.segment &&
        e.clause === d.clause &&
        sameEventTypes(e.type, d.type) &&
        (e.type === d.type || (!untypedNew(d) && !untypedNew(e))),
    );
    if (earlier) absorb(earlier, d);
  }
}

const GOVERNING: TriggerType[] = ["agreement", "vote", "veto"];
const CONVERSATIONS: TriggerType[] = ["phone_call", "meeting"];

/**
 * Intentions and terms are not events: «يقضي بخروج», «سيتم الإفراج», «اتفقا ... على عقد لقاء».
 * They become the content of the agreement (or vote) that governs them in the same sentence.
 */
export function foldTerms(drafts: Draft[], index: DocIndex): void {
  for (const d of live(drafts)) {
    if (VIOLENT.has(d.type) || d.type === "agreement") continue;
    const earlier = live(drafts).filter((e) => e.segment === d.segment && e.first < d.first);
    const agreement = [...earlier].reverse().find((e) => e.type === "agreement");
    if (agreement && !d.irrealis) {
      const between = index.tokens.slice(agreement.last + 1, d.first);
      const termAt = between.map((t) => cliticForms(t.norm).some((f) => AGREEMENT_TERMS.has(f))).lastIndexOf(true);
      const othersBetween = earlier.some((e) => e.first > agreement.last && e.first < d.first && !e.irrealis);
      if (termAt !== -1 && between.length - termAt <= 12 && !othersBetween) d.irrealis = true;
    }
    if (!d.irrealis) continue;
    const governing = [...earlier].reverse().find((e) => GOVERNING.includes(e.type)) ?? [...earlier].reverse().find((e) => CONVERSATIONS.includes(e.type));
    if (!governing) continue;
    governing.content = [...new Set([...governing.content, d.type as EventType])];
    d.absorbed = true;
  }
}

/** A heading names the event its section reports: merge it into that event. */
export function mergeHeadings(drafts: Draft[], kinds: SegmentKind[]): void {
  for (const h of live(drafts)) {
    if (kinds[h.segment] !== "heading") continue;
    const section = live(drafts).filter((d) => d.segment > h.segment && kinds[d.segment] !== "list_item");
    const nextHeading = live(drafts).find((d) => d.segment > h.segment && kinds[d.segment] === "heading");
    const inSection = section.filter((d) => !nextHeading || d.segment < nextHeading.segment);
    const target =
      inSection.find((d) => d.type === h.type) ??
      inSection.find((d) => d.content.includes(h.type as EventType)) ??
      inSection.find((d) => compatibleTypes(d.type, h.type));
    if (target) {
      // The headline names where the story happened; a section event that has only a coarse or
      // uncertain place (a country, the common ancestor of an origin and a destination) takes it.
      const coarse = !target.place || isCountry(target.place.id) || target.place.confidence < 0.6;
      if (h.place && coarse && (!target.place || !isCountry(h.place.id))) target.place = { ...h.place, inherited: true };
      absorb(target, h);
    }
  }
}

const isCountry = (id: string | undefined) => !!id && PLACES_BY_ID.get(id)?.feature === "country";
const ARMED = new Set(["armed_forces", "militia", "armed_group"]);

/** «الهجوم» without a kind: the typed attack at the same place, the last attack if it refers back, else a ground attack by the forces named. */
export function resolveGenericAttacks(drafts: Draft[], index: DocIndex): void {
  for (const d of live(drafts)) {
    if (d.type !== "attack") continue;
    const typed = live(drafts).filter((e) => e !== d && e.type !== "attack" && VIOLENT.has(e.type) && e.type !== "other");
    const samePlace = d.place && typed.find((e) => e.place && e.place.id === d.place!.id);
    const nestedPlace =
      d.place && !isCountry(d.place.id) && typed.find((e) => e.place && !isCountry(e.place.id) && nestsIn(index.containers, e.place.id, d.place!.id));
    const previous = [...typed].reverse().find((e) => e.first < d.first);
    const found = samePlace || nestedPlace || (d.definite && !d.place ? previous : undefined);
    // An attack with a day of its own that is not the other event's («هجوما في أبريل» beside today's fighting) is another.
    const ownDay = d.date && !d.date.inherited ? d.date.value?.start : undefined;
    const target = found && ownDay && found.date?.value?.start && found.date.value.start !== ownDay ? undefined : found;
    if (target) {
      keepSpecificPlace(target, d, index.containers);
      absorb(target, d);
    } else if (d.actors.some((a) => ARMED.has(ACTORS_BY_ID.get(a.id)?.kind ?? ""))) [d.type, d.confidence] = ["ground_attack", 0.5];
    else d.absorbed = true;
  }
}

/** Places nest or either is missing or a country (too coarse to tell events apart). */
const placesAgree = (a: Draft, b: Draft, containers: Map<string, string>) =>
  !a.place ||
  !b.place ||
  a.place.id === b.place.id ||
  ((isCountry(a.place.id) || isCountry(b.place.id) || a.place.id.startsWith("new:") || b.place.id.startsWith("new:")) &&
    nestsIn(containers, a.place.id, b.place.id)) ||
  unplacedDistrict(a.place.id, b.place.id, containers) ||
  unplacedDistrict(b.place.id, a.place.id, containers);

/** A proposed place the text puts nowhere («المسجد الواقع في حي الماجوري») may lie in the city the event was named at. */
const unplacedDistrict = (proposed: string, known: string, containers: Map<string, string>) =>
  proposed.startsWith("new:") && !containers.has(proposed) && ["city", "town"].includes(PLACES_BY_ID.get(known)?.feature ?? "");

/** After a merge, the more specific place of the two («اشتباكات في عدن» … «في الشيخ عثمان، شرقي عدن»). */
function keepSpecificPlace(into: Draft, from: Draft, containers: Map<string, string>): void {
  if (!into.place || !from.place || into.place.id === from.place.id || from.place.inherited) return;
  const coarse = isCountry(into.place.id) && !isCountry(from.place.id) && nestsIn(containers, into.place.id, from.place.id);
  // A district the text names after a designator («بحي السلماني») is finer than a city or a region it was merged with.
  const broad = ["city", "governorate", "region", "country"].includes(PLACES_BY_ID.get(into.place.id)?.feature ?? "");
  if (from.place.id.startsWith("new:") && broad) {
    into.place = { ...from.place };
    return;
  }
  if (coarse || ancestorsIn(containers, from.place.id).includes(into.place.id)) into.place = { ...from.place };
}
const ownDate = (d: Draft) => (d.date?.inherited ? undefined : d.date?.value);
const datesAgree = (a: Draft, b: Draft) => !ownDate(a) || !ownDate(b) || ownDate(a)!.start === ownDate(b)!.start;

/**
 * Later mentions of an event already seen: a definite noun or «في المدينة» refers back, a repeated
 * frame names the same deal, two mentions of a call are one call. An indefinite noun is new.
 */
export function mergeAcrossSentences(drafts: Draft[], index: DocIndex): void {
  for (const d of live(drafts)) {
    // A bare «القصف» after an air strike names that strike («قصف جوي … وأفاد المرصد بأن القصف استهدف …»).
    const bare = d.type === "shelling" && d.confidence <= 0.5 && d.definite;
    const struck = bare
      ? live(drafts)
          .filter((e) => e.first < d.first && e.type === "air_strike")
          .pop()
      : undefined;
    if (struck) {
      // Where the strike's places are listed apart («القصف استهدف قرية بليون وقرية البارة»), each is an air strike of its day.
      d.type = "air_strike";
      if (!d.date && struck.date) d.date = { ...struck.date, inherited: true };
    }
    const candidates = live(drafts)
      .filter((e) => e.first < d.first && e !== d && (sameEventTypes(e.type, d.type) || (bare && e.type === "air_strike")) && datesAgree(e, d))
      .reverse();
    const anaphoric = (d.definite || d.placeAnaphora) && !d.also;
    const target = candidates.find((e) => {
      if (anaphoric && placesAgree(d, e, index.containers)) return true;
      // «الاتفاق» after a deal was named is that deal, wherever the sentence mentions it.
      if (
        anaphoric &&
        index.tokens[d.first]!.norm.replace(/^[وفبل]+(?=ال)/u, "").startsWith("ال") &&
        d.type === "agreement" &&
        e.type === "agreement" &&
        !d.places.length
      )
        return true;
      // «بعد الاشتباكات», «عقب القصف»: a definite mention placed after the event names it again, wherever.
      if (anaphoric && d.sequenced && d.definite) return true;
      if (d.framed && e.framed) return true;
      if (CONVERSATIONS.includes(d.type) && e.type === d.type && placesAgree(d, e, index.containers)) return true;
      return false;
    });
    if (target) {
      keepSpecificPlace(target, d, index.containers);
      absorb(target, d);
    }
  }
}

/** Words after a trigger that announce another event of the kind («سيارة مفخخة ثانية», «غارات أخرى»). */
const ANOTHER = new Set(["ثانيه", "ثان", "ثاني", "اخري", "اخر", "اخرين", "جديده", "جديد", "ايضا"]);

/** Mentions that must stay apart: statements (each is its own claim), and what was never happening. */
const NEVER_MERGED = new Set<TriggerType>(["statement"]);

/**
 * One suggestion per what / where / when over the whole document: a later mention of the same kind
 * whose place and date do not disagree with an earlier one is that event again (a wire report names
 * its car bomb three times), unless the words say it is another («ثانية», «أخرى», «كما»).
 */
export function mergeDocument(drafts: Draft[], index: DocIndex): void {
  const another = (x: Draft) =>
    x.also ||
    index.tokens.slice(x.last + 1, x.last + 4).some((t, k) => index.clauseOf[x.last + 1 + k] === x.clause && cliticForms(t.norm).some((f) => ANOTHER.has(f)));
  for (const d of live(drafts)) {
    if (NEVER_MERGED.has(d.type)) continue;
    // «سيارة مفخخة ثانية» is another one than the first, but the same as an earlier «ثانية».
    const second = another(d);
    const earlier = live(drafts)
      .filter((e) => e !== d && e.first < d.first && sameEventTypes(e.type, d.type) && !NEVER_MERGED.has(e.type) && (!second || another(e)))
      .reverse();
    // The nearest mention of the very same kind first: a suicide bombing is not the car bomb «ثانية» before it.
    const target = [...earlier.filter((e) => e.type === d.type), ...earlier.filter((e) => e.type !== d.type)].find((e) => {
      if (!datesAgree(e, d)) return false;
      // Without a place on both sides only a definite mention refers back (handled before); two
      // places must be the same or one inside the other, countries being too coarse to tell.
      if (!d.place || !e.place) return false;
      if (d.place.id === e.place.id) return true;
      // A violent event placed only at its country («تفجير انتحاري في جنوب اليمن») and the same kind
      // at a place inside it («معسكر رأس عباس غرب عدن») are one; diplomacy is not told apart by place.
      if (isCountry(d.place.id) !== isCountry(e.place.id)) return VIOLENT.has(d.type) && nestsIn(index.containers, d.place.id, e.place.id);
      return !isCountry(d.place.id) && !isCountry(e.place.id) && nestsIn(index.containers, d.place.id, e.place.id);
    });
    // A story tells one evacuation or one bombing: a mention with no place of its own («وضعت عبوة متفجرة في
    // نعش») is that one again, unless its day differs or it is «ثانية»; deals are not (a report names the deal
    // it follows and the one it announces).
    // Buses seen somewhere else in the same governorate («حي العامرية في حلب», «أعزاز») are the evacuation too.
    const sameArea = (e: Draft) => d.type === "evacuation" && !!d.place && !!e.place && sharedGovernorate(index.containers, d.place.id, e.place.id);
    const story = !target && ONE_PER_STORY.has(d.type) ? earlier.find((e) => e.type === d.type && datesAgree(e, d) && (!d.place || sameArea(e))) : undefined;
    if (target ?? story) {
      keepSpecificPlace((target ?? story)!, d, index.containers);
      absorb((target ?? story)!, d);
    }
  }
}

/** Two places under one governorate (by the gazetteer or the text). */
function sharedGovernorate(containers: Map<string, string>, a: string, b: string): boolean {
  const governorates = (id: string) => [id, ...ancestorsIn(containers, id)].filter((x) => PLACES_BY_ID.get(x)?.feature === "governorate");
  const ga = governorates(a);
  return ga.length > 0 && governorates(b).some((g) => ga.includes(g));
}

const ONE_PER_STORY = new Set<TriggerType>(["evacuation", "bombing", "suicide_bombing"]);
