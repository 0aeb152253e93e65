// Cardinal numbers written as digits (any Unicode digit family) or as Arabic words, as figures
// appear in casualty reports: «ثمانية», «خمسة وعشرون», «4 آلاف», «180 ألف», «١٬٢٠٠».
import { normalize } from "./normalize";
import type { Token } from "./tokens";

const table = (rows: Array<[string, number]>) => new Map(rows.map(([w, n]) => [normalize(w), n]));

// Three to nine are spelled alike alone («خمسة») and before عشر («خمسة عشر»), in both genders; one and two
// are not (واحد / أحد, اثنان / اثنا), and the bare «ثمان» stands only alone.
const THREE_TO_NINE: Array<[string, number]> = [
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربع", 4],
  ["أربعة", 4],
  ["خمس", 5],
  ["خمسة", 5],
  ["ست", 6],
  ["ستة", 6],
  ["سبع", 7],
  ["سبعة", 7],
  ["ثماني", 8],
  ["ثمانية", 8],
  ["تسع", 9],
  ["تسعة", 9],
];
const UNITS = table([
  ["واحد", 1],
  ["واحدة", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ...THREE_TO_NINE,
  ["ثمان", 8],
  ["عشر", 10],
  ["عشرة", 10],
]);
const TEEN_UNITS = table([["أحد", 1], ["إحدى", 1], ["اثنا", 2], ["اثني", 2], ["اثنتا", 2], ["اثنتي", 2], ...THREE_TO_NINE]);
const TEEN = new Set(["عشر", "عشرة"].map(normalize));
const TENS = table([
  ["عشرون", 20],
  ["عشرين", 20],
  ["ثلاثون", 30],
  ["ثلاثين", 30],
  ["أربعون", 40],
  ["أربعين", 40],
  ["خمسون", 50],
  ["خمسين", 50],
  ["ستون", 60],
  ["ستين", 60],
  ["سبعون", 70],
  ["سبعين", 70],
  ["ثمانون", 80],
  ["ثمانين", 80],
  ["تسعون", 90],
  ["تسعين", 90],
]);
const HUNDREDS = table([
  ["مئة", 100],
  ["مائة", 100],
  ["مئتان", 200],
  ["مئتين", 200],
  ["مائتان", 200],
  ["مائتين", 200],
  ["مئتا", 200],
  ["مائتا", 200],
  ...(["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"] as const).flatMap((u, k): Array<[string, number]> => [
    [`${u}مئة`, (k + 3) * 100],
    [`${u}مائة`, (k + 3) * 100],
  ]),
]);
const SCALES = table([
  ["ألف", 1000],
  ["آلاف", 1000],
  ["ألفا", 1000],
  ["ألفان", 2000],
  ["ألفين", 2000],
  ["مليون", 1e6],
  ["ملايين", 1e6],
  ["مليونا", 1e6],
]);

/** Value of a digit token: thousands separators (1,200 / 1.200 / ١٬٢٠٠) removed, decimals kept. */
export function digitsValue(norm: string): number | undefined {
  if (/^\d{1,3}(?:[,.]\d{3})+$/u.test(norm)) return Number(norm.replace(/[,.]/gu, ""));
  if (/^\d+(?:\.\d+)?$/u.test(norm)) return Number(norm);
  return undefined;
}

const isNumberWord = (w: string) => UNITS.has(w) || TENS.has(w) || HUNDREDS.has(w) || SCALES.has(w) || TEEN_UNITS.has(w) || TEEN.has(w);
/** «وعشرون» joins the number before it; «واحد» is one by itself. */
const stripWa = (norm: string) => (!isNumberWord(norm) && norm.startsWith("و") && norm.length > 2 ? norm.slice(1) : norm);

export interface NumberPhrase {
  value: number;
  first: number;
  last: number;
}

/** A cardinal starting at token i (digits or words, with «و» joining parts); undefined if none. */
export function numberAt(tokens: Token[], i: number): NumberPhrase | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const w = stripWa(t.norm);
    const joined = j === i || w !== t.norm || SCALES.has(w) || (TEEN.has(w) && last === j - 1);
    if (!joined) break;
    if (t.kind === "number") {
      const v = digitsValue(t.norm);
      if (v === undefined || j !== i) break;
      current = v;
    } else if (TEEN.has(w) && last === j - 1 && current > 0 && current < 10) current += 10;
    else if (TEEN_UNITS.has(w) && TEEN.has(tokens[j + 1]?.norm ?? "")) current += TEEN_UNITS.get(w)!;
    else if (UNITS.has(w)) current += UNITS.get(w)!;
    else if (TENS.has(w)) current += TENS.get(w)!;
    else if (HUNDREDS.has(w)) current += HUNDREDS.get(w)!;
    else if (SCALES.has(w)) {
      total += (current || 1) * SCALES.get(w)!;
      current = 0;
    } else break;
    last = j;
  }
  if (last < i) return undefined;
  return { value: total + current, first: i, last };
}
