import type { IsoDay, PartialDate } from "./common";

/** The first day a partial date can mean: "2017" -> "2017-01-01", "2017-04" -> "2017-04-01". */
export function firstDayOf(d: PartialDate): IsoDay {
  const [y, m = "01", day = "01"] = d.split("-");
  return `${y}-${m}-${day}`;
}

/** The last day a partial date can mean: "2017" -> "2017-12-31", "2017-02" -> "2017-02-28". */
export function lastDayOf(d: PartialDate): IsoDay {
  const [y, m, day] = d.split("-");
  if (day) return d;
  if (!m) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, "0")}`;
}

/** A day moved by n days (n may be negative). */
export function addDays(d: IsoDay, n: number): IsoDay {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Days from a to b, both counted: a window of one day is 1. */
export function windowDays(a: IsoDay, b: IsoDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) + 1;
}

export interface DayWindow {
  earliest?: IsoDay;
  latest?: IsoDay;
}

/** The window a start/end pair states by itself: from the first day of the start to the last day of the end. */
export function windowOfDates(start: PartialDate | undefined, end: PartialDate | undefined): DayWindow {
  const from = start ?? end;
  const to = end ?? start;
  return { ...(from ? { earliest: firstDayOf(from) } : {}), ...(to ? { latest: lastDayOf(to) } : {}) };
}
