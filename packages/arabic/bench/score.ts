// Scoring candidates against gold: a predicted event matches a gold event when their types are
// compatible (same type or same ACLED sub-event) and a predicted trigger or mention overlaps one
// of the gold event's spans, or they name the same place. Matching is one-to-one, best pairs first.
import { compatibleTypes, normalize, PLACES_BY_ID, type CandidateEvent } from "../src/index";
import type { GoldArticle, GoldEvent } from "./gold";

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  typeCorrect: number;
  placeCorrect: number;
  dateCorrect: number;
  figuresFound: number;
  figuresTotal: number;
  /** Gold events with no prediction, and predictions with no gold event, for the report. */
  missed: GoldEvent[];
  spurious: CandidateEvent[];
}

/** A place name as compared: normalized, without a leading designator («حي», «منطقة», «مدينة»...). */
const DESIGNATORS = new Set(["حي", "منطقه", "مدينه", "بلده", "قريه", "مخيم", "معسكر", "محافظه"]);
export function placeKey(name: string): string {
  const words = normalize(name).split(" ");
  while (words.length > 1 && DESIGNATORS.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** The names a predicted place goes by: the gazetteer entry's, or the words of a proposed new place. */
function predictedNames(p: CandidateEvent): string[] {
  if (!p.place) return [];
  const entry = PLACES_BY_ID.get(p.place.id);
  if (!entry) return [p.place.words].map(placeKey);
  return [entry.name.ar, ...entry.variants].map(placeKey);
}

/** Same place: the same id (seed and own gold), or a shared name (real articles name their places). */
export function placeMatches(p: CandidateEvent, g: GoldEvent): boolean {
  if (g.placeNames) {
    const names = predictedNames(p);
    return g.placeNames.some((n) => names.includes(placeKey(n)));
  }
  return !!p.place && p.place.id === g.place;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function pairScore(p: CandidateEvent, g: GoldEvent): number {
  if (!compatibleTypes(p.type, g.type)) return 0;
  const spans = [p.trigger, ...p.mentions];
  const textual = spans.some((s) => g.spans.some((gs) => overlaps(s, gs)));
  const samePlace = placeMatches(p, g);
  if (!textual && !samePlace) return 0;
  return (textual ? 2 : 0) + (samePlace ? 1 : 0) + (p.type === g.type ? 0.5 : 0);
}

const sameDate = (p: CandidateEvent, g: GoldEvent) =>
  (p.date?.value?.start ?? null) === (g.date?.start ?? null) && (p.date?.value?.end ?? null) === (g.date?.end ?? null);

function figureFound(p: CandidateEvent, f: GoldEvent["figures"][number]): boolean {
  return p.figures.some((x) => {
    if (x.kind !== f.kind) return false;
    if (f.value !== undefined) return (x.best ?? x.low) === f.value;
    const a = normalize(x.words);
    const b = normalize(f.words);
    return a.includes(b) || b.includes(a);
  });
}

/** A score with nothing matched yet: an article's before its pairs are counted, or the sum before the first article. */
function emptyScore(gold: number, predicted: number): Score {
  return {
    gold,
    predicted,
    matched: 0,
    typeCorrect: 0,
    placeCorrect: 0,
    dateCorrect: 0,
    figuresFound: 0,
    figuresTotal: 0,
    missed: [],
    spurious: [],
  };
}

export function scoreArticle(article: GoldArticle, predicted: CandidateEvent[]): Score {
  const pairs: Array<{ p: CandidateEvent; g: GoldEvent; s: number }> = [];
  for (const p of predicted)
    for (const g of article.events) {
      const s = pairScore(p, g);
      if (s > 0) pairs.push({ p, g, s });
    }
  pairs.sort((a, b) => b.s - a.s);
  const usedP = new Set<CandidateEvent>();
  const usedG = new Set<GoldEvent>();
  const score = emptyScore(article.events.length, predicted.length);
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    score.matched++;
    if (p.type === g.type) score.typeCorrect++;
    const goldHasPlace = !!(g.place ?? g.placeNames);
    if (goldHasPlace ? placeMatches(p, g) : !p.place) score.placeCorrect++;
    if (sameDate(p, g)) score.dateCorrect++;
    score.figuresTotal += g.figures.length;
    score.figuresFound += g.figures.filter((f) => figureFound(p, f)).length;
  }
  score.missed = article.events.filter((g) => !usedG.has(g));
  score.spurious = predicted.filter((p) => !usedP.has(p));
  return score;
}

export function sumScores(scores: Score[]): Score {
  const total = emptyScore(0, 0);
  for (const s of scores) {
    for (const k of ["gold", "predicted", "matched", "typeCorrect", "placeCorrect", "dateCorrect", "figuresFound", "figuresTotal"] as const) total[k] += s[k];
    total.missed.push(...s.missed);
    total.spurious.push(...s.spurious);
  }
  return total;
}

export const precision = (s: Score) => (s.predicted ? s.matched / s.predicted : 0);
export const recall = (s: Score) => (s.gold ? s.matched / s.gold : 0);
export const f1 = (s: Score) => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
