"use client";

import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import type { Span } from "./DocumentText";
import { MARKS, markOf } from "./marks";

/**
 * The document's citations, grouped by the record they support (its name, never its id), each coloured
 * by kind; hovering or focusing one outlines it in the text; a wrong one is removed here (and undone).
 */
export function SpanList({
  spans,
  eventLabel,
  onRemove,
  onFocus,
  onJump,
}: {
  spans: Span[];
  eventLabel: (id: string) => string;
  onRemove: (s: Span) => void;
  onFocus: (id: string | null) => void;
  onJump: (s: Span) => void;
}) {
  const locale = useLocale();
  const groups = new Map<string, Span[]>();
  for (const s of spans) {
    const key = s.eventId ? `event:${s.eventId}` : `${s.targetKind}:${s.targetId}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const title = (key: string, list: Span[]) => (key.startsWith("event:") ? eventLabel(key.slice(6)) : (list[0]!.targetLabel ?? list[0]!.targetId));
  return (
    <section aria-labelledby="used-h" className="span-list">
      <h2 id="used-h">
        {locale === "ar" ? "الاستشهادات في هذا المقال" : "Citations in this article"} ({spans.length})
      </h2>
      <div data-testid="used-spans">
        {[...groups.entries()].map(([key, list]) => (
          <details key={key} open={groups.size <= 6}>
            <summary dir="auto">{title(key, list)}</summary>
            <ol>
              {list.map((s) => {
                const mark = markOf(s);
                return (
                  <li key={s.id} onMouseEnter={() => onFocus(s.id)} onMouseLeave={() => onFocus(null)} data-span-id={s.id}>
                    <span className="kind-chip" style={{ borderColor: MARKS[mark].color, color: MARKS[mark].color }}>
                      {MARKS[mark].label[locale]}
                    </span>{" "}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onJump(s)}
                      onFocus={() => onFocus(s.id)}
                      onBlur={() => onFocus(null)}
                      lang="ar"
                      dir="rtl"
                    >
                      «{s.exact}»
                    </button>
                    {mark !== "event" && s.targetLabel ? (
                      <span className="hint" dir="auto">
                        {" "}
                        → {s.targetLabel}
                      </span>
                    ) : null}{" "}
                    <button
                      type="button"
                      className="button button--small button--plain"
                      onClick={() => onRemove(s)}
                      aria-label={`${w.removeCitation[locale]}: ${s.exact}`}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ol>
          </details>
        ))}
      </div>
    </section>
  );
}
