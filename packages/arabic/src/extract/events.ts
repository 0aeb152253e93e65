// The extraction assistant: candidate events for an editor to accept or reject, each piece with
// the span it came from. Rule- and lexicon-driven; the measurement is bench/extract.ts.
import { addDays, formatDay } from "../dates/calendar";
import { findDurations, type Duration } from "../dates/durations";
import { resolveDateExpressions, type Publication } from "../dates/resolve";
import { matchActors } from "../lexicon/actors";
import { ACTORS_BY_ID } from "../lexicon/data";
import { normalize } from "../text/normalize";
import { matchGazetteer, proposePlaces } from "../lexicon/gazetteer";
import { cliticForms } from "../text/function-words";
import { splitSentences } from "../text/sentences";
import { tokenize } from "../text/tokens";
import { findAttributions } from "./attribution";
import { textContainers } from "./containment";
import { findFigures } from "./figures";
import { PLACE_ANAPHORA, VIOLENT } from "./lexicon";
import { attachOrphans, toCandidate } from "./finalize";
import { foldTerms, mergeAcrossSentences, mergeDocument, mergeHeadings, mergeWithinClauses, resolveGenericAttacks } from "./merge";
import { choosePlace, resolveIndirectPlaces } from "./places";
import { assignAttributes, ownerOf, type DocIndex } from "./scope";
import { tokenIndexAt } from "../text/tokens";
import { clauseIds, findTriggers, triggerContext, type Trigger } from "./triggers";
import type { CandidateEvent, Draft } from "./types";
import { findWeapons } from "./weapons";

/** Gazetteer mentions and proposed unknown places, in text order. */
function withProposals(text: string, tokens: ReturnType<typeof tokenize>) {
  const known = matchGazetteer(text, tokens);
  return [...known, ...proposePlaces(text, tokens, known)].sort((a, b) => a.start - b.start);
}

/** Clauses that tell background, not news: «وكان ...», «يذكر أن ...», «سبق أن ...». */
const BACKGROUND = new Set(["كان", "كانت", "وكان", "وكانت", "يذكر", "ويذكر", "سبق", "وسبق", "يشار", "ويشار"].map((w) => w));

/**
 * Reported news without a date of its own happened on the publication day (the convention of the
 * gold and of ACLED's coders); the reason stays in the trace. Background clauses, events placed
 * «بعد» another and framed references get no date.
 */
function datePublicationDay(drafts: Draft[], index: DocIndex, publication?: Publication): void {
  if (!publication?.date || !/^\d{4}-\d{2}-\d{2}$/u.test(publication.date) || (publication.precision && publication.precision !== "day")) return;
  // Only a report of the day's news: some words of it name the publication day («اليوم», «الخميس»).
  if (!index.dates.some((x) => x.value?.start === publication.date && x.value?.end === publication.date)) return;
  for (const d of drafts) {
    if (d.absorbed || d.date || d.sequenced || d.framed) continue;
    let from = d.first;
    while (from > 0 && index.segmentOf[from - 1] === d.segment) from--;
    if (BACKGROUND.has(index.tokens[from]?.norm ?? "")) continue;
    d.date = {
      start: 0,
      end: 0,
      words: "",
      kind: "day",
      value: { start: publication.date, end: publication.date },
      precision: "day",
      basis: "relative",
      anchor: publication.date,
      confidence: 0.4,
      inherited: true,
      reason: "publication day: the report gives this event no date of its own",
    };
  }
}

/** «بين الحين والآخر», «بشكل شبه يومي»: what happens habitually is background, not an event. */
const HABITUAL = [
  ["بين", "الحين", "والاخر"],
  ["بين", "حين", "واخر"],
  ["من", "حين", "لاخر"],
  ["بشكل", "شبه", "يومي"],
  ["بشكل", "يومي"],
  ["بشكل", "متكرر"],
  ["بصوره", "يوميه"],
];
function habitualSegments(tokens: ReturnType<typeof tokenize>, segmentOf: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (HABITUAL.some((seq) => seq.every((w, k) => tokens[i + k]?.norm === w))) out.add(segmentOf[i]!);
  return out;
}

/** «أثناء مغادرة المصلين المسجد»: a departure that tells when something else happened is no evacuation. */
const WHILE = new Set(["اثناء", "عند", "لدى", "لدي", "حين"]);
const circumstance = (t: Trigger, tokens: ReturnType<typeof tokenize>) => t.type === "evacuation" && WHILE.has(tokens[t.first - 1]?.norm ?? "");

const ANNOUNCE = new Set(["اعلن", "اعلنت", "اعلنوا"]);
/** Claimants that report what others did rather than act: sources, witnesses, media, monitors. */
const SOURCE_NOUNS = new Set(
  "مصدر مصادر شهود شاهد سكان مراسل مراسلو وكالة وكالات صحيفة التلفزيون تلفزيون قناة موقع ناشطون ناشط مسعفون مسعف تقارير تقرير مسؤولون مسؤول المرصد الانباء"
    .split(" ")
    .map(normalize),
);
const REPORTERS = new Set(["unnamed_source", "media", "ngo"]);

/**
 * «أعلن التحالف العربي ...», «أعلنت وزيرة خارجية السويد ...»: a party's announcement is news in
 * itself (a statement), a source's («أعلنت مصادر طبية مقتل ...») is only attribution.
 */
function withAnnouncements(triggers: Trigger[], index: DocIndex): Trigger[] {
  const extra: Trigger[] = [];
  for (const c of index.cues) {
    if (!ANNOUNCE.has(normalize(c.cue).replace(/^[وف](?=اعلن)/u, ""))) continue;
    const kind = c.claimantId ? ACTORS_BY_ID.get(c.claimantId)?.kind : undefined;
    const head = normalize(c.claimantWords ?? "").split(" ")[0] ?? "";
    const headBare = head.replace(/^(و|ف)?(ال)?/u, "");
    if (kind ? REPORTERS.has(kind) : !head || SOURCE_NOUNS.has(head) || SOURCE_NOUNS.has(headBare) || SOURCE_NOUNS.has("ال" + headBare)) continue;
    const first = tokenIndexAt(index.tokens, c.start);
    const last = tokenIndexAt(index.tokens, c.end - 1);
    if (triggers.some((t) => t.first <= last && first <= t.last)) continue;
    // What the announcement reports, when it is an event of its own, is the news («أعلنت الوزارة أن
    // الوزير تحدث هاتفيا»): the announcement is then attribution, as a source's would be.
    const reported = triggers.some((t) => {
      if (t.first <= last || index.segmentOf[t.first] !== index.segmentOf[first]) return false;
      const context = triggerContext(index.tokens, t, index.segmentOf, index.clauseOf);
      // A denial («أن لا علاقة لها بالاشتباكات») or a plan is what the statement says, not an event it reports.
      const denied = [1, 2, 3].some((k) => index.tokens[t.first - k]?.norm === "لا" && index.tokens[t.first - k + 1]?.norm !== "سيما");
      return !context.irrealis && !context.negated && !denied;
    });
    if (reported) continue;
    extra.push({ type: "statement", first, last, confidence: 0.6 });
  }
  return extra.length ? [...triggers, ...extra].sort((a, b) => a.first - b.first) : triggers;
}

export interface ExtractOptions {
  publication?: Publication;
}

function clone(d: Draft): Draft {
  return {
    ...d,
    places: [...d.places],
    actors: d.actors.map((a) => ({ ...a })),
    figures: [...d.figures],
    weapons: [...d.weapons],
    content: [...d.content],
    mentions: [...d.mentions],
  };
}

/** Candidate events in `text`, in text order, with confidences in [0, 1]. */
export function extractEvents(text: string, options: ExtractOptions = {}): CandidateEvent[] {
  const tokens = tokenize(text);
  const segments = splitSentences(text);
  const segmentOf = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s + 1 < segments.length && segments[s + 1]!.start <= t.start) s++;
    segmentOf[i] = s;
  });
  const clauseOf = clauseIds(tokens, segmentOf);
  const actors = matchActors(text, {}, tokens);
  const dates = resolveDateExpressions(text, options.publication, tokens);
  const places = withProposals(text, tokens);
  const index: DocIndex = {
    text,
    tokens,
    segmentOf,
    clauseOf,
    places,
    containers: textContainers(places, tokens),
    actors,
    dates,
    figures: findFigures(text, tokens, dates),
    weapons: findWeapons(text, tokens),
    cues: findAttributions(text, tokens, actors),
  };

  const habitual = habitualSegments(tokens, segmentOf);
  const triggers = withAnnouncements(findTriggers(tokens, actors), index).filter((t) => !habitual.has(segmentOf[t.first]!) && !circumstance(t, tokens));
  let drafts: Draft[] = triggers.map((t) => {
    const context = triggerContext(tokens, t, segmentOf, clauseOf, triggers);
    const start = tokens[t.first]!.start;
    const end = tokens[t.last]!.end;
    const span = { start, end, words: text.slice(start, end) };
    const scopeWords = tokens.slice(t.last + 1, t.last + 12).filter((_, k) => clauseOf[t.last + 1 + k] === clauseOf[t.first]);
    return {
      ...context,
      // An attack named as the object of a plan or an inquiry still happened.
      irrealis: context.irrealis && !VIOLENT.has(t.type),
      type: t.type,
      confidence: t.confidence,
      first: t.first,
      last: t.last,
      trigger: span,
      mentions: [span],
      segment: segmentOf[t.first]!,
      clause: clauseOf[t.first]!,
      places: [],
      placeAnaphora: scopeWords.some((x) => cliticForms(x.norm).some((f) => PLACE_ANAPHORA.has(f))),
      actors: [],
      figures: [],
      weapons: [],
      content: [],
      absorbed: false,
    };
  });
  const orphans = assignAttributes(drafts, index);
  // List items are topics (a sidebar of grievances), not reports: kept apart, at low confidence.
  const listDrafts = drafts.filter((d) => segments[d.segment]!.kind === "list_item");
  drafts = drafts.filter((d) => segments[d.segment]!.kind !== "list_item");

  mergeWithinClauses(drafts, index);
  foldTerms(drafts, index);
  for (const d of [...drafts]) if (!d.absorbed) drafts.push(...choosePlace(d, index, clone));
  drafts.sort((a, b) => a.first - b.first);
  resolveIndirectPlaces(drafts, index);
  inheritWithinSentence(drafts);
  mergeHeadings(
    drafts,
    segments.map((x) => x.kind),
  );
  resolveGenericAttacks(drafts, index);
  mergeAcrossSentences(drafts, index);
  attachOrphans(drafts, orphans, index);
  retypeByWeapons(drafts);
  mergeDocument(drafts, index);
  stretchByDurations(drafts, findDurations(text, tokens), index);
  datePublicationDay(drafts, index, options.publication);
  for (const d of listDrafts) choosePlace(d, index, clone);

  return [...drafts.filter((d) => !d.absorbed && d.type !== "attack"), ...listDrafts.filter((d) => d.type !== "attack")]
    .map((d) => toCandidate(d, index, segments))
    .sort((a, b) => a.trigger.start - b.trigger.start);
}

/** An event without its own place or date takes the previous event's in the same sentence («... بعد قصف مدفعي»). */
function inheritWithinSentence(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.absorbed) continue;
    const previous = drafts.filter((e) => !e.absorbed && e.segment === d.segment && e.first < d.first).pop();
    if (!previous) continue;
    if (!d.place && previous.place) d.place = { ...previous.place, inherited: true, confidence: 0.5 };
    // Fighting shares the date of fighting, diplomacy of diplomacy («صوت ... مساء أمس ... غير أن روسيا استخدمت حق النقض»);
    // a background reference («في إطار اتفاق») and an event «بعد» another keep their own time.
    const sameSphere = VIOLENT.has(previous.type) === VIOLENT.has(d.type);
    if (!d.date && previous.date && !d.sequenced && !d.framed && sameSphere) d.date = { ...previous.date, inherited: true, confidence: 0.5 };
  }
}

/** «زيارة تستغرق يومين» on a day of its own: the event runs that many days from its start. */
function stretchByDurations(drafts: Draft[], durations: Duration[], index: DocIndex): void {
  for (const u of durations) {
    const owner = ownerOf(
      drafts.filter((d) => !d.absorbed),
      u.firstToken,
      index,
    );
    const v = owner?.date?.value;
    if (!owner?.date || owner.date.precision !== "day" || !v?.start || v.start !== v.end || !/^\d{4}-\d{2}-\d{2}$/u.test(v.start)) continue;
    const [y, m, d] = v.start.split("-").map(Number) as [number, number, number];
    const end = formatDay(addDays({ y, m, d }, u.days - 1));
    owner.date = { ...owner.date, value: { start: v.start, end }, reason: `${owner.date.reason ? owner.date.reason + "; " : ""}lasts «${u.words}»` };
  }
}

/** A bare «قصف» whose clause names aircraft is an air strike («عادت الطائرات السورية لقصف الأحياء»). */
function retypeByWeapons(drafts: Draft[]): void {
  for (const d of drafts)
    if (!d.absorbed && d.type === "shelling" && d.confidence <= 0.5 && d.weapons.some((w) => w.weapon === "aircraft")) d.type = "air_strike";
}
