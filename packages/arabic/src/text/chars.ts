// Character classes shared by canonicalization, normalization and tokenization, so the three agree
// on what a "mark", an "invisible" or a "letter" is.

export const TATWEEL = 0x0640;
export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

/** Lucene's harakat: fathatan U+064B … sukun U+0652. */
export const isHaraka = (cp: number): boolean => cp >= 0x064b && cp <= 0x0652;

/**
 * Marks Lucene leaves alone but search should not see: madda/hamza above/below U+0653–U+0655,
 * the other combining Arabic marks U+0656–U+065F, superscript alef U+0670, and the Quranic
 * annotation signs (U+0610–U+061A, U+06D6–U+06ED). All are Mn, none changes the word.
 */
export const isExtraArabicMark = (cp: number): boolean =>
  (cp >= 0x0653 && cp <= 0x065f) ||
  cp === 0x0670 ||
  (cp >= 0x0610 && cp <= 0x061a) ||
  (cp >= 0x06d6 && cp <= 0x06dc) ||
  (cp >= 0x06df && cp <= 0x06e4) ||
  cp === 0x06e7 ||
  cp === 0x06e8 ||
  (cp >= 0x06ea && cp <= 0x06ed);

/** Bidi controls: LRM, RLM, ALM, embeddings/overrides U+202A–202E, isolates U+2066–2069. */
export const isBidiControl = (cp: number): boolean =>
  cp === 0x200e || cp === 0x200f || cp === 0x061c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

/** Invisible format characters that carry no text: BOM/ZWNBSP, soft hyphen, ZWSP, word joiner, CGJ. */
export const isInvisibleFormat = (cp: number): boolean => cp === 0xfeff || cp === 0x00ad || cp === 0x200b || cp === 0x2060 || cp === 0x034f;

/** Space characters other than U+0020 that canonical text turns into a plain space. */
export const isOtherSpace = (cp: number): boolean =>
  cp === 0x00a0 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a);

/** C0/C1 controls other than tab and newline (CR and NEL are line endings, handled first). */
export const isStrayControl = (cp: number): boolean =>
  (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f && cp !== 0x85);

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const LATIN = /\p{Script=Latin}/u;
const PUNCT = /\p{P}/u;
const SPACE = /\s/u;

export const isDigit = (ch: string): boolean => DIGIT.test(ch);

/** Arabic presentation forms (PDF extraction, old fonts): folded by NFKC for search only. */
export const isPresentationForm = (cp: number): boolean => (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);

const digitValues = new Map<number, number>();
/**
 * Value of any Unicode decimal digit. Unicode encodes every Nd run as contiguous 0..9 blocks
 * starting at zero, so the value is the distance from the run's start modulo 10: no table per script.
 */
export function digitValue(cp: number): number {
  const known = digitValues.get(cp);
  if (known !== undefined) return known;
  let start = cp;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = (cp - start) % 10;
  digitValues.set(cp, value);
  return value;
}

/** Character classes for the tokenizer (numbers, so a Uint8Array can cache them). */
export const CharClass = { Space: 1, ArabicLetter: 2, Mark: 3, Digit: 4, LatinLetter: 5, OtherLetter: 6, Punct: 7, Symbol: 8 } as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const classCache = new Uint8Array(0x10000);

function computeClass(ch: string): CharClass {
  if (SPACE.test(ch)) return CharClass.Space;
  if (MARK.test(ch)) return CharClass.Mark;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (ch.charCodeAt(0) === TATWEEL || (LETTER.test(ch) && ARABIC_SCRIPT.test(ch))) return CharClass.ArabicLetter;
  if (LETTER.test(ch)) return LATIN.test(ch) ? CharClass.LatinLetter : CharClass.OtherLetter;
  if (PUNCT.test(ch)) return CharClass.Punct;
  return CharClass.Symbol;
}

/** Class of the code point at the start of `ch`; BMP results are memoized (tokenizing is hot). */
export function charClass(cp: number): CharClass {
  if (cp < 0x10000) {
    const cached = classCache[cp]! as CharClass;
    if (cached) return cached;
    const c = computeClass(String.fromCharCode(cp));
    classCache[cp] = c;
    return c;
  }
  return computeClass(String.fromCodePoint(cp));
}
