"use client";

import Link from "next/link";
import { useState } from "react";
import { CITATION_ROLE } from "@waqai/ui";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { ErrorLine } from "../ErrorLine";

export interface CitationItem {
  id: string;
  documentId: string;
  documentTitle: string | null;
  start: number;
  end: number;
  exact: string;
  role: string;
  figureWords: string | null;
}

type Kind = "event" | "claim" | "actor" | "place" | "dispute" | "issue" | "position" | "document" | "conflict";

/** The spans that support this record, with a link to each in the workspace; a wrong one is removed, and the removal undone. */
export function CitationsList({ kind, id, first, nextCursor: firstCursor }: { kind: Kind; id: string; first: CitationItem[]; nextCursor: string | null }) {
  const locale = useLocale();
  const [items, setItems] = useState(first);
  const [cursor, setCursor] = useState(firstCursor);
  const [removed, setRemoved] = useState<CitationItem | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(c: CitationItem) {
    setError(null);
    try {
      await trpc.annotate.removeCitation.mutate({ id: c.id });
      setItems(items.filter((x) => x.id !== c.id));
      setRemoved(c);
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  async function undo() {
    if (!removed) return;
    try {
      await trpc.annotate.restoreCitation.mutate({ id: removed.id });
      setItems([...items, removed].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start));
      setRemoved(null);
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  async function more() {
    if (!cursor) return;
    const page = await trpc.annotate.citationsOf.query({ kind, id, cursor });
    setItems([...items, ...page.items]);
    setCursor(page.nextCursor);
  }

  return (
    <section className="record-part" aria-labelledby="citations-h" data-testid="record-citations">
      <h2 id="citations-h">
        {w.citations[locale]} ({items.length}
        {cursor ? "+" : ""})
      </h2>
      {items.length ? (
        <ol className="part-list citations">
          {items.map((c) => (
            <li key={c.id} data-citation-id={c.id}>
              <span className={`kind-chip kind-chip--${c.role}`}>{CITATION_ROLE[c.role as "evidence"]?.[locale] ?? c.role}</span>{" "}
              <q lang="ar" dir="rtl">
                {c.exact}
              </q>
              {c.figureWords ? <span className="hint"> · «{c.figureWords}»</span> : null} <span className="hint">· {c.documentTitle ?? c.documentId}</span>{" "}
              <Link href={`/annotate/${c.documentId}?at=${c.start}`}>{w.openInWorkspace[locale]}</Link>{" "}
              <button
                type="button"
                className="button button--small button--plain"
                onClick={() => void remove(c)}
                aria-label={`${w.removeCitation[locale]}: ${c.exact}`}
              >
                {w.remove[locale]}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{w.noCitations[locale]}</p>
      )}
      {cursor ? (
        <button type="button" className="button button--plain" onClick={() => void more()}>
          {locale === "ar" ? "المزيد" : "More"}
        </button>
      ) : null}
      <div role="status" aria-live="polite">
        {removed ? (
          <p className="toast">
            {w.citationRemoved[locale]}{" "}
            <button type="button" className="button button--small" onClick={() => void undo()}>
              {w.undo[locale]}
            </button>
          </p>
        ) : null}
      </div>
      <ErrorLine message={error} />
    </section>
  );
}
