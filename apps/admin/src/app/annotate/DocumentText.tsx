import type { KeyboardEvent, Ref } from "react";

export interface Span {
  id: string;
  start: number;
  end: number;
  exact: string;
  role: string;
  targetKind: string;
  targetId: string;
}

/**
 * The text cut at every span and selection edge; each piece knows how many spans cover it. Only text
 * nodes are rendered (no extra characters), so DOM offsets equal document offsets. React escapes the
 * text: markup in an article is shown, never run.
 */
export function DocumentText({
  ref,
  text,
  spans,
  selection,
  onMouseUp,
  onKeyDown,
}: {
  ref: Ref<HTMLDivElement>;
  text: string;
  spans: Span[];
  selection: { start: number; end: number } | null;
  onMouseUp: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}) {
  const cuts = new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end]), ...(selection ? [selection.start, selection.end] : [])]);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const pieces = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const used = spans.filter((s) => s.start <= start && s.end >= end).length;
    const selected = !!selection && selection.start <= start && selection.end >= end;
    return { start, end, used, selected };
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
      aria-label="نص المقال · article text"
      data-testid="document-text"
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
    >
      {pieces.map((p) =>
        p.used || p.selected ? (
          <mark key={p.start} className={`${p.used ? "used" : ""} ${p.selected ? "selected" : ""}`} data-used={p.used || undefined}>
            {text.slice(p.start, p.end)}
          </mark>
        ) : (
          <span key={p.start}>{text.slice(p.start, p.end)}</span>
        ),
      )}
    </div>
  );
}
