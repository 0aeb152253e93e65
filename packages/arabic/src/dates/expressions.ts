// Recognizing date expressions as token patterns, before any resolution: what the words say,
// not yet which calendar day they mean.
import type { Token } from "../text/tokens";
import {
  DAY_WORD,
  MONTH_LEAD,
  MONTH_PREPOSITIONS,
  MONTH_WORDS,
  NOT_TODAY_AFTER,
  OF,
  PARTS_OF_DAY,
  TODAY,
  TOMORROW,
  WEEK_WORDS,
  WEEKDAYS,
  YEAR_WORDS,
  YESTERDAY,
  AMBIGUOUS_MONTHS,
} from "./lexicon";
import { dayMonthAt, monthPhraseAt, numericDateAt, relationAt, wordAt, yearAt, type DayMonth, type Relation } from "./parts";

export type PartOfDay = "morning" | "evening" | "night";

/** A recognized expression: which words, and what they say relative to what. */
export type Pattern =
  | {
      type: "day";
      partOfDay?: PartOfDay;
      /** Days from the anchor: أمس = -1, أول من أمس = -2. */
      offset?: number;
      weekday?: number;
      weekdayRelation?: Relation;
      dayMonth?: DayMonth;
      numeric?: { y: number; m: number; d: number };
      /** «ليل الثلاثاء – الأربعاء», «الليلة الماضية»: the night runs into the next day. */
      nightUntilNext?: boolean;
    }
  | { type: "period"; unit: "week" | "month" | "year"; relation: Relation }
  | { type: "month"; month: number; alt?: number; year?: number; relation?: Relation }
  | { type: "year"; year: number };

export interface Recognized {
  pattern: Pattern;
  first: number;
  last: number;
  /** The first token matched without its و/ف. */
  peeled: boolean;
}

const THIS = "هذا";
const NIGHT_JOINERS = new Set(["-", "–", "—", "على", "الى", "حتى"]);

function relativeDayAt(tokens: Token[], i: number, first: boolean): { offset: number; end: number; night?: boolean } | undefined {
  const w = wordAt(tokens, i, first);
  const w1 = wordAt(tokens, i + 1);
  if (!w) return undefined;
  if (w === "اول" && w1 === OF && wordAt(tokens, i + 2) === "امس") return { offset: -2, end: i + 2 };
  if (w === "اول" && w1 === "امس") return { offset: -2, end: i + 1 };
  if (YESTERDAY.has(w) && w1 === "الاول") return { offset: -2, end: i + 1 };
  if (YESTERDAY.has(w)) return { offset: -1, end: i };
  if (TODAY.has(w)) return w1 && NOT_TODAY_AFTER.has(w1) ? undefined : { offset: 0, end: i };
  if (TOMORROW.has(w)) return { offset: 1, end: i };
  if (w === "بعد" && w1 === "غد") return { offset: 2, end: i + 1 };
  if (w === "الليله" && relationAt(tokens, i + 1) === "past") return { offset: -1, end: i + 1, night: true };
  return undefined;
}

/** [part of day] [relative day] [يوم] [weekday [الماضي|المقبل]] [absolute date] — at least one of the last three. */
function dayPatternAt(tokens: Token[], i: number): Recognized | undefined {
  let j = i;
  let first = true;
  const p: Extract<Pattern, { type: "day" }> = { type: "day" };
  const partOfDay = PARTS_OF_DAY.get(wordAt(tokens, j, true) ?? "");
  if (partOfDay) [p.partOfDay, j, first] = [partOfDay, j + 1, false];
  const rel = relativeDayAt(tokens, j, first);
  if (rel) {
    [p.offset, j, first] = [rel.offset, rel.end + 1, false];
    if (rel.night) [p.partOfDay, p.nightUntilNext] = ["night", true];
  }
  const dayWord = wordAt(tokens, j, first) === DAY_WORD;
  const wdIndex = dayWord ? j + 1 : j;
  const weekday = WEEKDAYS.get(wordAt(tokens, wdIndex, first && !dayWord) ?? "");
  if (weekday !== undefined) {
    [p.weekday, j, first] = [weekday, wdIndex + 1, false];
    const relation = relationAt(tokens, j);
    if (relation && relation !== "current") [p.weekdayRelation, j] = [relation, j + 1];
    if (p.partOfDay === "night" && p.offset === undefined && NIGHT_JOINERS.has(wordAt(tokens, j) ?? tokens[j]?.text ?? "")) {
      const second = WEEKDAYS.get(wordAt(tokens, j + 1) ?? "");
      if (second === (weekday + 1) % 7) [p.nightUntilNext, j] = [true, j + 2];
    }
  }
  const absIndex = dayWord && weekday === undefined ? j + 1 : j;
  const numeric = numericDateAt(tokens, absIndex);
  const dayMonth = numeric ? undefined : dayMonthAt(tokens, absIndex, first && !dayWord);
  if (numeric) [p.numeric, j] = [{ y: numeric.y, m: numeric.m, d: numeric.d }, numeric.end + 1];
  else if (dayMonth) [p.dayMonth, j] = [dayMonth, dayMonth.end + 1];
  if (p.offset === undefined && p.weekday === undefined && !p.numeric && !p.dayMonth) return undefined;
  return { pattern: p, first: i, last: j - 1, peeled: tokens[i]!.norm !== wordAt(tokens, i, true) };
}

/** «الأسبوع الماضي», «هذا الشهر», «العام المقبل». */
function periodAt(tokens: Token[], i: number): Recognized | undefined {
  const lead = wordAt(tokens, i, true) === THIS;
  const w = wordAt(tokens, lead ? i + 1 : i, !lead);
  const unit = !w ? undefined : WEEK_WORDS.has(w) ? "week" : MONTH_WORDS.has(w) ? "month" : YEAR_WORDS.has(w) || w === "السنه" ? "year" : undefined;
  if (!unit) return undefined;
  const k = lead ? i + 1 : i;
  if (lead) return { pattern: { type: "period", unit, relation: "current" }, first: i, last: k, peeled: false };
  const relation = relationAt(tokens, k + 1);
  if (!relation) return undefined;
  return { pattern: { type: "period", unit, relation }, first: i, last: k + 1, peeled: tokens[i]!.norm !== w };
}

/** «أبريل 2017», «نيسان/أبريل الماضي», «أبريل الجاري», «في أبريل», «شهر مارس». */
function monthPatternAt(tokens: Token[], i: number): Recognized | undefined {
  const lead = MONTH_LEAD.has(wordAt(tokens, i, true) ?? "");
  const k = lead ? i + 1 : i;
  const m = monthPhraseAt(tokens, k, !lead);
  if (!m) return undefined;
  const year = yearAt(tokens, m.end + 1);
  if (year) return { pattern: { type: "month", month: m.month, alt: m.alt, year: year.year }, first: i, last: year.end, peeled: false };
  const relation = relationAt(tokens, m.end + 1);
  if (relation) return { pattern: { type: "month", month: m.month, alt: m.alt, relation }, first: i, last: m.end + 1, peeled: false };
  const prev = wordAt(tokens, i - 1);
  const ambiguous = AMBIGUOUS_MONTHS.has(tokens[k]!.norm) && m.alt === undefined;
  if (lead || (!ambiguous && prev && MONTH_PREPOSITIONS.has(prev)))
    return { pattern: { type: "month", month: m.month, alt: m.alt }, first: i, last: m.end, peeled: false };
  return undefined;
}

/** «عام 2017», «العام 2017». */
function yearPatternAt(tokens: Token[], i: number): Recognized | undefined {
  if (!YEAR_WORDS.has(wordAt(tokens, i, true) ?? "")) return undefined;
  const y = yearAt(tokens, i);
  return y ? { pattern: { type: "year", year: y.year }, first: i, last: y.end, peeled: false } : undefined;
}

/** All expressions, left to right, each the longest pattern at its position. */
export function recognize(tokens: Token[]): Recognized[] {
  const out: Recognized[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === "punct") continue;
    const found = dayPatternAt(tokens, i) ?? monthPatternAt(tokens, i) ?? periodAt(tokens, i) ?? yearPatternAt(tokens, i);
    if (!found) continue;
    out.push(found);
    i = found.last;
  }
  return out;
}
