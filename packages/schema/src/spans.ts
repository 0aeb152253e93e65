/**
 * Snaps a span to whole letters (grapheme clusters: a letter with its harakat, an emoji with its
 * modifiers) or whole words. Used by the admin while selecting and by the server before storing,
 * so a citation never starts in the middle of a letter. Offsets are UTF-16 code units into NFC text.
 */
export type SnapUnit = "grapheme" | "word";

interface Piece {
  start: number;
  end: number;
}

function pieces(text: string, unit: SnapUnit): Piece[] {
  const out: Piece[] = [];
  for (const s of new Intl.Segmenter("ar", { granularity: unit }).segment(text)) {
    // Words snap to word-like segments only, so a span does not swallow spaces or punctuation.
    if (unit === "word" && !s.isWordLike) continue;
    out.push({ start: s.index, end: s.index + s.segment.length });
  }
  return out;
}

export function snapSpan(text: string, start: number, end: number, unit: SnapUnit = "grapheme"): Piece {
  const lo = Math.max(0, Math.min(start, end, text.length));
  const hi = Math.max(lo + 1, Math.min(text.length, Math.max(start, end)));
  // Every piece the selection touches, grown to whole pieces.
  const touched = pieces(text, unit).filter((p) => p.end > lo && p.start < hi);
  if (touched.length === 0) return unit === "word" ? snapSpan(text, lo, hi, "grapheme") : { start: lo, end: Math.min(hi, text.length) };
  return { start: touched[0]!.start, end: touched[touched.length - 1]!.end };
}

export const QUOTE_CONTEXT = 32;

/** exact/prefix/suffix of a span, as stored with every citation for re-anchoring. */
export function quoteOf(text: string, start: number, end: number) {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) };
}
