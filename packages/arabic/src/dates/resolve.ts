// Resolving date expressions against the publication date. Pure and deterministic: the same text
// and anchor always give the same dates; without the anchor, relative expressions wait (pending).
import { offsetAfterLetters } from "../lexicon/matcher";
import { tokenize, type Token } from "../text/tokens";
import {
  addDays,
  addMonths,
  anchorDay,
  anchorFrom,
  formatAnchor,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  weekdayOf,
  type Anchor,
  type Ymd,
} from "./calendar";
import { recognize, type PartOfDay, type Pattern, type Recognized } from "./expressions";
import { fromHijri, hijriMonthRange, toHijri } from "./hijri";
import type { Relation } from "./parts";

export interface Publication {
  date?: string;
  precision?: string;
}

export interface DateExpression {
  start: number;
  end: number;
  words: string;
  kind: "day" | "period" | "month" | "year" | "ago" | "hijri";
  value?: { start?: string; end?: string };
  precision: "day" | "week" | "month" | "year";
  basis: "relative" | "stated";
  /** Needs a publication date (or a more precise one) that is not known yet. */
  pending?: true;
  /** The publication date a relative expression was resolved against. */
  anchor?: string;
  partOfDay?: PartOfDay;
  /** Words that disagree with each other («أمس الجمعة» when yesterday was a Saturday). */
  conflict?: string;
  /** «منذ الاثنين الماضي», «منذ أسبوع»: an open period from that day on (value has a start only). */
  since?: true;
  /** The calendar the words are in, when not the Gregorian one (value is always Gregorian). */
  calendar?: "hijri";
}

type Resolved = Pick<DateExpression, "value" | "precision" | "basis" | "pending" | "conflict">;

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const REL_OFFSET: Record<Relation, number> = { current: 0, past: -1, next: 1 };

const pending = (precision: Resolved["precision"], basis: Resolved["basis"] = "relative"): Resolved => ({ precision, basis, pending: true });

/** The most recent such weekday on or before the anchor; «الماضي» strictly before, «المقبل» strictly after. */
export function resolveWeekday(anchor: Ymd, weekday: number, relation?: Relation): Ymd {
  const today = weekdayOf(anchor);
  if (relation === "next") return addDays(anchor, (weekday - today + 7) % 7 || 7);
  const back = (today - weekday + 7) % 7;
  return addDays(anchor, -(relation === "past" ? back || 7 : back));
}

/** Year of a named month without a year: the current one, or the last/next occurrence. */
function yearForMonth(anchor: Anchor, month: number, relation?: Relation): number | undefined {
  if (anchor.y === undefined) return undefined;
  if (relation === "current") return anchor.y;
  if (anchor.m === undefined) return relation ? undefined : anchor.y;
  if (relation === "next") return month > anchor.m ? anchor.y : anchor.y + 1;
  if (relation === "past") return month < anchor.m ? anchor.y : anchor.y - 1;
  return month > anchor.m ? anchor.y - 1 : anchor.y;
}

function resolveDayPattern(p: Extract<Pattern, { type: "day" }>, anchor: Anchor): Resolved {
  const today = anchorDay(anchor);
  const conflicts: string[] = [];
  let value: Ymd | undefined;
  let basis: Resolved["basis"] = "relative";
  if (p.numeric) [value, basis] = [p.numeric, "stated"];
  else if (p.dayMonth) {
    const dm = p.dayMonth;
    let y: number | undefined;
    let m = dm.month;
    if (dm.year !== undefined) [y, basis] = [dm.year, "stated"];
    else if (dm.monthIsRelative) {
      if (anchor.y === undefined || anchor.m === undefined) return pending("day");
      ({ y, m } = addMonths(anchor.y, anchor.m, REL_OFFSET[dm.relation!]));
    } else y = yearForMonth(anchor, dm.month!, dm.relation);
    if (y === undefined || m === undefined) return pending("day");
    if (dm.relation === "current" && !dm.monthIsRelative && anchor.m !== undefined && anchor.m !== m)
      conflicts.push(`«الجاري» names month ${m} but the publication month is ${anchor.m}`);
    if (dm.alt !== undefined && dm.alt !== dm.month) conflicts.push(`month names disagree (${dm.month} / ${dm.alt})`);
    if (!isValidDay(y, m, dm.day)) return { precision: "day", basis, conflict: `no day ${dm.day} in ${formatMonth(y, m)}` };
    value = { y, m, d: dm.day };
  } else if (p.offset !== undefined) {
    if (!today) return pending("day");
    value = addDays(today, p.offset);
  } else if (p.weekday !== undefined) {
    if (!today) return pending("day");
    value = resolveWeekday(today, p.weekday, p.weekdayRelation);
  }
  if (!value) return pending("day");
  if ((p.numeric || p.dayMonth) && p.offset !== undefined && today) {
    const relative = addDays(today, p.offset);
    const expected = formatDay(relative);
    if (expected !== formatDay(value)) {
      conflicts.push(`the relative word gives ${expected}, the date says ${formatDay(value)}`);
      // «أمس الثلاثاء 22 جانفي» when yesterday was Tuesday the 23rd: two words against one, the stated day is the slip.
      if (p.weekday !== undefined && weekdayOf(relative) === p.weekday && weekdayOf(value) !== p.weekday) [value, basis] = [relative, "relative"];
    }
  }
  if (p.weekday !== undefined && weekdayOf(value) !== p.weekday)
    conflicts.push(`${formatDay(value)} is a ${WEEKDAY_NAMES[weekdayOf(value)]}, not a ${WEEKDAY_NAMES[p.weekday]}`);
  const end = p.nightUntilNext ? addDays(value, 1) : value;
  return {
    value: { start: formatDay(value), end: formatDay(end) },
    precision: "day",
    basis,
    ...(conflicts.length ? { conflict: conflicts.join("; ") } : {}),
  };
}

function resolvePattern(p: Pattern, anchor: Anchor): Resolved {
  switch (p.type) {
    case "day":
      return resolveDayPattern(p, anchor);
    case "period": {
      const offset = REL_OFFSET[p.relation];
      if (p.unit === "week") {
        // A calendar week, Sunday to Saturday (الأحد, «the first», opens the week in the Levant, Iraq,
        // Egypt and the Gulf): «الأسبوع الماضي» is the one before the anchor's, not the 7 days before it.
        const today = anchorDay(anchor);
        if (!today) return pending("week");
        const sunday = addDays(today, -weekdayOf(today) + 7 * offset);
        return { value: { start: formatDay(sunday), end: formatDay(addDays(sunday, 6)) }, precision: "week", basis: "relative" };
      }
      if (p.unit === "month") {
        if (anchor.y === undefined || anchor.m === undefined) return pending("month");
        const { y, m } = addMonths(anchor.y, anchor.m, offset);
        return { value: { start: formatMonth(y, m), end: formatMonth(y, m) }, precision: "month", basis: "relative" };
      }
      if (anchor.y === undefined) return pending("year");
      const y = formatYear(anchor.y + offset);
      return { value: { start: y, end: y }, precision: "year", basis: "relative" };
    }
    case "month": {
      const y = p.year ?? yearForMonth(anchor, p.month, p.relation);
      if (y === undefined) return pending("month");
      const conflict =
        p.relation === "current" && anchor.m !== undefined && anchor.m !== p.month
          ? `«الجاري» names month ${p.month} but the publication month is ${anchor.m}`
          : p.alt !== undefined && p.alt !== p.month
            ? `month names disagree (${p.month} / ${p.alt})`
            : undefined;
      const v = formatMonth(y, p.month);
      return { value: { start: v, end: v }, precision: "month", basis: p.year ? "stated" : "relative", ...(conflict ? { conflict } : {}) };
    }
    case "year":
      return { value: { start: formatYear(p.year), end: formatYear(p.year) }, precision: "year", basis: "stated" };
    case "ago":
      return resolveAgo(p, anchor);
    case "hijri":
      return resolveHijri(p, anchor);
  }
}

/** «قبل يومين» two days before the anchor; weeks as 7 days; «قبل شهرين» the month two before; years likewise. */
function resolveAgo(p: Extract<Pattern, { type: "ago" }>, anchor: Anchor): Resolved {
  if (p.unit === "day" || p.unit === "week") {
    const today = anchorDay(anchor);
    if (!today) return pending("day");
    const day = formatDay(addDays(today, -(p.unit === "week" ? 7 : 1) * p.count));
    return { value: { start: day, end: day }, precision: "day", basis: "relative" };
  }
  if (p.unit === "month") {
    if (anchor.y === undefined || anchor.m === undefined) return pending("month");
    const { y, m } = addMonths(anchor.y, anchor.m, -p.count);
    return { value: { start: formatMonth(y, m), end: formatMonth(y, m) }, precision: "month", basis: "relative" };
  }
  if (anchor.y === undefined) return pending("year");
  const y = formatYear(anchor.y - p.count);
  return { value: { start: y, end: y }, precision: "year", basis: "relative" };
}

/**
 * A Hijri date, converted: with a day, that day; without one, the month's days (a range of days, as
 * a Hijri month straddles two Gregorian ones). A month without a year is the anchor's Hijri year's,
 * or the year before when that month is still ahead (as for Gregorian months).
 */
function resolveHijri(p: Extract<Pattern, { type: "hijri" }>, anchor: Anchor): Resolved {
  let year = p.year;
  const today = anchorDay(anchor);
  if (year === undefined) {
    if (!today) return pending("day");
    const h = toHijri(today);
    const relation = p.relation ?? (p.month > h.m ? "past" : "current");
    year = relation === "current" ? h.y : relation === "past" ? (p.month < h.m ? h.y : h.y - 1) : p.month > h.m ? h.y : h.y + 1;
  }
  const basis = p.year !== undefined ? "stated" : "relative";
  if (p.day !== undefined) {
    const g = fromHijri({ y: year, m: p.month, d: p.day });
    if (!g) return { precision: "day", basis, conflict: `no day ${p.day} in Hijri month ${p.month} of ${year}` };
    const conflict =
      p.weekday !== undefined && weekdayOf(g) !== p.weekday
        ? `${formatDay(g)} is a ${WEEKDAY_NAMES[weekdayOf(g)]}, not a ${WEEKDAY_NAMES[p.weekday]}`
        : undefined;
    return { value: { start: formatDay(g), end: formatDay(g) }, precision: "day", basis, ...(conflict ? { conflict } : {}) };
  }
  const range = hijriMonthRange(year, p.month);
  if (!range) return { precision: "day", basis, conflict: `Hijri month ${p.month} of ${year} out of range` };
  return { value: { start: formatDay(range.start), end: formatDay(range.end) }, precision: "day", basis };
}

/** One recognized expression, with its range end («حتى اليوم») or its «منذ» period applied. */
function resolveRecognized(r: Recognized, anchor: Anchor): Resolved {
  const resolved = resolvePattern(r.pattern, anchor);
  if (r.until) {
    const end = resolvePattern(r.until.pattern, anchor);
    if (resolved.pending || end.pending) return pending(resolved.precision);
    const conflict = [resolved.conflict, end.conflict].filter(Boolean).join("; ");
    const basis = resolved.basis === "stated" || end.basis === "stated" ? "stated" : "relative";
    return { value: { start: resolved.value?.start, end: end.value?.end }, precision: resolved.precision, basis, ...(conflict ? { conflict } : {}) };
  }
  // «منذ»: an open period from that day on (the gold's convention and ACLED's: a start, no end).
  if (r.since && resolved.value?.start) return { ...resolved, value: { start: resolved.value.start } };
  return resolved;
}

/**
 * Date expressions in `text` with canonical spans, resolved against the publication date. Stated
 * dates resolve without it; relative ones are `pending` until it is known.
 */
export function resolveDateExpressions(text: string, publication: Publication = {}, tokens: Token[] = tokenize(text)): DateExpression[] {
  const anchor = anchorFrom(publication.date, publication.precision ?? "day");
  const anchorText = formatAnchor(anchor);
  return recognize(tokens).map((r) => {
    const firstToken = tokens[r.first]!;
    const start = r.peeled ? offsetAfterLetters(firstToken, 1) : firstToken.start;
    const end = tokens[r.last]!.end;
    const resolved = resolveRecognized(r, anchor);
    const partOfDay = r.pattern.type === "day" ? r.pattern.partOfDay : undefined;
    return {
      start,
      end,
      words: text.slice(start, end),
      kind: r.pattern.type,
      ...resolved,
      ...(resolved.basis === "relative" && !resolved.pending && anchorText ? { anchor: anchorText } : {}),
      ...(partOfDay ? { partOfDay } : {}),
      ...(r.since ? { since: true as const } : {}),
      ...(r.pattern.type === "hijri" ? { calendar: "hijri" as const } : {}),
    };
  });
}
