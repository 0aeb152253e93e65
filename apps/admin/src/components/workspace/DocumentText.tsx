import type { CSSProperties, KeyboardEvent, Ref } from "react";
import { MARKS, markOf, type MarkKind } from "./marks";

export interface Span {
  id: string;
  start: number;
  end: number;
  exact: string;
  role: string;
  targetKind: string;
  targetId: string;
  targetLabel: string | null;
  eventId: string | null;
}

const ORDER: MarkKind[] = ["event", "date", "place", "actor", "figure", "claim", "other"];
const BAND = 3;

/**
 * Stacked underline bands, one row per kind, thicker where spans of one kind nest: a piece under an
 * event's span and a place's shows both, each at its own height, so nested spans stay apart.
 */
function bands(counts: Map<MarkKind, number>): CSSProperties {
  const present = ORDER.filter((k) => counts.get(k));
  if (!present.length) return {};
  const n = present.length;
  const pattern = (k: MarkKind) => {
    const c = MARKS[k].color;
    if (MARKS[k].style === "dashed") return `repeating-linear-gradient(to right, ${c} 0 6px, transparent 6px 9px)`;
    if (MARKS[k].style === "dotted") return `repeating-linear-gradient(to right, ${c} 0 3px, transparent 3px 5px)`;
    return `linear-gradient(${c}, ${c})`;
  };
  // One row per kind present, stacked down from the glyphs in a fixed kind order, inside the bottom padding
  // (vertical padding of an inline box does not move the line). Longhands, so a selected piece keeps its colour.
  return {
    backgroundImage: present.map(pattern).join(", "),
    backgroundPosition: present.map((_, i) => `0 calc(100% - ${(n - i) * BAND}px)`).join(", "),
    backgroundSize: present.map((k) => `100% ${Math.min(3, counts.get(k)!) === 1 ? 2 : BAND}px`).join(", "),
    backgroundRepeat: "no-repeat",
    paddingBottom: `${n * BAND}px`,
  };
}

/**
 * The text cut at every span and selection edge; each piece knows which spans cover it. Only text nodes
 * are rendered (no extra characters), so DOM offsets equal document offsets. React escapes the text:
 * markup in an article is shown, never run.
 */
export function DocumentText({
  ref,
  text,
  spans,
  selection,
  focused,
  onMouseUp,
  onKeyDown,
  onDoubleClick,
  label,
  describedBy,
}: {
  ref: Ref<HTMLDivElement>;
  text: string;
  spans: Span[];
  selection: { start: number; end: number } | null;
  /** A span the side list points at (hover or keyboard), outlined in the text. */
  focused: string | null;
  onMouseUp: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onDoubleClick: () => void;
  label: string;
  describedBy: string;
}) {
  const cuts = new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end]), ...(selection ? [selection.start, selection.end] : [])]);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const pieces = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const over = spans.filter((s) => s.start <= start && s.end >= end);
    const counts = new Map<MarkKind, number>();
    for (const s of over) counts.set(markOf(s), (counts.get(markOf(s)) ?? 0) + 1);
    return { start, end, over, counts, selected: !!selection && selection.start <= start && selection.end >= end };
  });
  return (
    <div
      ref={ref}
      className="document-text"
      dir="rtl"
      lang="ar"
      tabIndex={0}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="document-text"
      onMouseUp={onMouseUp}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
    >
      {pieces.map((p) =>
        p.over.length || p.selected ? (
          <mark
            key={p.start}
            className={[p.over.length ? "used" : "", p.selected ? "selected" : "", focused && p.over.some((s) => s.id === focused) ? "focused" : ""]
              .filter(Boolean)
              .join(" ")}
            data-marks={[...p.counts.keys()].join(" ") || undefined}
            style={bands(p.counts)}
          >
            {text.slice(p.start, p.end)}
          </mark>
        ) : (
          <span key={p.start}>{text.slice(p.start, p.end)}</span>
        ),
      )}
    </div>
  );
}
