/** A stretch of text between two consecutive span boundaries, with every span that covers all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans covering this stretch, outermost (earliest start, then longest) first. */
  spanIds: string[];
}

export interface SpanLike {
  id: string;
  start: number;
  end: number;
}

/**
 * Cuts a text at every span boundary so that nested and overlapping spans can all be shown at once:
 * each piece knows every span over it, and every span owns at least one piece, so none is hidden
 * behind another. Spans outside the text are clipped; empty ones are dropped.
 */
export function spanSegments(text: string, spans: readonly SpanLike[]): Segment[] {
  const valid = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const spanIds = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ start, end, text: text.slice(start, end), spanIds });
  }
  return segments;
}
