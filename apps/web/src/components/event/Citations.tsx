import { CITATION_ROLE } from "@waqai/ui";
import type { EventDetail } from "@/lib/api";
import type { Names } from "@/lib/event";
import { t } from "@/lib/messages";

type Citation = EventDetail["citations"][number];

/** Quotes grouped by the document they come from, in the order they appear in it. */
function byDocument(citations: Citation[]): [string, Citation[]][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) groups.set(c.documentId, [...(groups.get(c.documentId) ?? []), c]);
  return [...groups].map(([id, cs]) => [id, cs.toSorted((a, b) => a.start - b.start || a.end - b.end)]);
}

/** Each citation is the source's own words, exactly as stored, with where they sit in the document. */
export function Citations({ event, names }: { event: EventDetail; names: Names }) {
  if (event.citations.length === 0) return null;
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading">{t.citations}</h2>
      <p className="muted">{t.citationsHint}</p>
      {byDocument(event.citations).map(([documentId, citations]) => {
        const doc = names.document(documentId);
        return (
          <div key={documentId} className="source">
            <h3 className="source__title">
              <cite>{doc?.title ?? documentId}</cite>
            </h3>
            {doc?.outlet || doc?.published ? (
              <p className="source__meta muted">{[doc.outlet, doc.published].filter(Boolean).join(" — ")}</p>
            ) : null}
            <ol className="citations">
              {citations.map((c) => (
                <li key={c.id} id={`citation-${c.id}`} className="citation">
                  <figure>
                    <blockquote className="citation__quote" data-testid="citation-quote">
                      <p>{c.exact}</p>
                    </blockquote>
                    <figcaption className="citation__source">
                      <span className="badge badge--quiet">{CITATION_ROLE[c.role].ar}</span>{" "}
                      <span className="muted">
                        {t.characters} <bdi dir="ltr">{`${c.start}–${c.end}`}</bdi>
                      </span>
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
