// Span helpers for the annotation editor: a selection never splits a letter from its harakat or a
// surrogate pair, and a citation can be found again after its document's text changes.
import { normalizeForSearch, toCanonicalSpan } from "./normalize";
import { isWordLike, tokenize } from "./tokens";

export interface Span {
  start: number;
  end: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Grapheme boundaries of the line(s) around [from, to): newlines are always boundaries, so a line is a safe window. */
function boundaries(text: string, from: number, to: number): number[] {
  const lineStart = text.lastIndexOf("\n", Math.max(0, from - 1)) + 1;
  const nl = text.indexOf("\n", to);
  const lineEnd = nl === -1 ? text.length : nl;
  const out: number[] = [];
  for (const s of graphemes.segment(text.slice(lineStart, lineEnd))) out.push(lineStart + s.index);
  out.push(lineEnd);
  return out;
}

const clamp = (n: number, text: string) => Math.max(0, Math.min(text.length, n));

/** Widen [start, end) outward to grapheme boundaries (Intl.Segmenter, granularity grapheme). */
export function snapToGraphemes(text: string, start: number, end: number): Span {
  let s = clamp(Math.min(start, end), text);
  let e = clamp(Math.max(start, end), text);
  const bounds = boundaries(text, s, e);
  s = bounds.filter((b) => b <= s).pop() ?? s;
  e = bounds.find((b) => b >= e) ?? e;
  return { start: s, end: e };
}

/**
 * Widen to whole words (tokens, so clitics stay with their word), after trimming whitespace at
 * both ends. A selection of whitespace only collapses to an empty span where it ends.
 */
export function snapToWords(text: string, start: number, end: number): Span {
  let s = clamp(Math.min(start, end), text);
  let e = clamp(Math.max(start, end), text);
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (s === e) return snapToGraphemes(text, s, s);
  const lineStart = text.lastIndexOf("\n", Math.max(0, s - 1)) + 1;
  const nl = text.indexOf("\n", e);
  const lineEnd = nl === -1 ? text.length : nl;
  for (const t of tokenize(text.slice(lineStart, lineEnd))) {
    const ts = t.start + lineStart;
    const te = t.end + lineStart;
    if (!isWordLike(t)) continue;
    if (ts < s && te > s) s = ts;
    if (ts < e && te > e) e = te;
  }
  return snapToGraphemes(text, s, e);
}

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextQuoteSelector for [start, end), with up to `context` units each side, never ending inside a surrogate pair. */
export function quoteSelector(text: string, start: number, end: number, context = 32): QuoteSelector {
  let p = Math.max(0, start - context);
  if (/[\uDC00-\uDFFF]/u.test(text[p] ?? "") && p > 0 && p < start) p++;
  let q = Math.min(text.length, end + context);
  if (/[\uD800-\uDBFF]/u.test(text[q - 1] ?? "") && q > end) q--;
  return { exact: text.slice(start, end), prefix: text.slice(p, start), suffix: text.slice(end, q) };
}

export interface Reanchored extends Span {
  /** "exact": the quote verbatim; "normalized": equal only after normalization (harakat, hamza...) — flag it for review. */
  method: "exact" | "normalized";
}

/** Characters shared at the end of a and the start of b, read outward from the quote. */
function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Pick the best of several positions by context, then by distance to the hint; null when two tie. */
function choose(text: string, starts: number[], length: number, selector: QuoteSelector, hint?: number): number | null {
  if (starts.length === 1) return starts[0]!;
  const scored = starts.map((s) => ({
    s,
    context:
      sharedSuffix(selector.prefix, text.slice(Math.max(0, s - selector.prefix.length), s)) +
      sharedPrefix(selector.suffix, text.slice(s + length, s + length + selector.suffix.length)),
    distance: hint === undefined ? 0 : Math.abs(s - hint),
  }));
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance);
  const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
  if (best.context === second.context && best.distance === second.distance) return null;
  return best.s;
}

/**
 * Find a quoted span again in a changed text: the exact quote (context and the old position break
 * ties), else the quote equal after normalization (flagged). Returns null when the quote is gone or
 * the choice is a coin toss: the caller flags the citation, it never guesses.
 */
export function reanchor(newText: string, selector: QuoteSelector, hint?: { start?: number }): Reanchored | null {
  if (!selector.exact) return null;
  const exact = occurrences(newText, selector.exact);
  if (exact.length) {
    const s = choose(newText, exact, selector.exact.length, selector, hint?.start);
    return s === null ? null : { start: s, end: s + selector.exact.length, method: "exact" };
  }
  const doc = normalizeForSearch(newText);
  const quote = normalizeForSearch(selector.exact).normalized;
  const found = occurrences(doc.normalized, quote).map((i) => toCanonicalSpan(doc.map, i, i + quote.length, newText));
  if (!found.length) return null;
  const starts = found.map((f) => f.start);
  const s = choose(newText, starts, selector.exact.length, selector, hint?.start);
  const span = found.find((f) => f.start === s);
  return span ? { ...span, method: "normalized" } : null;
}
