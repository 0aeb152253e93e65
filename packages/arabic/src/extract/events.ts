// The extraction assistant: candidate events for an editor to accept or reject, each piece with
// the span it came from. Rule- and lexicon-driven; the measurement is bench/extract.ts.
import { resolveDateExpressions, type Publication } from "../dates/resolve";
import { matchActors } from "../lexicon/actors";
import { matchGazetteer } from "../lexicon/gazetteer";
import { cliticForms } from "../text/function-words";
import { splitSentences } from "../text/sentences";
import { tokenize } from "../text/tokens";
import { findAttributions } from "./attribution";
import { findFigures } from "./figures";
import { PLACE_ANAPHORA, VIOLENT } from "./lexicon";
import { attachOrphans, toCandidate } from "./finalize";
import { foldTerms, mergeAcrossSentences, mergeHeadings, mergeWithinClauses, resolveGenericAttacks } from "./merge";
import { choosePlace, resolveIndirectPlaces } from "./places";
import { assignAttributes, type DocIndex } from "./scope";
import { clauseIds, findTriggers, triggerContext } from "./triggers";
import type { CandidateEvent, Draft } from "./types";
import { findWeapons } from "./weapons";

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
  const index: DocIndex = {
    text,
    tokens,
    segmentOf,
    clauseOf,
    places: matchGazetteer(text, tokens),
    actors,
    dates,
    figures: findFigures(text, tokens, dates),
    weapons: findWeapons(text, tokens),
    cues: findAttributions(text, tokens, actors),
  };

  const triggers = findTriggers(tokens, actors);
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

  mergeWithinClauses(drafts);
  foldTerms(drafts, index);
  for (const d of [...drafts]) if (!d.absorbed) drafts.push(...choosePlace(d, index, clone));
  drafts.sort((a, b) => a.first - b.first);
  resolveIndirectPlaces(drafts, index);
  inheritWithinSentence(drafts);
  mergeHeadings(
    drafts,
    segments.map((x) => x.kind),
  );
  resolveGenericAttacks(drafts);
  mergeAcrossSentences(drafts);
  attachOrphans(drafts, orphans, index);
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
