// Recognizing date expressions as token patterns, before any resolution: what the words say,
// not yet which calendar day they mean.
import { stripConjunction } from "../text/function-words";
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
  AGO,
  AMBIGUOUS_HIJRI,
  DURATION_UNITS,
  HIJRI_MONTHS,
  HIJRI_TWO_WORD,
  HIJRI_YEAR_MARKS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  SINCE,
} from "./lexicon";
import { numberAt } from "../text/numbers";
import { dayAt, dayMonthAt, monthPhraseAt, numericDateAt, relationAt, wordAt, yearAt, type DayMonth, type Relation } from "./parts";

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
  | { type: "year"; year: number }
  /** «قبل يومين», «منذ أسبوع», «قبل ثلاثة أشهر»: a point so long before the anchor. */
  | { type: "ago"; unit: "day" | "week" | "month" | "year"; count: number }
  /** «15 رمضان 1438 هـ», «رمضان الماضي», «الثالث من ربيع الثاني». */
  | { type: "hijri"; month: number; day?: number; year?: number; relation?: Relation; weekday?: number };

export interface Recognized {
  pattern: Pattern;
  first: number;
  last: number;
  /** The first token matched without its و/ف. */
  peeled: boolean;
  /** «منذ الاثنين الماضي», «منذ أسبوع»: an open period from that day on. */
  since?: boolean;
  /** «من صباح أمس حتى اليوم», «من 1 إلى 5 أبريل»: the other end of a range. */
  until?: Recognized;
}

const THIS = "هذا";
const NAMED_AFTER_DAY = new Set(["سوق"]);
const WRAPPERS = new Set(['"', "«", "»", "“", "”", "/"]);
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
  // «يوم غد الجمعة», «يوم الغد»: «غد» alone is also «the future».
  if (w === DAY_WORD && (w1 === "غد" || w1 === "الغد")) return { offset: 1, end: i + 1 };
  if (w === DAY_WORD && w1 && YESTERDAY.has(w1)) return { offset: -1, end: i + 1 };
  if (w === "بعد" && w1 === "غد") return { offset: 2, end: i + 1 };
  if (w === "الليله" && relationAt(tokens, i + 1) === "past") return { offset: -1, end: i + 1, night: true };
  return undefined;
}

/** [part of day] [relative day] [يوم] [weekday [الماضي|المقبل]] [absolute date] — at least one of the last three. */
function dayPatternAt(tokens: Token[], i: number): Recognized | undefined {
  let j = i;
  let first = true;
  const p: Extract<Pattern, { type: "day" }> = { type: "day" };
  let partWord: string | undefined;
  for (let k = 0; k < 2; k++) {
    const part = PARTS_OF_DAY.get(wordAt(tokens, j, first) ?? "");
    if (!part) break;
    [p.partOfDay, partWord, j, first] = [part, wordAt(tokens, j, first), j + 1, false];
  }
  const rel = relativeDayAt(tokens, j, first);
  if (rel) {
    [p.offset, j, first] = [rel.offset, rel.end + 1, false];
    if (rel.night) [p.partOfDay, p.nightUntilNext] = ["night", true];
    // «ليلة أمس», «ليل أمس»: last night, which ran into the day of the report.
    if (rel.offset === -1 && (partWord === "ليله" || partWord === "ليل")) p.nightUntilNext = true;
  }
  const dayWord = wordAt(tokens, j, first) === DAY_WORD;
  let wdIndex = dayWord ? j + 1 : j;
  // Scraped pages wrap weekdays in quotes or slashes: «اليوم "الخميس"», «/الأربعاء/ الماضي».
  let opened = 0;
  if (p.offset !== undefined || dayWord) while (WRAPPERS.has(tokens[wdIndex]?.text ?? "")) [wdIndex, opened] = [wdIndex + 1, opened + 1];
  const weekday = WEEKDAYS.get(wordAt(tokens, wdIndex, first && !dayWord) ?? "");
  if (weekday !== undefined) {
    [p.weekday, j, first] = [weekday, wdIndex + 1, false];
    if (opened) while (opened-- > 0 && WRAPPERS.has(tokens[j]?.text ?? "")) j++;
    else if (WRAPPERS.has(tokens[j]?.text ?? "") && relationAt(tokens, j + 1)) j++;
    const relation = relationAt(tokens, j);
    if (relation && relation !== "current") [p.weekdayRelation, j] = [relation, j + 1];
    if (p.partOfDay === "night" && p.offset === undefined && NIGHT_JOINERS.has(wordAt(tokens, j) ?? tokens[j]?.text ?? "")) {
      const second = WEEKDAYS.get(wordAt(tokens, j + 1) ?? "");
      if (second === (weekday + 1) % 7) [p.nightUntilNext, j] = [true, j + 2];
    }
  }
  let absIndex = dayWord && weekday === undefined ? j + 1 : j;
  // «يوم الخميس (26 تشرين الأول)»: a stated date in brackets after a weekday is the date.
  const bracketed = weekday !== undefined && tokens[absIndex]?.text === "(";
  if (bracketed) absIndex++;
  const numeric = numericDateAt(tokens, absIndex);
  const dayMonth = numeric ? undefined : dayMonthAt(tokens, absIndex, first && !dayWord);
  const closing = (end: number) => (!bracketed ? end + 1 : tokens[end + 1]?.text === ")" ? end + 2 : undefined);
  if (numeric && closing(numeric.end) !== undefined) [p.numeric, j] = [{ y: numeric.y, m: numeric.m, d: numeric.d }, closing(numeric.end)!];
  else if (dayMonth && closing(dayMonth.end) !== undefined) [p.dayMonth, j] = [dayMonth, closing(dayMonth.end)!];
  if (p.offset === undefined && p.weekday === undefined && !p.numeric && !p.dayMonth) return undefined;
  // «سوق الجمعة» (a district of Tripoli), «سوق الخميس»: a market named after its day is a place.
  if (p.weekday !== undefined && p.offset === undefined && !dayWord && !p.partOfDay && NAMED_AFTER_DAY.has(stripConjunction(tokens[i - 1]?.norm ?? "")))
    return undefined;
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

/** «قبل يومين», «منذ أسبوع», «قبل ثلاثة أشهر», «قبل 5 أيام»; «قبل أيام» (how many?) is no date. */
function agoAt(tokens: Token[], i: number): Recognized | undefined {
  const lead = wordAt(tokens, i, true);
  if (lead !== AGO && lead !== SINCE) return undefined;
  const n = numberAt(tokens, i + 1);
  const unitIndex = n ? n.last + 1 : i + 1;
  const unit = DURATION_UNITS.get(wordAt(tokens, unitIndex) ?? "");
  if (!unit) return undefined;
  const count = n ? (unit.count === undefined || unit.count === 1 ? n.value : undefined) : unit.count;
  if (!count || count > 100) return undefined;
  return { pattern: { type: "ago", unit: unit.unit, count }, first: i, last: unitIndex, peeled: tokens[i]!.norm !== lead };
}

function hijriMonthAt(tokens: Token[], i: number, first = false): { month: number; end: number; ambiguous: boolean } | undefined {
  const w = wordAt(tokens, i, first);
  if (!w) return undefined;
  const inner = HIJRI_TWO_WORD.get(w);
  if (inner) {
    const month = inner.get(wordAt(tokens, i + 1) ?? "");
    return month ? { month, end: i + 1, ambiguous: false } : undefined;
  }
  const month = HIJRI_MONTHS.get(w);
  return month ? { month, end: i, ambiguous: AMBIGUOUS_HIJRI.has(w) } : undefined;
}

/** A Hijri year: «1438 هـ», «1438هـ», «1438 للهجرة»; a bare number only when 1300–1500. */
function hijriYearAt(tokens: Token[], i: number): { year: number; end: number; marked: boolean } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== "number" || !/^\d{4}$/u.test(t.norm)) return undefined;
  const year = Number(t.norm);
  if (year < 1300 || year > 1500) return undefined;
  const next = tokens[i + 1];
  const marked = !!next && HIJRI_YEAR_MARKS.has(next.norm.replace(/ـ/gu, ""));
  return { year, end: marked ? i + 1 : i, marked };
}

/** «15 رمضان 1438 هـ», «الثالث من ربيع الثاني 1438», «شهر رمضان», «رمضان الماضي». */
function hijriAt(tokens: Token[], i: number): Recognized | undefined {
  let j = i;
  const lead = MONTH_LEAD.has(wordAt(tokens, j, true) ?? "");
  if (lead) j++;
  const day = lead ? undefined : dayAt(tokens, j, true);
  if (day) j = day.end + 1 + (wordAt(tokens, day.end + 1) === OF ? 1 : 0);
  const month = hijriMonthAt(tokens, j, !lead && !day);
  if (!month) return undefined;
  const year = hijriYearAt(tokens, month.end + 1);
  const relation = year ? undefined : relationAt(tokens, month.end + 1);
  // A bare month name is a date only after «في/خلال/منذ...», and never one that is also a name or a word («صفر», «رجب»).
  if (!year && !relation && !lead && !day && (month.ambiguous || !MONTH_PREPOSITIONS.has(wordAt(tokens, i - 1) ?? ""))) return undefined;
  const last = year ? year.end : relation ? month.end + 1 : month.end;
  return {
    pattern: { type: "hijri", month: month.month, ...(day ? { day: day.day } : {}), ...(year ? { year: year.year } : {}), ...(relation ? { relation } : {}) },
    first: i,
    last,
    peeled: false,
  };
}

function patternAt(tokens: Token[], i: number): Recognized | undefined {
  return hijriAt(tokens, i) ?? agoAt(tokens, i) ?? dayPatternAt(tokens, i) ?? monthPatternAt(tokens, i) ?? periodAt(tokens, i) ?? yearPatternAt(tokens, i);
}

/** «من 1 إلى 5 أبريل»: a bare day number that takes its month and year from the other end. */
function dayRangeAt(tokens: Token[], i: number): Recognized | undefined {
  if (!RANGE_OPENERS.has(wordAt(tokens, i - 1, true) ?? "")) return undefined;
  const day = dayAt(tokens, i);
  if (!day || !RANGE_JOINERS.has(wordAt(tokens, day.end + 1) ?? "")) return undefined;
  const end = dayPatternAt(tokens, day.end + 2);
  if (!end || end.pattern.type !== "day" || !end.pattern.dayMonth) return undefined;
  const dm = end.pattern.dayMonth;
  if (day.day >= dm.day) return undefined;
  const start: Recognized = { pattern: { type: "day", dayMonth: { ...dm, day: day.day, end: day.end } }, first: i, last: day.end, peeled: false };
  return { ...start, last: end.last, until: end };
}

/** All expressions, left to right, each the longest pattern at its position; ranges and «منذ» joined. */
export function recognize(tokens: Token[]): Recognized[] {
  const out: Recognized[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === "punct") continue;
    let found = dayRangeAt(tokens, i) ?? patternAt(tokens, i);
    if (!found) continue;
    // «الأحد 3 ربيع الثاني 1438 هـ»: a weekday and the Hijri date it names are one expression.
    const p = found.pattern;
    if (p.type === "day" && p.weekday !== undefined && p.offset === undefined && !p.dayMonth && !p.numeric) {
      const hijri = hijriAt(tokens, found.last + 1);
      if (hijri?.pattern.type === "hijri" && hijri.pattern.day !== undefined)
        found = { ...hijri, pattern: { ...hijri.pattern, weekday: p.weekday }, first: found.first, peeled: found.peeled };
    }
    // «من صباح أمس حتى اليوم», «منذ منتصف مساء أمس حتى اليوم»: one range.
    const opener = wordAt(tokens, i - 1, true);
    if (!found.until && opener && RANGE_OPENERS.has(opener) && RANGE_JOINERS.has(wordAt(tokens, found.last + 1) ?? "")) {
      const end = patternAt(tokens, found.last + 2);
      if (end && end.pattern.type === found.pattern.type) found = { ...found, last: end.last, until: end };
    }
    // «منذ الاثنين الماضي», «منذ صباح أمس»: from that day until the report («منذ أن ...» is no date).
    if (!found.until && opener === SINCE && (found.pattern.type === "day" || found.pattern.type === "month"))
      found = { ...found, first: i - 1, since: true, peeled: tokens[i - 1]!.norm !== opener };
    if (found.pattern.type === "ago" && wordAt(tokens, found.first, true) === SINCE) found = { ...found, since: true };
    out.push(found);
    i = found.last;
  }
  return out;
}
