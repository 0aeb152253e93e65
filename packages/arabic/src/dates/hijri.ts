// Hijri (Islamic) dates to Gregorian. The Umm al-Qura calendar (Saudi Arabia's official one, which
// Arabic news uses when it gives a Hijri date) through ICU's «islamic-umalqura» when the runtime
// has it, else the tabular (arithmetical, «islamic-civil») calendar, which can differ by a day or two
// from the observed month start; either way pure and deterministic for one runtime.
import type { Ymd } from "./calendar";
import { addDays } from "./calendar";

/** Julian day number of a tabular Hijri date (30-year cycle, epoch 16 July 622 Julian). */
function tabularToJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439;
}

function jdnToGregorian(jdn: number): Ymd {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { d: e - Math.floor((153 * m + 2) / 5) + 1, m: m + 3 - 12 * Math.floor(m / 10), y: 100 * b + d - 4800 + Math.floor(m / 10) };
}

let umalqura: Intl.DateTimeFormat | null | undefined;
function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura;
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    umalqura = f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch {
    umalqura = null;
  }
  return umalqura;
}

/** The Hijri date of a Gregorian day, Umm al-Qura when available. */
export function toHijri(g: Ymd): Ymd {
  const f = umalquraFormat();
  if (f) {
    const parts = f.formatToParts(new Date(Date.UTC(g.y, g.m - 1, g.d)));
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/gu, ""));
    return { y: n("year"), m: n("month"), d: n("day") };
  }
  // Tabular inverse: search the month whose first day is on or before the JDN.
  const jdn = gregorianToJdn(g);
  const y = Math.floor((30 * (jdn - 1948440) + 10646) / 10631);
  let m = 12;
  while (m > 1 && tabularToJdn(y, m, 1) > jdn) m--;
  return { y, m, d: jdn - tabularToJdn(y, m, 1) + 1 };
}

function gregorianToJdn(g: Ymd): number {
  const a = Math.floor((14 - g.m) / 12);
  const y = g.y + 4800 - a;
  const m = g.m + 12 * a - 3;
  return g.d + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

const same = (a: Ymd, b: Ymd) => a.y === b.y && a.m === b.m && a.d === b.d;

/** The Gregorian day of a Hijri date, or undefined when the month has no such day. */
export function fromHijri(h: Ymd): Ymd | undefined {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30) return undefined;
  const estimate = jdnToGregorian(tabularToJdn(h.y, h.m, h.d));
  if (!umalquraFormat()) return h.d === 30 && toHijri(estimate).d !== 30 ? undefined : estimate;
  // The observed calendar is within two days of the tabular one: look around the estimate.
  for (const k of [0, -1, 1, -2, 2, -3, 3]) {
    const g = addDays(estimate, k);
    if (same(toHijri(g), h)) return g;
  }
  return undefined;
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(y: number, m: number): { start: Ymd; end: Ymd } | undefined {
  const start = fromHijri({ y, m, d: 1 });
  const next = m === 12 ? fromHijri({ y: y + 1, m: 1, d: 1 }) : fromHijri({ y, m: m + 1, d: 1 });
  return start && next ? { start, end: addDays(next, -1) } : undefined;
}
