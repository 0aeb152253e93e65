// Proleptic Gregorian arithmetic in UTC on plain {y, m, d}: no time zones, no locale, deterministic.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** What the publication date gives us: a year, maybe a month, maybe a day. */
export interface Anchor {
  y?: number;
  m?: number;
  d?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export const formatDay = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number): string => pad(y, 4);

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const isValidDay = (y: number, m: number, d: number): boolean => Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export function addDays(t: Ymd, days: number): Ymd {
  const date = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (t: Ymd): number => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD", keeping only as much as `precision` allows. */
export function anchorFrom(date: string | undefined, precision: string | undefined): Anchor {
  const match = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u);
  if (!match) return {};
  const anchor: Anchor = { y: Number(match[1]) };
  const keepMonth = precision !== "year" && precision !== "unknown";
  const keepDay = keepMonth && precision !== "month";
  if (match[2] && keepMonth) anchor.m = Number(match[2]);
  if (match[3] && keepDay && anchor.m) anchor.d = Number(match[3]);
  return anchor;
}

export const anchorDay = (a: Anchor): Ymd | undefined => (a.y !== undefined && a.m !== undefined && a.d !== undefined ? { y: a.y, m: a.m, d: a.d } : undefined);

export function formatAnchor(a: Anchor): string | undefined {
  if (a.y === undefined) return undefined;
  if (a.m === undefined) return formatYear(a.y);
  if (a.d === undefined) return formatMonth(a.y, a.m);
  return formatDay({ y: a.y, m: a.m, d: a.d });
}
