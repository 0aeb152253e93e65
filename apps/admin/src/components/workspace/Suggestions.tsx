"use client";

import { useState } from "react";
import type { RichSuggestion } from "@waqai/schema";
import { optionLabel } from "@/lib/catalog";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m } from "@/lib/messages";
import { ErrorLine } from "../ErrorLine";

/**
 * The extraction assistant's candidate events, each with what it read (type, date, place, actors,
 * figures). Accepting makes all of it, each piece cited at its words; rejecting is remembered.
 */
export function Suggestions({
  documentId,
  items: initial,
  onAccepted,
  onShow,
}: {
  documentId: string;
  items: RichSuggestion[];
  onAccepted: (eventId: string, label: string) => Promise<void>;
  onShow: (s: RichSuggestion) => void;
}) {
  const locale = useLocale();
  const [items, setItems] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function decide(s: RichSuggestion, accept: boolean) {
    setBusy(s.key);
    setError(null);
    try {
      if (accept) {
        const done = await trpc.annotate.acceptSuggestion.mutate({ documentId, key: s.key });
        await onAccepted(done.eventId, s.text);
      } else await trpc.annotate.rejectSuggestion.mutate({ documentId, key: s.key });
      setItems((list) => list.filter((x) => x.key !== s.key));
    } catch (e) {
      setError(failureOf(e).message);
    } finally {
      setBusy(null);
    }
  }
  return (
    <section aria-labelledby="sug-h" data-testid="suggestions" className="suggestions">
      <h2 id="sug-h">
        {m.suggestions[locale]} ({items.length})
      </h2>
      <ol data-testid="suggestion-list">
        {items.map((s) => (
          <li key={s.key} data-suggestion={s.key}>
            <button type="button" className="link-button" onClick={() => onShow(s)} lang="ar" dir="rtl">
              «{s.text}»
            </button>{" "}
            · {optionLabel("event", "type", s.kind)[locale]} ({Math.round(s.confidence * 100)}%)
            <ul className="suggestion-parts">
              {s.date ? (
                <li>
                  {locale === "ar" ? "التاريخ" : "Date"}:{" "}
                  {s.date.pending ? `«${s.date.words}»` : `${s.date.dateStart ?? ""}${s.date.dateEnd ? ` – ${s.date.dateEnd}` : ""} («${s.date.words}»)`}
                </li>
              ) : null}
              {s.place ? (
                <li>
                  {locale === "ar" ? "المكان" : "Place"}: {locale === "ar" ? s.place.name.ar : (s.place.name.en ?? s.place.name.ar)}
                </li>
              ) : null}
              {s.actors.length ? (
                <li>
                  {locale === "ar" ? "الفاعلون" : "Actors"}:{" "}
                  {s.actors
                    .map((a) => `${locale === "ar" ? a.name.ar : (a.name.en ?? a.name.ar)} (${optionLabel("participant", "role", a.role)[locale]})`)
                    .join(locale === "ar" ? "، " : ", ")}
                </li>
              ) : null}
              {s.figures.length ? (
                <li>
                  {locale === "ar" ? "الأرقام" : "Figures"}:{" "}
                  {s.figures.map((f) => `«${f.words}» ${optionLabel("figure", "kind", f.kind)[locale]}`).join(locale === "ar" ? "، " : ", ")}
                </li>
              ) : null}
            </ul>
            <button
              type="button"
              className="button button--small"
              disabled={busy === s.key}
              onClick={() => void decide(s, true)}
              aria-label={`${locale === "ar" ? "قبول" : "Accept"}: ${s.text}`}
            >
              {locale === "ar" ? "قبول" : "Accept"}
            </button>{" "}
            <button
              type="button"
              className="button button--small button--plain"
              disabled={busy === s.key}
              onClick={() => void decide(s, false)}
              aria-label={`${locale === "ar" ? "رفض" : "Reject"}: ${s.text}`}
            >
              {locale === "ar" ? "رفض" : "Reject"}
            </button>
          </li>
        ))}
      </ol>
      <ErrorLine message={error} />
    </section>
  );
}
