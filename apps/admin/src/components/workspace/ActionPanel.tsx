"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { ATTRIBUTIONS, DATE_PRECISIONS, EVENT_TYPES, MODALITY_VALUES, PARTICIPANT_ROLES, QUANTITY_KINDS, type inferSpanReading } from "./types";
import { optionLabel } from "@/lib/catalog";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { Picker } from "../Picker";
import { MARKS, type MarkKind } from "./marks";
import { ErrorLine } from "../ErrorLine";

export type Action = Exclude<MarkKind, "other">;
export interface CurrentEvent {
  id: string;
  label: string;
  version: number;
}
type Reading = inferSpanReading;
type Target = { kind: "event" | "date" | "place" | "actor" | "quantity" | "claim"; id: string };

export interface PanelProps {
  documentId: string;
  text: string;
  sel: { start: number; end: number };
  reading: Reading | null;
  current: CurrentEvent | null;
  /** Cite the selection for a record (snapped to words on the server), then tell the workspace. */
  cite: (target: Target, label: string) => Promise<void>;
  setCurrent: (e: CurrentEvent) => void;
  /** The current event moved on a version (a field, a figure, a participant was written). */
  eventWritten: (version: number) => void;
  close: () => void;
}

const Shell = ({
  action,
  onSubmit,
  onClose,
  children,
  error,
  busy,
  submitLabel,
}: {
  action: Action;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
  error: string | null;
  busy: boolean;
  submitLabel?: string;
}) => {
  const locale = useLocale();
  return (
    <form
      className="action-panel"
      onSubmit={onSubmit}
      data-testid={`panel-${action}`}
      style={{ borderInlineStartColor: MARKS[action].color }}
      onKeyDown={(e) => {
        // Enter confirms from any control (a select or a checkbox would not submit the form by itself); a picker takes its own Enter.
        const el = e.target as HTMLElement;
        if (e.key === "Escape") onClose();
        else if (e.key === "Enter" && !e.defaultPrevented && el.tagName !== "TEXTAREA" && el.getAttribute("role") !== "combobox" && el.tagName !== "BUTTON") {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
    >
      <h3>{MARKS[action].label[locale]}</h3>
      {children}
      <div className="form-actions">
        {submitLabel ? (
          <button type="submit" className="button" disabled={busy}>
            {busy ? w.saving[locale] : submitLabel}
          </button>
        ) : busy ? (
          <span>{w.saving[locale]}</span>
        ) : null}
        <button type="button" className="button button--plain" onClick={onClose}>
          {w.cancel[locale]}
        </button>
      </div>
      <ErrorLine message={error} />
    </form>
  );
};

function useRun() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(failureOf(e).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** A new event from the selection: its words as the title, the type the text engine read (or chosen); it becomes the current event. */
export function EventPanel(p: PanelProps) {
  const locale = useLocale();
  const words = p.text.slice(p.sel.start, p.sel.end);
  const [type, setType] = useState<string>(p.reading?.eventType ?? "air_strike");
  const [title, setTitle] = useState(words);
  const { busy, error, run } = useRun();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const ev = await trpc.edit.event.create.mutate({ type: type as (typeof EVENT_TYPES)[number], titleAr: title.trim() || words });
      p.setCurrent({ id: ev.id, label: title.trim() || words, version: ev.version });
      await p.cite({ kind: "event", id: ev.id }, title.trim() || words);
      p.close();
    });
  };
  return (
    <Shell action="event" onClose={p.close} onSubmit={submit} error={error} busy={busy} submitLabel={locale === "ar" ? "إنشاء الحدث" : "Create the event"}>
      <label htmlFor="ev-type">{locale === "ar" ? "نوع الحدث" : "Event type"}</label>
      <select id="ev-type" value={type} onChange={(e) => setType(e.target.value)} autoFocus>
        {EVENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {optionLabel("event", "type", t)[locale]}
          </option>
        ))}
      </select>
      <label htmlFor="ev-title">{locale === "ar" ? "العنوان بالعربية" : "Title (Arabic)"}</label>
      <input id="ev-title" value={title} onChange={(e) => setTitle(e.target.value)} dir="rtl" />
    </Shell>
  );
}

const needEvent = (locale: "ar" | "en") =>
  locale === "ar" ? "أنشئ حدثاً أو اختر الحدث الحالي أولاً (المفتاح e)." : "Create or choose the current event first (key e).";

/** The selection as the current event's date: the value the text engine resolved (against the publication date), to check and confirm. */
export function DatePanel(p: PanelProps) {
  const locale = useLocale();
  const r = p.reading?.date;
  const words = p.text.slice(p.sel.start, p.sel.end);
  const [start, setStart] = useState(r?.dateStart ?? "");
  const [end, setEnd] = useState(r?.dateEnd ?? "");
  const [precision, setPrecision] = useState<string>(r?.timePrecision && r.timePrecision !== "unknown" ? r.timePrecision : "day");
  const { busy, error, run } = useRun();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (!p.current) throw new Error(needEvent(locale));
      const relative = r?.timeBasis === "relative" && r.dateStart === start;
      const written = await trpc.edit.event.update.mutate({
        id: p.current.id,
        baseVersion: p.current.version,
        patch: {
          dateStart: start || null,
          dateEnd: end || null,
          timePrecision: precision as "day",
          timeBasis: relative ? "relative" : "stated",
          timeExpression: r?.timeExpression ?? words,
          timeAnchor: relative ? r.timeAnchor : null,
        },
      });
      p.eventWritten(written.version);
      await p.cite({ kind: "date", id: p.current.id }, p.current.label);
      p.close();
    });
  };
  return (
    <Shell
      action="date"
      onClose={p.close}
      onSubmit={submit}
      error={error}
      busy={busy}
      submitLabel={locale === "ar" ? "تأريخ الحدث بها" : "Date the event by it"}
    >
      {r ? (
        <p className="hint">
          {r.pending
            ? locale === "ar"
              ? "تاريخ النشر غير معروف بعد: أدخل التاريخ."
              : "The publication date is not known yet: enter the date."
            : locale === "ar"
              ? `«${r.words}» = ${r.dateStart ?? "?"}${r.dateEnd ? ` – ${r.dateEnd}` : ""}${r.timeAnchor ? ` (محسوب من تاريخ النشر ${r.timeAnchor})` : ""}`
              : `«${r.words}» = ${r.dateStart ?? "?"}${r.dateEnd ? ` – ${r.dateEnd}` : ""}${r.timeAnchor ? ` (resolved against the publication date ${r.timeAnchor})` : ""}`}
        </p>
      ) : null}
      <label htmlFor="dt-start">{locale === "ar" ? "تاريخ البدء" : "Start date"}</label>
      <input id="dt-start" value={start} onChange={(e) => setStart(e.target.value)} dir="ltr" autoFocus placeholder="2017-04-22" />
      <label htmlFor="dt-end">{locale === "ar" ? "تاريخ الانتهاء (اختياري)" : "End date (optional)"}</label>
      <input id="dt-end" value={end} onChange={(e) => setEnd(e.target.value)} dir="ltr" />
      <label htmlFor="dt-precision">{locale === "ar" ? "الدقة" : "Precision"}</label>
      <select id="dt-precision" value={precision} onChange={(e) => setPrecision(e.target.value)}>
        {DATE_PRECISIONS.map((x) => (
          <option key={x} value={x}>
            {optionLabel("event", "timePrecision", x)[locale]}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** Guesses a new place's feature from the word before it in the text («مدينة», «بلدة», «قرية»...). */
function featureBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/مدين[ةه]\s*$/.test(before)) return "city";
  if (/قري[ةه]\s*$/.test(before)) return "village";
  if (/(حي|منطق[ةه])\s*$/.test(before)) return "district";
  if (/(مطار|قاعد[ةه])\s*$/.test(before)) return "facility";
  return "town";
}

/**
 * The selection names a place: pick it (the text engine's match first), adopt it from the gazetteer, or
 * create it with the selected words; it becomes the current event's place if it has none, and is cited.
 */
export function PlacePanel(p: PanelProps) {
  const locale = useLocale();
  const words = p.text.slice(p.sel.start, p.sel.end);
  const { error, run, busy } = useRun();
  const apply = (placeId: string, label: string) =>
    void run(async () => {
      if (p.current) {
        const ev = await trpc.edit.event.get.query({ id: p.current.id });
        if (!ev.fields.placeId)
          p.eventWritten((await trpc.edit.event.update.mutate({ id: p.current.id, baseVersion: p.current.version, patch: { placeId } })).version);
      }
      await p.cite({ kind: "place", id: placeId }, label);
      p.close();
    });
  return (
    <Shell action="place" onClose={p.close} onSubmit={(e) => e.preventDefault()} error={error} busy={busy}>
      <Picker
        kind="place"
        label={locale === "ar" ? "المكان" : "Place"}
        value={null}
        initialQuery={p.reading?.places[0]?.name.ar ?? words}
        autoFocus
        onEscape={p.close}
        onChange={(id, item) => id && apply(id, item?.label ?? words)}
        create={{
          label: (q) => (locale === "ar" ? `إنشاء مكان جديد «${q}»` : `Create the place «${q}»`),
          make: async (q) => (await trpc.edit.place.create.mutate({ nameAr: q, feature: featureBefore(p.text, p.sel.start) as "town" })).id,
        }}
      />
    </Shell>
  );
}

/** The selection names an actor taking part in the current event: pick (or adopt, or create) it, in a role; cited at its words. */
export function ActorPanel(p: PanelProps) {
  const locale = useLocale();
  const words = p.text.slice(p.sel.start, p.sel.end);
  const [role, setRole] = useState<string>("initiator");
  const [attribution, setAttribution] = useState<string>("likely");
  const { error, run, busy } = useRun();
  const apply = (actorId: string, label: string) =>
    void run(async () => {
      if (!p.current) throw new Error(needEvent(locale));
      const parts = await trpc.edit.event.parts.query({ id: p.current.id });
      const list = parts.participants.map(({ actorId: a, role: r, attribution: t, noteAr, noteEn }) => ({
        actorId: a,
        role: r,
        attribution: t,
        noteAr,
        noteEn,
      }));
      if (!list.some((x) => x.actorId === actorId && x.role === role)) {
        const written = await trpc.edit.event.setParticipants.mutate({
          eventId: p.current.id,
          baseVersion: parts.version,
          participants: [...list, { actorId, role: role as "initiator", attribution: attribution as "likely" }],
        });
        p.eventWritten(written.version);
      }
      await p.cite({ kind: "actor", id: actorId }, label);
      p.close();
    });
  return (
    <Shell action="actor" onClose={p.close} onSubmit={(e) => e.preventDefault()} error={error} busy={busy}>
      <div className="inline-fields">
        <label>
          {locale === "ar" ? "الدور" : "Role"}{" "}
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {PARTICIPANT_ROLES.map((x) => (
              <option key={x} value={x}>
                {optionLabel("participant", "role", x)[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {locale === "ar" ? "الإسناد" : "Attribution"}{" "}
          <select value={attribution} onChange={(e) => setAttribution(e.target.value)}>
            {ATTRIBUTIONS.map((x) => (
              <option key={x} value={x}>
                {optionLabel("participant", "attribution", x)[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Picker
        kind="actor"
        label={locale === "ar" ? "الفاعل" : "Actor"}
        value={null}
        initialQuery={p.reading?.actors[0]?.name.ar ?? words}
        autoFocus
        onEscape={p.close}
        onChange={(id, item) => id && apply(id, item?.label ?? words)}
        create={{
          label: (q) => (locale === "ar" ? `إنشاء فاعل جديد «${q}»` : `Create the actor «${q}»`),
          make: async (q) => (await trpc.edit.actor.create.mutate({ nameAr: q, kind: "other" })).id,
        }}
      />
    </Shell>
  );
}

/** A figure of the current event from the selection, as the text engine read it (kind, number or vague word), to check and confirm. */
export function FigurePanel(p: PanelProps) {
  const locale = useLocale();
  const words = p.text.slice(p.sel.start, p.sel.end);
  const r = p.reading?.figures[0];
  const [kind, setKind] = useState<string>(r?.kind ?? "killed");
  const [best, setBest] = useState(r?.best !== null && r?.best !== undefined ? String(r.best) : "");
  const [vague, setVague] = useState(r?.vague ?? false);
  const { busy, error, run } = useRun();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (!p.current) throw new Error(needEvent(locale));
      const figure = {
        kind: kind as (typeof QUANTITY_KINDS)[number],
        words: r?.words ?? words,
        vague,
        best: best ? Number(best) : null,
        low: r?.low ?? null,
        high: r?.high ?? null,
        convention: r?.convention ?? null,
        subjectAr: r?.subjectAr ?? null,
      };
      const added = await trpc.edit.event.addFigure.mutate({ eventId: p.current.id, baseVersion: p.current.version, figure });
      p.eventWritten(added.version);
      await p.cite({ kind: "quantity", id: added.figureId }, figure.words);
      p.close();
    });
  };
  return (
    <Shell action="figure" onClose={p.close} onSubmit={submit} error={error} busy={busy} submitLabel={locale === "ar" ? "إضافة الرقم" : "Add the figure"}>
      <label htmlFor="fg-kind">{locale === "ar" ? "ما يُعدّ" : "What is counted"}</label>
      <select id="fg-kind" value={kind} onChange={(e) => setKind(e.target.value)} autoFocus>
        {QUANTITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {optionLabel("figure", "kind", k)[locale]}
          </option>
        ))}
      </select>
      <label htmlFor="fg-best">{locale === "ar" ? "أفضل تقدير (إن ذكر النص رقماً)" : "Best estimate (when the text gives a number)"}</label>
      <input id="fg-best" value={best} onChange={(e) => setBest(e.target.value)} dir="ltr" inputMode="numeric" />
      <label className="choice">
        <input type="checkbox" checked={vague} onChange={(e) => setVague(e.target.checked)} /> {locale === "ar" ? "عدد غير محدد («عشرات»)" : "Vague («dozens»)"}
      </label>
    </Shell>
  );
}

/** Who says so: the selection attributes the current event to a claimant («بحسب…»); the claim states the sentence, cited at these words. */
export function ClaimPanel(p: PanelProps) {
  const locale = useLocale();
  const words = p.text.slice(p.sel.start, p.sel.end);
  const sentence = sentenceAround(p.text, p.sel.start, p.sel.end);
  const [modality, setModality] = useState<string>(/بحسب|وفق|أفاد|نقل/.test(words) ? "reported" : "asserted");
  const [statement, setStatement] = useState(sentence);
  const { error, run, busy } = useRun();
  const apply = (claimantId: string) =>
    void run(async () => {
      if (!p.current) throw new Error(needEvent(locale));
      const claim = await trpc.edit.claim.create.mutate({
        documentId: p.documentId,
        claimantId,
        modality: modality as "reported",
        confidence: "medium",
        statementAr: statement.trim() || sentence,
        eventId: p.current.id,
      });
      await p.cite({ kind: "claim", id: claim.id }, statement.trim() || sentence);
      p.close();
    });
  return (
    <Shell action="claim" onClose={p.close} onSubmit={(e) => e.preventDefault()} error={error} busy={busy}>
      <label htmlFor="cl-modality">{locale === "ar" ? "نوع الادعاء" : "Kind of claim"}</label>
      <select id="cl-modality" value={modality} onChange={(e) => setModality(e.target.value)}>
        {MODALITY_VALUES.map((x) => (
          <option key={x} value={x}>
            {optionLabel("claim", "modality", x)[locale]}
          </option>
        ))}
      </select>
      <label htmlFor="cl-statement">{locale === "ar" ? "الادعاء" : "The claim"}</label>
      <textarea id="cl-statement" rows={2} dir="rtl" value={statement} onChange={(e) => setStatement(e.target.value)} />
      <Picker
        kind="actor"
        label={locale === "ar" ? "صاحب الادعاء" : "Claimant"}
        value={null}
        initialQuery={p.reading?.actors[0]?.name.ar ?? words.replace(/^(بحسب|وفق|حسب)\s+(ما\s+)?(أفاد|ذكر|قال)?[تهـ]?\s*/u, "")}
        autoFocus
        onEscape={p.close}
        onChange={(id) => id && apply(id)}
        create={{
          label: (q) => (locale === "ar" ? `إنشاء فاعل جديد «${q}»` : `Create the actor «${q}»`),
          make: async (q) => (await trpc.edit.actor.create.mutate({ nameAr: q, kind: "unnamed_source" })).id,
        }}
      />
    </Shell>
  );
}

/** The sentence a selection sits in (to the nearest full stop or line break), as a claim's statement. */
function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[.!?؟\n]/;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b]!)) b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}
