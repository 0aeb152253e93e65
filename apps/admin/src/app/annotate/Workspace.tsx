"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { EVENT_TYPES, snapSpan, type SnapUnit } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { m } from "@/lib/messages";
import { Bi } from "../Bi";
import { useLocale } from "@/lib/locale";
import { DocumentText, type Span } from "./DocumentText";
import { nextUnit, offsetWithin, prevUnit } from "./selection";

type TargetKind = "event" | "date" | "claim" | "place" | "actor" | "quantity";
type Option = { id: string; label: string };
const KIND_KEYS: Record<string, TargetKind> = { e: "event", d: "date", c: "claim", p: "place", a: "actor" };
const TARGET_LABEL: Record<TargetKind, { ar: string; en: string }> = {
  event: { ar: "حدث", en: "event" },
  date: { ar: "تاريخ حدث", en: "event date" },
  claim: { ar: "ادعاء", en: "claim" },
  place: { ar: "مكان", en: "place" },
  actor: { ar: "فاعل", en: "actor" },
  quantity: { ar: "رقم (معرّف)", en: "figure (id)" },
};

interface Doc {
  id: string;
  text: string;
  spans: Span[];
}

/**
 * The source text right-to-left; a selection (mouse or keyboard) snaps to whole words or letters and
 * becomes a citation for an event, its date, a claim, place, actor or figure. Used spans are marked.
 */
type Suggestion = { kind: string; start: number; end: number; text: string; label: string };

export function Workspace({ doc, targets, suggestions }: { doc: Doc; targets: Record<"event" | "claim" | "place" | "actor", Option[]>; suggestions: { available: boolean; items: Suggestion[] } }) {
  const locale = useLocale();
  const [pending, setPending] = useState<Suggestion[]>(suggestions.items);
  const textRef = useRef<HTMLDivElement>(null);
  const [spans, setSpans] = useState<Span[]>(doc.spans);
  const [sel, setSel] = useState<{ start: number; end: number } | null>(null);
  const [unit, setUnit] = useState<SnapUnit>("word");
  const [kind, setKind] = useState<TargetKind>("event");
  const [events, setEvents] = useState<Option[]>(targets.event);
  const [targetId, setTargetId] = useState<string>("");
  const [eventType, setEventType] = useState<string>("air_strike");
  const [message, setMessage] = useState<string | null>(null);
  const options = kind === "date" ? events : kind === "event" ? events : kind === "quantity" ? [] : targets[kind];
  const chosenTarget = targetId || options[0]?.id || "";

  const select = (s: number, e: number, u: SnapUnit = unit) => setSel(snapSpan(doc.text, s, e, u));

  function onMouseUp() {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!range || range.collapsed || !textRef.current?.contains(range.commonAncestorContainer)) return;
    const a = offsetWithin(textRef.current, range.startContainer, range.startOffset);
    const b = offsetWithin(textRef.current, range.endContainer, range.endOffset);
    select(a, b);
    window.getSelection()?.removeAllRanges();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const t = doc.text;
    // Right-to-left: ArrowLeft goes forward in the text, ArrowRight back.
    const forward = e.key === "ArrowLeft";
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
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
    if (KIND_KEYS[e.key]) return setKind(KIND_KEYS[e.key]!);
    if (e.key === "Enter") return void cite();
    if (e.key === "Escape") return setSel(null);
  }

  async function cite(target = chosenTarget, k: TargetKind = kind) {
    if (!sel || !target) return setMessage(m.noSelection[locale]);
    try {
      const span = await trpc.annotate.citeSpan.mutate({ documentId: doc.id, start: sel.start, end: sel.end, snap: unit, target: { kind: k, id: target } });
      setSpans([...spans, span].sort((x, y) => x.start - y.start));
      setMessage(`✓ ${span.exact}`);
      setSel(null);
    } catch (err) {
      setMessage(failureOf(err).message);
    }
  }

  async function newEventFromSelection() {
    if (!sel) return setMessage(m.noSelection[locale]);
    try {
      const ev = await trpc.edit.event.create.mutate({ type: eventType as (typeof EVENT_TYPES)[number], titleAr: doc.text.slice(sel.start, sel.end) });
      setEvents([{ id: ev.id, label: doc.text.slice(sel.start, sel.end) }, ...events]);
      setKind("event");
      setTargetId(ev.id);
      await cite(ev.id, "event");
    } catch (err) {
      setMessage(failureOf(err).message);
    }
  }

  const selected = useMemo(() => (sel ? doc.text.slice(sel.start, sel.end) : ""), [sel, doc.text]);
  return (
    <div className="workspace">
      <div className="workspace-text">
        <p className="hint">
          <Bi text={m.shortcuts} block />
        </p>
        <DocumentText ref={textRef} text={doc.text} spans={spans} selection={sel} onMouseUp={onMouseUp} onKeyDown={onKeyDown} />
      </div>
      <aside className="workspace-side" aria-label={m.selection[locale]}>
        <section aria-labelledby="sel-h">
          <h2 id="sel-h">
            <Bi text={m.selection} />
          </h2>
          <p data-testid="selection" data-start={sel?.start} data-end={sel?.end} lang="ar" dir="rtl">
            {sel ? `«${selected}»` : m.noSelection[locale]}
          </p>
          <label>
            <Bi text={m.snapUnit} />{" "}
            <select value={unit} onChange={(e) => setUnit(e.target.value as SnapUnit)}>
              <option value="word">كلمة · word</option>
              <option value="grapheme">حرف · letter</option>
            </select>
          </label>
          <label>
            <Bi text={m.citeAs} />{" "}
            <select value={kind} onChange={(e) => (setKind(e.target.value as TargetKind), setTargetId(""))} data-testid="target-kind">
              {(Object.keys(TARGET_LABEL) as TargetKind[]).map((k) => (
                <option key={k} value={k}>
                  {TARGET_LABEL[k].ar} · {TARGET_LABEL[k].en}
                </option>
              ))}
            </select>
          </label>
          <label>
            <Bi text={m.target} />{" "}
            {kind === "quantity" ? (
              <input value={targetId} onChange={(e) => setTargetId(e.target.value)} dir="ltr" placeholder="fig-…" />
            ) : (
              <select value={chosenTarget} onChange={(e) => setTargetId(e.target.value)} data-testid="target-id">
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label.slice(0, 60)} ({o.id})
                  </option>
                ))}
              </select>
            )}
          </label>
          <button type="button" className="button" onClick={() => cite()} disabled={!sel}>
            <Bi text={m.cite} />
          </button>
          <div className="new-event">
            <select value={eventType} onChange={(e) => setEventType(e.target.value)} aria-label="event type">
              {EVENT_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
            <button type="button" className="button" onClick={newEventFromSelection} disabled={!sel}>
              <Bi text={m.newEvent} />
            </button>
          </div>
          <p role="status" aria-live="polite" data-testid="workspace-status">
            {message}
          </p>
        </section>
        <section aria-labelledby="used-h">
          <h2 id="used-h">
            <Bi text={m.usedSpans} /> ({spans.length})
          </h2>
          <ol data-testid="used-spans">
            {spans.map((s) => (
              <li key={s.id}>
                «{s.exact}» → {s.targetKind} <bdi dir="ltr">{s.targetId}</bdi> ({s.role})
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="sug-h" data-testid="suggestions" className="suggestions">
          <h2 id="sug-h">
            <Bi text={m.suggestions} />
          </h2>
          {suggestions.available ? (
            <ol data-testid="suggestion-list">
              {pending.map((sg) => (
                <li key={`${sg.start}-${sg.kind}`}>
                  «{sg.text}» · {sg.label}{" "}
                  {/* Accept selects the span and the type, to edit with the keyboard, then "new event from the selection". */}
                  <button type="button" className="button button--small" onClick={() => (setSel({ start: sg.start, end: sg.end }), EVENT_TYPES.includes(sg.kind as never) && setEventType(sg.kind))}>
                    قبول · accept
                  </button>{" "}
                  <button type="button" className="button button--small" onClick={() => setPending(pending.filter((p) => p !== sg))}>
                    رفض · reject
                  </button>
                </li>
              ))}
            </ol>
          ) : (
            <p>
              <Bi text={m.suggestionsPending} block />
            </p>
          )}
        </section>
      </aside>
    </div>
  );
}
