import { CITATION_ROLE, formatCount, formatPartialDate, formatWindow, Localized } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail } from "@/lib/api";
import type { Names } from "@/lib/names";

type Citation = EventDetail["citations"][number];

/** Quotes grouped by the document they come from, in the order they appear in it. */
function byDocument(citations: Citation[]): [string, Citation[]][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) groups.set(c.documentId, [...(groups.get(c.documentId) ?? []), c]);
  return [...groups].map(([id, cs]) => [id, cs.toSorted((a, b) => a.start - b.start || a.end - b.end)]);
}

/** The source view, scrolled to and highlighting one citation's span. */
export const citationHref = (locale: Locale, c: Pick<Citation, "documentId" | "id">) => localePath(locale, `/sources/${c.documentId}#cite-${c.id}`);

/** Each citation is the source's own words, exactly as stored; each quote opens the source at that span. */
export async function Citations({ event, names, locale }: { event: EventDetail; names: Names; locale: Locale }) {
  if (event.citations.length === 0) return null;
  const t = await getTranslations("event");
  const s = await getTranslations("source");
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading">{t("citations")}</h2>
      <p className="muted">{t("citationsHint")}</p>
      {byDocument(event.citations).map(([documentId, citations]) => {
        const doc = names.document(documentId);
        return (
          <div key={documentId} className="source">
            <h3 className="source__title">
              <a href={localePath(locale, `/sources/${documentId}`)}>
                <cite>
                  <Localized text={doc?.title ?? { ar: documentId }} lang={locale} />
                </cite>
              </a>
              {doc?.titleInferred ? <span className="badge badge--quiet">{s("inferredTitle")}</span> : null}
            </h3>
            {doc?.outlet || doc?.published ? (
              <p className="source__meta muted">
                {doc.outlet ? <Localized text={doc.outlet} lang={locale} /> : null}
                {doc.outlet && doc.published ? " — " : null}
                {doc.published
                  ? doc.published.earliest && doc.published.latest && doc.published.earliest !== doc.published.latest
                    ? formatWindow(doc.published.earliest, doc.published.latest, locale)
                    : formatPartialDate(doc.published.date, doc.published.precision, locale)
                  : null}
                {doc.published?.inferred ? ` (${s("inferredDate")})` : null}
              </p>
            ) : null}
            <ol className="citations">
              {citations.map((c) => (
                <li key={c.id} id={`citation-${c.id}`} className="citation">
                  <figure>
                    <blockquote className="citation__quote" lang="ar" dir="rtl">
                      <p>
                        <a href={citationHref(locale, c)} className="citation__link" data-testid="citation-quote">
                          {c.exact}
                        </a>
                      </p>
                    </blockquote>
                    <figcaption className="citation__source">
                      <span className="badge badge--quiet">{CITATION_ROLE[c.role][locale]}</span>{" "}
                      <span className="muted">
                        {t("characters")} <bdi dir="ltr">{`${formatCount(c.start, "en")}–${formatCount(c.end, "en")}`}</bdi>
                      </span>{" "}
                      <span className="visually-hidden">{t("inContext")}</span>
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
