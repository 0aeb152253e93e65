"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { snapSpan, type RichSuggestion, type SnapUnit } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { Picker } from "../Picker";
import { ActorPanel, ClaimPanel, DatePanel, EventPanel, FigurePanel, PlacePanel, type Action, type CurrentEvent, type PanelProps } from "./ActionPanel";
import { DocumentText, type Span } from "./DocumentText";
import { MARKS } from "./marks";
import { nextUnit, offsetWithin, prevUnit } from "./selection";
import { Suggestions } from "./Suggestions";
import { SpanList } from "./SpanList";
import type { inferSpanReading } from "./types";
import { labelOf } from "@/lib/fields";

interface Doc {
  id: string;
  text: string;
  spans: Span[];
}

const KEYS: Record<string, Action> = Object.fromEntries(
  (Object.keys(MARKS) as (keyof typeof MARKS)[]).filter((k) => k !== "other").map((k) => [MARKS[k].key, k]),
);
const PANELS: Record<Action, (p: PanelProps) => React.ReactNode> = {
  event: EventPanel,
  date: DatePanel,
  place: PlacePanel,
  actor: ActorPanel,
  figure: FigurePanel,
  claim: ClaimPanel,
};
type Undo = { kind: "cited"; span: Span } | { kind: "removed"; span: Span };

/**
 * The annotation workspace. Select words (drag, double-click, or the arrow keys) and press a key: e an
 * event, v evidence for the current event, d its date, p its place, a a participant, f a figure, c a
 * claim. Each action opens with what the text engine read in the selection and takes Enter to confirm,
 * so a span and its label cost two or three interactions. Ctrl/Cmd+Z undoes the last citation or removal.
 */
export function Workspace({
  doc,
  suggestions,
  initialEvent,
  initialAt,
}: {
  doc: Doc;
  suggestions: RichSuggestion[];
  initialEvent: CurrentEvent | null;
  initialAt: number | null;
}) {
  const locale = useLocale();
  const textRef = useRef<HTMLDivElement>(null);
  const [spans, setSpans] = useState<Span[]>(doc.spans);
  const [sel, setSel] = useState<{ start: number; end: number } | null>(
    initialAt !== null ? snapSpan(doc.text, initialAt, Math.min(doc.text.length, initialAt + 1), "word") : null,
  );
  const [unit, setUnit] = useState<SnapUnit>("word");
  const [panel, setPanel] = useState<Action | null>(null);
  const [current, setCurrent] = useState<CurrentEvent | null>(initialEvent);
  const [reading, setReading] = useState<{ key: string; value: inferSpanReading } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const selKey = sel ? `${sel.start}-${sel.end}` : "";

  // What the text engine reads in the selection, to prefill the actions.
  useEffect(() => {
    if (!sel) return;
    const key = `${sel.start}-${sel.end}`;
    // Without a reading (the API could not say), the actions open empty rather than never.
    const empty = { text: doc.text.slice(sel.start, sel.end), date: null, figures: [], places: [], actors: [], eventType: null };
    const t = setTimeout(
      () =>
        void trpc.annotate.readSpan.query({ documentId: doc.id, ...sel }).then(
          (value) => setReading({ key, value }),
          () => setReading({ key, value: empty }),
        ),
      60,
    );
    return () => clearTimeout(t);
  }, [doc.id, doc.text, sel]);

  const eventLabels = useMemo(() => new Map(spans.filter((s) => s.targetKind === "event" && s.targetLabel).map((s) => [s.targetId, s.targetLabel!])), [spans]);
  const eventsHere = useMemo(
    () => [...new Map(spans.filter((s) => s.eventId).map((s) => [s.eventId!, eventLabels.get(s.eventId!) ?? s.eventId!])).entries()],
    [spans, eventLabels],
  );

  const select = (s: number, e: number, u: SnapUnit = unit) => {
    setSel(snapSpan(doc.text, s, e, u));
    setPanel(null);
  };
  const backToText = () => textRef.current?.focus();

  const choose = useCallback(async (id: string, label?: string) => {
    const ev = await trpc.edit.event.get.query({ id });
    setCurrent({ id, label: label ?? labelOf(ev.fields, ["titleAr"], id), version: ev.version });
  }, []);

  const cite = useCallback(
    async (target: { kind: "event" | "date" | "place" | "actor" | "quantity" | "claim"; id: string }, label: string) => {
      if (!sel) return;
      const span = await trpc.annotate.citeSpan.mutate({ documentId: doc.id, start: sel.start, end: sel.end, snap: unit, target });
      // Grouped in the list under the event it serves: its own, or the current one.
      const eventId = target.kind === "event" || target.kind === "date" ? target.id : (current?.id ?? null);
      const added: Span = { ...span, targetLabel: label, eventId };
      setSpans((list) => [...list, added].sort((a, b) => a.start - b.start));
      setUndo({ kind: "cited", span: added });
      setMessage(
        `✓ ${MARKS[target.kind === "quantity" ? "figure" : target.kind === "date" ? "date" : (target.kind as "event")].label[locale]}: «${span.exact}»`,
      );
      setSel(null);
    },
    [doc.id, sel, unit, current, locale],
  );

  async function evidence() {
    if (!sel) return setMessage(m.noSelection[locale]);
    if (!current) return setPanel("event");
    try {
      await cite({ kind: "event", id: current.id }, current.label);
    } catch (e) {
      setMessage(failureOf(e).message);
    }
  }

  async function removeSpan(s: Span) {
    try {
      await trpc.annotate.removeCitation.mutate({ id: s.id });
      setSpans((list) => list.filter((x) => x.id !== s.id));
      setUndo({ kind: "removed", span: s });
      setMessage(`${w.citationRemoved[locale]} «${s.exact}»`);
    } catch (e) {
      setMessage(failureOf(e).message);
    }
  }

  async function undoLast() {
    if (!undo) return;
    try {
      if (undo.kind === "cited") {
        await trpc.annotate.removeCitation.mutate({ id: undo.span.id });
        setSpans((list) => list.filter((x) => x.id !== undo.span.id));
      } else {
        await trpc.annotate.restoreCitation.mutate({ id: undo.span.id });
        setSpans((list) => [...list, undo.span].sort((a, b) => a.start - b.start));
      }
      setMessage(`${w.undo[locale]} ✓`);
      setUndo(null);
    } catch (e) {
      setMessage(failureOf(e).message);
    }
  }

  // Ctrl/Cmd+Z anywhere but in a form field undoes the last citation or removal.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const inField = (e.target as Element | null)?.closest?.("input, textarea, select");
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !inField) {
        e.preventDefault();
        void undoLast();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function onMouseUp() {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!range || range.collapsed || !textRef.current?.contains(range.commonAncestorContainer)) return;
    const a = offsetWithin(textRef.current, range.startContainer, range.startOffset);
    const b = offsetWithin(textRef.current, range.endContainer, range.endOffset);
    select(a, b);
    window.getSelection()?.removeAllRanges();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = doc.text;
    // Right-to-left: ArrowLeft goes forward in the text, ArrowRight back.
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      const forward = e.key === "ArrowLeft";
      if (!sel) return select(0, nextUnit(t, 0, unit));
      if (e.shiftKey) {
        const end = forward ? nextUnit(t, sel.end, unit) : Math.max(nextUnit(t, sel.start, unit), prevUnit(t, sel.end, unit));
        return setSel({ start: sel.start, end });
      }
      const s = forward ? nextUnit(t, sel.end, unit) : prevUnit(t, sel.start, unit);
      const start = forward ? prevUnit(t, s, unit) : s;
      return select(start, nextUnit(t, start, unit));
    }
    if (e.key === "w" || e.key === "g") {
      const u: SnapUnit = e.key === "w" ? "word" : "grapheme";
      setUnit(u);
      if (sel) select(sel.start, sel.end, u);
      return;
    }
    const action = KEYS[e.key];
    if (action) {
      e.preventDefault();
      if (!sel) return setMessage(m.noSelection[locale]);
      return setPanel(action);
    }
    if (e.key === "v" || e.key === "Enter") {
      e.preventDefault();
      return void evidence();
    }
    if (e.key === "Escape") return (setSel(null), setPanel(null));
  }

  const showSuggestion = (s: RichSuggestion) => {
    setSel({ start: s.start, end: s.end });
    backToText();
  };
  const accepted = async (eventId: string, label: string) => {
    const fresh = await trpc.annotate.document.query({ id: doc.id });
    setSpans(fresh.spans);
    await choose(eventId, label);
    setMessage(locale === "ar" ? `أُنشئ الحدث «${label}» وما اقترح معه، كلٌّ باستشهاده.` : `Created the event «${label}» with what came with it, each cited.`);
  };

  async function submitCurrent() {
    if (!current) return;
    try {
      const r = await trpc.review.submit.mutate({ kind: "event", id: current.id, baseVersion: current.version, withDependencies: true });
      setCurrent({ ...current, version: r.records[0]!.version });
      setMessage(`${w.sentForReview[locale]} (${r.records.length})`);
    } catch (e) {
      setMessage(failureOf(e).message);
    }
  }

  const selected = sel ? doc.text.slice(sel.start, sel.end) : "";
  const Panel = panel ? PANELS[panel] : null;
  const readingNow = reading && reading.key === selKey ? reading.value : null;
  return (
    <div className="workspace">
      <div className="workspace-text">
        <DocumentText
          ref={textRef}
          text={doc.text}
          spans={spans}
          selection={sel}
          focused={focused}
          onMouseUp={onMouseUp}
          onDoubleClick={onMouseUp}
          onKeyDown={onKeyDown}
          label={locale === "ar" ? "نص المقال" : "Article text"}
          describedBy="ws-keys"
        />
      </div>
      <aside className="workspace-side" aria-label={m.selection[locale]}>
        <section className="current-event" aria-labelledby="cur-h" data-testid="current-event">
          <h2 id="cur-h">{locale === "ar" ? "الحدث الحالي" : "Current event"}</h2>
          {current ? (
            <p>
              <Link href={`/records/event/${current.id}`} dir="auto" data-testid="current-event-link">
                {current.label}
              </Link>{" "}
              <button type="button" className="button button--small" onClick={() => void submitCurrent()}>
                {w.submitForReview[locale]}
              </button>
            </p>
          ) : (
            <p className="hint">{locale === "ar" ? "لا حدث بعد: حدّد كلمات الحدث واضغط e." : "No event yet: select the event's words and press e."}</p>
          )}
          {eventsHere.length > 1 ? (
            <label>
              {locale === "ar" ? "أحداث هذا المقال" : "Events of this article"}{" "}
              <select value={current?.id ?? ""} onChange={(e) => void choose(e.target.value, eventLabels.get(e.target.value))}>
                {eventsHere.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label.slice(0, 70)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <details>
            <summary>{locale === "ar" ? "حدث من مقال آخر" : "An event of another article"}</summary>
            <Picker kind="event" label={locale === "ar" ? "الحدث" : "Event"} value={null} onChange={(id, item) => id && void choose(id, item?.label)} />
          </details>
        </section>

        <section aria-labelledby="sel-h" className="selection-box">
          <h2 id="sel-h">{m.selection[locale]}</h2>
          <p data-testid="selection" data-start={sel?.start} data-end={sel?.end} lang={sel ? "ar" : undefined} dir={sel ? "rtl" : undefined}>
            {sel ? `«${selected}»` : m.noSelection[locale]}
          </p>
          <div className="action-keys" role="group" aria-label={locale === "ar" ? "ماذا تمثل الكلمات المحددة" : "What the selected words are"}>
            {(Object.keys(PANELS) as Action[]).map((a) => (
              <button
                key={a}
                type="button"
                className="button button--small key-button"
                disabled={!sel}
                onClick={() => setPanel(a)}
                aria-keyshortcuts={MARKS[a].key}
                style={{ borderColor: MARKS[a].color }}
              >
                <kbd>{MARKS[a].key}</kbd> {MARKS[a].label[locale]}
              </button>
            ))}
            <button type="button" className="button button--small key-button" disabled={!sel} onClick={() => void evidence()} aria-keyshortcuts="v Enter">
              <kbd>v</kbd> {locale === "ar" ? "دليل على الحدث الحالي" : "Evidence for the current event"}
            </button>
          </div>
          {Panel && sel && !readingNow ? <p className="hint">…</p> : null}
          {Panel && sel && readingNow ? (
            <Panel
              key={`${panel}-${selKey}`}
              documentId={doc.id}
              text={doc.text}
              sel={sel}
              reading={readingNow}
              current={current}
              cite={cite}
              setCurrent={setCurrent}
              eventWritten={(version) => setCurrent((c) => (c ? { ...c, version } : c))}
              close={() => (setPanel(null), backToText())}
            />
          ) : null}
          <div role="status" aria-live="polite" data-testid="workspace-status" className="form-status">
            {message}{" "}
            {undo ? (
              <button type="button" className="button button--small button--plain" onClick={() => void undoLast()} aria-keyshortcuts="Control+Z Meta+Z">
                {w.undo[locale]}
              </button>
            ) : null}
          </div>
        </section>

        <section aria-labelledby="keys-h" className="shortcuts" id="ws-keys">
          <h2 id="keys-h">{locale === "ar" ? "الاختصارات" : "Shortcuts"}</h2>
          <dl>
            <dt>
              <kbd>←</kbd> <kbd>→</kbd>
            </dt>
            <dd>{locale === "ar" ? "كلمة تالية أو سابقة؛ مع Shift لتوسيع التحديد" : "next or previous word; with Shift, extend the selection"}</dd>
            <dt>
              <kbd>w</kbd> / <kbd>g</kbd>
            </dt>
            <dd>{locale === "ar" ? "التقاط الكلمة أو الحرف" : "snap to words or letters"}</dd>
            {(Object.keys(PANELS) as Action[]).map((a) => (
              <div key={a}>
                <dt>
                  <kbd>{MARKS[a].key}</kbd>
                </dt>
                <dd>{MARKS[a].label[locale]}</dd>
              </div>
            ))}
            <dt>
              <kbd>v</kbd> / <kbd>Enter</kbd>
            </dt>
            <dd>{locale === "ar" ? "دليل على الحدث الحالي" : "evidence for the current event"}</dd>
            <dt>
              <kbd>Ctrl</kbd>+<kbd>Z</kbd>
            </dt>
            <dd>{locale === "ar" ? "التراجع عن آخر استشهاد أو حذف" : "undo the last citation or removal"}</dd>
            <dt>
              <kbd>Esc</kbd>
            </dt>
            <dd>{locale === "ar" ? "إلغاء التحديد" : "clear the selection"}</dd>
          </dl>
        </section>

        <SpanList
          spans={spans}
          eventLabel={(id) => eventLabels.get(id) ?? id}
          onRemove={(s) => void removeSpan(s)}
          onFocus={setFocused}
          onJump={(s) => (setSel({ start: s.start, end: s.end }), backToText())}
        />
        <Suggestions documentId={doc.id} items={suggestions} onAccepted={accepted} onShow={showSuggestion} />
      </aside>
    </div>
  );
}
