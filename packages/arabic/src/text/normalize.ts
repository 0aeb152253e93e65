// Normalization for matching (search, lexicons, dates), never for the stored text. Every
// normalized UTF-16 unit remembers which canonical index produced it, so a match found in
// normalized text becomes a citation span of the canonical text.
import { digitValue, isBidiControl, isDigit, isExtraArabicMark, isHaraka, isInvisibleFormat, isPresentationForm, TATWEEL, ZWJ, ZWNJ } from "./chars";

/** Lucene's folds, plus ٱ, ؤ/ئ (decided: fold, like Snowball) and the Persian/Urdu letters typed on Arabic keyboards. */
const LETTER_FOLDS = new Map<number, string>([
  [0x0622, "ا"], // آ
  [0x0623, "ا"], // أ
  [0x0625, "ا"], // إ
  [0x0671, "ا"], // ٱ alef wasla
  [0x0649, "ي"], // ى
  [0x0629, "ه"], // ة
  [0x0624, "و"], // ؤ
  [0x0626, "ي"], // ئ
  [0x06cc, "ي"], // ی Farsi yeh
  [0x06a9, "ك"], // ک keheh
  [0x06af, "ك"], // گ gaf
  [0x06a4, "ف"], // ڤ ve (Maghrebi)
  [0x06a8, "ق"], // ڨ qaf with three dots (Algerian)
  [0x067e, "ب"], // پ
  [0x0686, "ج"], // چ
  [0x06be, "ه"], // ھ
  [0x06c1, "ه"], // ہ
  [0x06c0, "ه"], // ۀ
]);

/** Arabic punctuation becomes a space (it glues onto words in PGlite's parser); separators keep their meaning. */
const PUNCT_FOLDS = new Map<number, string>([
  [0x060c, " "], // ، comma
  [0x061b, " "], // ؛ semicolon
  [0x061f, " "], // ؟ question mark
  [0x06d4, " "], // ۔ full stop
  [0x066b, "."], // ٫ decimal separator
  [0x066c, ","], // ٬ thousands separator
  [0x066a, "%"], // ٪
]);

/** Apostrophes and ayn/hamza half-rings in transliterations: al-Fu'ah = al-Fuah = al-Fuʿah. */
const APOSTROPHES = new Set([0x27, 0x60, 0x2018, 0x2019, 0x02bc, 0x02be, 0x02bf, 0x02bb]);

const LATIN_EXT = (cp: number) => (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff);

const foldCache = new Map<number, string | null>();

/** What one code point becomes: undefined = unchanged, "" = deleted, else the replacement (memoized). */
function foldCodePoint(cp: number): string | undefined {
  if (cp >= 0x61 && cp <= 0x7a) return undefined;
  let cached = foldCache.get(cp);
  if (cached === undefined) foldCache.set(cp, (cached = computeFold(cp) ?? null));
  return cached ?? undefined;
}

function computeFold(cp: number): string | undefined {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp >= 0x30 && cp <= 0x39) return undefined;
    return APOSTROPHES.has(cp) ? "" : undefined;
  }
  if (isHaraka(cp) || isExtraArabicMark(cp) || cp === TATWEEL) return "";
  const letter = LETTER_FOLDS.get(cp) ?? PUNCT_FOLDS.get(cp);
  if (letter !== undefined) return letter;
  if (isBidiControl(cp) || isInvisibleFormat(cp) || cp === ZWNJ || cp === ZWJ) return "";
  if (cp >= 0xfe00 && cp <= 0xfe0f) return ""; // variation selectors
  if (cp >= 0x0300 && cp <= 0x036f) return ""; // Latin combining marks left over after NFC
  if (APOSTROPHES.has(cp)) return "";
  if (isDigit(String.fromCodePoint(cp))) return String(digitValue(cp));
  if (LATIN_EXT(cp)) return String.fromCodePoint(cp).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (isPresentationForm(cp)) return foldString(String.fromCodePoint(cp).normalize("NFKC"));
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  return lower === ch ? undefined : lower;
}

export interface SearchText {
  normalized: string;
  /** map[i] = canonical index of the character that produced normalized[i]; map[normalized.length] = text.length. */
  map: Int32Array;
}

/** Normalized text with its offset map back to the canonical text. */
export function normalizeForSearch(text: string): SearchText {
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded === undefined) {
      out += text.slice(i, i + len);
      for (let k = 0; k < len; k++) map.push(i + k);
    } else {
      out += folded;
      for (let k = 0; k < folded.length; k++) map.push(i);
    }
    i += len;
  }
  map.push(text.length);
  return { normalized: out, map: Int32Array.from(map) };
}

/** The folds alone, without the offset map (tokens, lexicon keys). */
export function foldString(text: string): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    out += folded === undefined ? text.slice(i, i + len) : folded;
    i += len;
  }
  return out;
}

/** Key form: folds, whitespace collapsed and trimmed. Use for lexicon keys and comparisons. */
export function normalize(text: string): string {
  return foldString(text).replace(/\s+/gu, " ").trim();
}

/**
 * Canonical span of a normalized range. The end runs to where the next normalized character
 * starts, so harakat and tatweel after the last letter stay inside the span, and a range that
 * ends inside an expansion (a presentation-form ligature) covers the whole source character.
 * Given the text, characters deleted for other reasons (a bidi mark, a joiner) are trimmed off
 * the end; canonical text has none of those except ZWNJ/ZWJ, so the text is optional.
 */
export function toCanonicalSpan(map: ArrayLike<number>, start: number, end: number, text?: string): { start: number; end: number } {
  const last = map.length - 1;
  const s = map[Math.max(0, Math.min(start, last))]!;
  if (end <= start) return { start: s, end: s };
  let e = Math.min(end, last);
  while (e < last && map[e] === map[e - 1]) e++;
  let canonicalEnd = map[e]!;
  if (text !== undefined) {
    const lastSource = map[e - 1]!;
    const minEnd = lastSource + (text.codePointAt(lastSource)! > 0xffff ? 2 : 1);
    while (canonicalEnd > minEnd && !/[\p{M}\u0640]/u.test(text[canonicalEnd - 1]!)) canonicalEnd--;
  }
  return { start: s, end: canonicalEnd };
}
