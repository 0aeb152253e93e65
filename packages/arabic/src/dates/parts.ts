// Token-level pieces of date expressions: month names, days (digits or ordinal words), years,
// numeric dates. Each returns the index of the last token it used.
import { stripConjunction } from "../text/function-words";
import type { Token } from "../text/tokens";
import { isValidDay } from "./calendar";
import {
  COMPOUND_ONLY,
  CURRENT,
  MONTH_WORDS,
  MONTHS,
  NEXT,
  OF,
  ORDINAL_AND_TENS,
  ORDINAL_TEEN,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  PAST,
  TWO_WORD_MONTHS,
  YEAR_WORDS,
} from "./lexicon";

export type Relation = "current" | "past" | "next";

/** The normalized word at i; the first word of an expression may carry و/ف. */
export const wordAt = (tokens: Token[], i: number, first = false): string | undefined => {
  const t = tokens[i];
  if (!t || t.kind === "punct") return undefined;
  return first ? stripConjunction(t.norm) : t.norm;
};

export function relationAt(tokens: Token[], i: number): Relation | undefined {
  const w = wordAt(tokens, i);
  if (!w) return undefined;
  if (CURRENT.has(w)) return "current";
  if (PAST.has(w)) return "past";
  if (NEXT.has(w)) return "next";
  return undefined;
}

export function monthAt(tokens: Token[], i: number, first = false): { month: number; end: number } | undefined {
  const w = wordAt(tokens, i, first);
  if (!w) return undefined;
  const inner = TWO_WORD_MONTHS.get(w);
  if (inner) {
    const second = inner.get(wordAt(tokens, i + 1) ?? "");
    return second ? { month: second, end: i + 1 } : undefined;
  }
  const month = MONTHS.get(w);
  return month ? { month, end: i } : undefined;
}

/** A month with an optional second family in apposition: «أبريل/نيسان», «نيسان (أبريل)». */
export function monthPhraseAt(tokens: Token[], i: number, first = false): { month: number; alt?: number; end: number } | undefined {
  const m = monthAt(tokens, i, first);
  if (!m) return undefined;
  const sep = tokens[m.end + 1]?.text;
  if (sep === "/" || sep === "،/" || sep === "-") {
    const alt = monthAt(tokens, m.end + 2);
    if (alt) return { month: m.month, alt: alt.month, end: alt.end };
  }
  if (sep === "(") {
    const alt = monthAt(tokens, m.end + 2);
    if (alt && tokens[alt.end + 1]?.text === ")") return { month: m.month, alt: alt.month, end: alt.end + 1 };
  }
  return m;
}

const digits = (t: Token | undefined): number | undefined => (t && t.kind === "number" && /^\d+$/u.test(t.norm) ? Number(t.norm) : undefined);

/** Day of month as digits (1–31) or as an ordinal word («الرابع», «الحادي عشر», «الثاني والعشرين»). */
export function dayAt(tokens: Token[], i: number, first = false): { day: number; end: number; ordinal: boolean } | undefined {
  const n = digits(tokens[i]);
  if (n !== undefined) return tokens[i]!.norm.length <= 2 && n >= 1 && n <= 31 ? { day: n, end: i, ordinal: false } : undefined;
  const w = wordAt(tokens, i, first);
  if (!w) return undefined;
  const tens = ORDINAL_TENS.get(w);
  if (tens !== undefined) return { day: tens, end: i, ordinal: true };
  const unit = ORDINAL_UNITS.get(w);
  if (unit === undefined) return undefined;
  const next = wordAt(tokens, i + 1);
  if (next && ORDINAL_TEEN.has(next)) return unit + 10 <= 19 ? { day: unit + 10, end: i + 1, ordinal: true } : undefined;
  const andTens = next ? ORDINAL_AND_TENS.get(next) : undefined;
  if (andTens !== undefined && unit + andTens <= 31) return { day: unit + andTens, end: i + 1, ordinal: true };
  return COMPOUND_ONLY.has(w) ? undefined : { day: unit, end: i, ordinal: true };
}

/** A year: «2017», «عام 2017», «من عام 2017», «2017م». */
export function yearAt(tokens: Token[], i: number): { year: number; end: number } | undefined {
  let j = i;
  if (wordAt(tokens, j) === OF && YEAR_WORDS.has(wordAt(tokens, j + 1) ?? "")) j += 2;
  else if (YEAR_WORDS.has(wordAt(tokens, j) ?? "")) j += 1;
  const t = tokens[j];
  const n = digits(t);
  if (n === undefined || t!.norm.length !== 4 || n < 1900 || n > 2100) return undefined;
  const suffix = tokens[j + 1];
  const end = suffix && suffix.start === t!.end && suffix.norm === "م" ? j + 1 : j;
  return { year: n, end };
}

export interface DayMonth {
  day: number;
  month?: number;
  alt?: number;
  year?: number;
  /** «الجاري» after a month name, or «الشهر الجاري» in place of one. */
  relation?: Relation;
  monthIsRelative?: boolean;
  end: number;
}

/** «4 أبريل/نيسان 2017», «الرابع من أبريل الجاري», «الرابع من الشهر الجاري», «13 أفريل». */
export function dayMonthAt(tokens: Token[], i: number, first = false): DayMonth | undefined {
  const day = dayAt(tokens, i, first);
  if (!day) return undefined;
  let j = day.end + 1;
  if (wordAt(tokens, j) === OF) j++;
  else if (day.ordinal) return undefined;
  if (MONTH_WORDS.has(wordAt(tokens, j) ?? "")) {
    const relation = relationAt(tokens, j + 1);
    return relation ? { day: day.day, relation, monthIsRelative: true, end: j + 1 } : undefined;
  }
  const month = monthPhraseAt(tokens, j);
  if (!month) return undefined;
  const year = yearAt(tokens, month.end + 1);
  if (year) return { day: day.day, month: month.month, alt: month.alt, year: year.year, end: year.end };
  const relation = relationAt(tokens, month.end + 1);
  return { day: day.day, month: month.month, alt: month.alt, relation, end: relation ? month.end + 1 : month.end };
}

/** Day-first numeric dates (08.04.2017, 8-4-2017, 8/4/2017) and year-first ones (2017/4/8, 2017-04-08). */
export function numericDateAt(tokens: Token[], i: number): { y: number; m: number; d: number; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== "number") return undefined;
  let parts: string[] | undefined;
  let end = i;
  const single = t.norm.match(/^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/u);
  if (single) parts = [single[1]!, single[2]!, single[3]!];
  else {
    const [s1, n2, s2, n3] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    const adjacent = [t, s1, n2, s2, n3].every((x, k, all) => x && (k === 0 || all[k - 1]!.end === x.start));
    if (adjacent && s1!.text === s2!.text && ["/", "-", "."].includes(s1!.text) && n2!.kind === "number" && n3!.kind === "number") {
      parts = [t.norm, n2!.norm, n3!.norm];
      end = i + 4;
    }
  }
  if (!parts || parts.some((p) => !/^\d+$/u.test(p))) return undefined;
  const [a, b, c] = parts as [string, string, string];
  const [y, m, d] = a.length === 4 ? [Number(a), Number(b), Number(c)] : c.length === 4 ? [Number(c), Number(b), Number(a)] : [NaN, 0, 0];
  return isValidDay(y, m, d) && y >= 1900 && y <= 2100 ? { y, m, d, end } : undefined;
}
