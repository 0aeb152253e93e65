import { spanSegments } from "@waqai/ui";
import type { Citation } from "@/lib/api";

/**
 * The document's canonical text, cut at every citation boundary. Each cited piece is a focusable
 * <mark> naming every citation over it (data-cites), so nested and overlapping spans are all
 * reachable; a zero-width anchor marks where each citation starts (#cite-<id> links land there).
 * Every piece carries its offset (data-start), which the inspector uses to highlight exact ranges.
 */
export function SourceText({ text, citations, describedBy }: { text: string; citations: Citation[]; describedBy: string }) {
  const segments = spanSegments(text, citations);
  const startsAt = new Map<number, string[]>();
  for (const c of citations) startsAt.set(c.start, [...(startsAt.get(c.start) ?? []), c.id]);
  return (
    <div id="source-text" className="source-text" lang="ar" dir="rtl" data-testid="source-text">
      {segments.map((s) => {
        const anchors = (startsAt.get(s.start) ?? []).map((id) => <span key={id} id={`cite-${id}`} className="cite-anchor" />);
        if (s.spanIds.length === 0) {
          return (
            <span key={s.start} data-start={s.start}>
              {anchors}
              {s.text}
            </span>
          );
        }
        return (
          <mark
            key={s.start}
            data-start={s.start}
            data-cites={s.spanIds.join(" ")}
            data-depth={Math.min(s.spanIds.length, 3)}
            tabIndex={0}
            aria-describedby={describedBy}
          >
            {anchors}
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}
