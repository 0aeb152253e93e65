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
import { recognize, type PartOfDay, type Pattern } from "./expressions";
import type { Relation } from "./parts";

export interface Publication {
  date?: string;
  precision?: string;
}

export interface DateExpression {
  start: number;
  end: number;
  words: string;
  kind: "day" | "period" | "month" | "year";
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
    const expected = formatDay(addDays(today, p.offset));
    if (expected !== formatDay(value)) conflicts.push(`the relative word gives ${expected}, the date says ${formatDay(value)}`);
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
        // A week is the seven days before (or after) the anchor; «هذا الأسبوع» the seven ending on it.
        const today = anchorDay(anchor);
        if (!today) return pending("week");
        const [a, b] = offset < 0 ? [-7, -1] : offset > 0 ? [1, 7] : [-6, 0];
        return { value: { start: formatDay(addDays(today, a)), end: formatDay(addDays(today, b)) }, precision: "week", basis: "relative" };
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
  }
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
    const resolved = resolvePattern(r.pattern, anchor);
    const partOfDay = r.pattern.type === "day" ? r.pattern.partOfDay : undefined;
    return {
      start,
      end,
      words: text.slice(start, end),
      kind: r.pattern.type,
      ...resolved,
      ...(resolved.basis === "relative" && !resolved.pending && anchorText ? { anchor: anchorText } : {}),
      ...(partOfDay ? { partOfDay } : {}),
    };
  });
}
