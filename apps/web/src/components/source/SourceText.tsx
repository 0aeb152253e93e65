import { spanSegments } from "@waqai/ui";
import type { Citation } from "@/lib/api";
import { el, join } from "@/lib/html";

/**
 * The document's canonical text, cut at every citation boundary. Each cited piece is a focusable
 * <mark> naming every citation over it (data-cites), so nested and overlapping spans are all
 * reachable; a zero-width anchor marks where each citation starts (#cite-<id> links land there).
 * Every piece carries its offset (data-start), which the inspector uses to highlight exact ranges.
 * The pieces are one string of markup (src/lib/html.ts): a long document is hundreds of elements
 * that React would otherwise send twice (as HTML and as its own payload) and walk while hydrating.
 */
export function SourceText({ text, citations, describedBy }: { text: string; citations: Citation[]; describedBy: string }) {
  const segments = spanSegments(text, citations);
  const startsAt = new Map<number, string[]>();
  for (const c of citations) startsAt.set(c.start, [...(startsAt.get(c.start) ?? []), c.id]);
  const html = join(
    segments.map((s) => {
      const anchors = (startsAt.get(s.start) ?? []).map((id) => el("span", { id: `cite-${id}`, class: "cite-anchor" }));
      if (s.spanIds.length === 0) return el("span", { "data-start": s.start }, anchors, s.text);
      return el(
        "mark",
        {
          "data-start": s.start,
          "data-cites": s.spanIds.join(" "),
          "data-depth": Math.min(s.spanIds.length, 3),
          tabindex: 0,
          "aria-describedby": describedBy,
        },
        anchors,
        s.text,
      );
    }),
  );
  return <div id="source-text" className="source-text" lang="ar" dir="rtl" data-testid="source-text" dangerouslySetInnerHTML={html} />;
}
