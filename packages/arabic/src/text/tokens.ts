// Tokens carry canonical UTF-16 offsets: every later step (dates, lexicons, extraction) cites
// text through them.
import * as chars from "./chars";
import { CharClass } from "./chars";
import * as normalization from "./normalize";

// Bound once: module-namespace lookups in the per-character loop are measurable under tsx.
const charClass = chars.charClass;
const foldString = normalization.foldString;
const { ZWJ, ZWNJ, isBidiControl, isInvisibleFormat } = chars;
const { Space, ArabicLetter, Mark, Digit, LatinLetter, OtherLetter, Punct } = CharClass;

export type TokenKind = "word" | "number" | "latin" | "punct" | "symbol";

export interface Token {
  /** The canonical text of the token. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Normalized form (normalizeForSearch folds, no map). */
  norm: string;
}

const ALEF_MAKSURA = 0x0649;
const TEH_MARBUTA = 0x0629;
const cpAt = (text: string, i: number) => text.codePointAt(i)!;
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const classAt = (text: string, i: number) => (i < text.length ? charClass(cpAt(text, i)) : 0);

/** ى and ة only end words: a letter right after one is a missing space («علىجرائم», «الخارجيةالروسية»). */
function scanArabic(text: string, i: number): number {
  let j = i;
  let prev = 0;
  while (j < text.length) {
    const cp = cpAt(text, j);
    const cls = charClass(cp);
    if (cls === Mark) {
      j += width(cp);
      continue;
    }
    if ((cp === ZWNJ || cp === ZWJ) && classAt(text, j + 1) === ArabicLetter) {
      j += 1;
      continue;
    }
    if (cls !== ArabicLetter) break;
    if (prev === ALEF_MAKSURA || prev === TEH_MARBUTA) break;
    prev = cp;
    j += width(cp);
  }
  return j;
}

function scanNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cp = cpAt(text, j);
    if (charClass(cp) === Digit) j += width(cp);
    else if (".,٫٬".includes(text[j]!) && classAt(text, j + 1) === Digit) j += 1;
    else break;
  }
  return j;
}

function scanLatin(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cp = cpAt(text, j);
    const cls = charClass(cp);
    if (cls === LatinLetter || cls === Mark || cls === Digit) j += width(cp);
    else if ((text[j] === "'" || text[j] === "’") && classAt(text, j + 1) === LatinLetter) j += 1;
    else break;
  }
  return j;
}

function scanOtherLetters(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cp = cpAt(text, j);
    const cls = charClass(cp);
    if (cls === OtherLetter || cls === Mark) j += width(cp);
    else break;
  }
  return j;
}

/** Emoji and symbols: keep ZWJ sequences, variation selectors, skin tones and keycaps whole. */
function scanSymbol(text: string, i: number): number {
  let j = i + width(cpAt(text, i));
  while (j < text.length) {
    const cp = cpAt(text, j);
    if (cp === ZWJ && j + 1 < text.length) j += 1 + width(cpAt(text, j + 1));
    else if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3) j += width(cp);
    else break;
  }
  return j;
}

const KIND: Partial<Record<CharClass, TokenKind>> = {
  [ArabicLetter]: "word",
  [Digit]: "number",
  [LatinLetter]: "latin",
  [OtherLetter]: "word",
  [Punct]: "punct",
  [CharClass.Symbol]: "symbol",
};

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = cpAt(text, i);
    const cls = charClass(cp);
    // Spaces, joiners outside words, BOM/ZWSP and stray marks with no base letter belong to no token.
    if (cls === Space || cls === Mark || cp === ZWNJ || cp === ZWJ || isBidiControl(cp) || isInvisibleFormat(cp)) {
      i += width(cp);
      continue;
    }
    const end =
      cls === ArabicLetter
        ? scanArabic(text, i)
        : cls === Digit
          ? scanNumber(text, i)
          : cls === LatinLetter
            ? scanLatin(text, i)
            : cls === OtherLetter
              ? scanOtherLetters(text, i)
              : cls === Punct
                ? i + width(cp)
                : scanSymbol(text, i);
    const surface = text.slice(i, end);
    tokens.push({ text: surface, start: i, end, kind: KIND[cls] ?? "symbol", norm: foldString(surface) });
    i = end;
  }
  return tokens;
}

/** Only the tokens that carry words or numbers (what counts as "a word" for length rules). */
export const isWordLike = (t: Token): boolean => t.kind === "word" || t.kind === "latin" || t.kind === "number";

/** Index of the token containing (or, between tokens, the last one starting before) `offset`, by binary search. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
