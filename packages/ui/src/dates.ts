import type { EventTime, TimePrecision } from "@waqai/schema";

export type Lang = "ar" | "en";

export const MONTHS: Record<Lang, readonly string[]> = {
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

interface DateParts {
  year: string;
  month?: number;
  day?: number;
}

function parse(date: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return { year: m[1]!, month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** Drops what the precision does not vouch for: a month-precision "2017-04-01" is April 2017, not the 1st. */
function truncate(p: DateParts, precision: TimePrecision): DateParts {
  if (precision === "year" || precision === "unknown") return { year: p.year };
  if (precision === "month") return { year: p.year, month: p.month };
  return p;
}

/** The `datetime` attribute for a <time> element: "2017", "2017-04" or "2017-04-04", never finer than the precision. */
export function machineDate(date: string, precision: TimePrecision): string | undefined {
  const p = parse(date);
  if (!p) return undefined;
  const t = truncate(p, precision);
  const mm = t.month === undefined ? "" : `-${String(t.month).padStart(2, "0")}`;
  const dd = t.month === undefined || t.day === undefined ? "" : `-${String(t.day).padStart(2, "0")}`;
  return `${t.year}${mm}${dd}`;
}

/** A partial date in words, no more precise than `precision`; digits stay Latin, as in the sources. */
export function formatPartialDate(date: string, precision: TimePrecision, lang: Lang = "ar"): string {
  const p = parse(date);
  if (!p) return date;
  const t = truncate(p, precision);
  const month = t.month === undefined ? undefined : MONTHS[lang][t.month - 1];
  const words = [t.day, month, t.year].filter((x) => x !== undefined).join(" ");
  if (precision === "week" && t.day !== undefined) {
    return lang === "ar" ? `في حدود أسبوع من ${words}` : `within a week of ${words}`;
  }
  return words;
}

export interface TimeSpan {
  /** One entry for a single date, two for a range; empty when the start is not known. */
  dates: { text: string; dateTime?: string }[];
  known: boolean;
  /** Only an end is known (e.g. «انتهى أول من أمس»): shown as such, at the precision its own digits carry. */
  endOnly?: { text: string; dateTime?: string };
}

/** What a bare partial date vouches for by its own length. */
function precisionOf(date: string): TimePrecision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

export function eventTimeSpan(time: Pick<EventTime, "start" | "end" | "precision">, lang: Lang = "ar"): TimeSpan {
  if (time.precision === "unknown" || !time.start) {
    if (!time.end) return { dates: [], known: false };
    const p = time.precision === "unknown" ? precisionOf(time.end) : time.precision;
    return { dates: [], known: false, endOnly: { text: formatPartialDate(time.end, p, lang), dateTime: machineDate(time.end, p) } };
  }
  const one = (d: string) => ({ text: formatPartialDate(d, time.precision, lang), dateTime: machineDate(d, time.precision) });
  const start = one(time.start);
  if (!time.end) return { dates: [start], known: true };
  const end = one(time.end);
  return { dates: end.dateTime === start.dateTime ? [start] : [start, end], known: true };
}

/** One day in words: "21 April 2017" / «21 أبريل 2017». */
function dayWords(d: string, lang: Lang): string {
  return formatPartialDate(d, "day", lang);
}

/**
 * An event's window in words, as narrow as the two days allow: «4 أبريل 2017»; «بين 21 و22 أبريل 2017»;
 * "between 30 April and 2 May 2017"; «بحلول 23 أبريل 2017» when only the latest day is known.
 */
export function formatWindow(earliest: string | undefined, latest: string | undefined, lang: Lang = "ar"): string | undefined {
  if (!earliest && !latest) return undefined;
  if (!earliest) return lang === "ar" ? `بحلول ${dayWords(latest!, lang)}` : `by ${dayWords(latest!, lang)}`;
  if (!latest) return lang === "ar" ? `في ${dayWords(earliest, lang)} أو بعده` : `on or after ${dayWords(earliest, lang)}`;
  if (earliest === latest) return dayWords(earliest, lang);
  const [y1, m1, d1] = earliest.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = latest.split("-").map(Number) as [number, number, number];
  const month = (m: number) => MONTHS[lang][m - 1]!;
  const from = y1 !== y2 ? dayWords(earliest, lang) : m1 !== m2 ? `${d1} ${month(m1)}` : String(d1);
  const to = `${d2} ${month(m2)} ${y2}`;
  return lang === "ar" ? `بين ${from} و${to}` : `between ${from} and ${to}`;
}
