import type { SnapUnit } from "@waqai/schema";

/** Offset of (node, offset) within the container's text: the rendered text is exactly the document text. */
export function offsetWithin(container: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(container, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

function pieces(text: string, unit: SnapUnit) {
  return [...new Intl.Segmenter("ar", { granularity: unit }).segment(text)]
    .filter((s) => unit === "grapheme" || s.isWordLike)
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/** The end of the next whole unit after pos (reading order). */
export function nextUnit(text: string, pos: number, unit: SnapUnit): number {
  return pieces(text, unit).find((p) => p.end > pos)?.end ?? text.length;
}

/** The start of the unit before pos. */
export function prevUnit(text: string, pos: number, unit: SnapUnit): number {
  const before = pieces(text, unit).filter((p) => p.start < pos);
  return before[before.length - 1]?.start ?? 0;
}
