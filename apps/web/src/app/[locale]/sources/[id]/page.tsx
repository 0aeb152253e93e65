import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CITATION_ROLE, formatCount, formatPartialDate, formatWindow, Localized, localized } from "@waqai/ui";
import { Inferred } from "@/components/source/Inferred";
import { JsonLd } from "@/components/layout/JsonLd";
import { siteUrl } from "@/lib/site";
import { SourceText } from "@/components/source/SourceText";
import { SpanInspector } from "@/components/source/SpanInspector";
import { localePath } from "@/i18n/routing";
import { api } from "@/lib/api";
import { documentCitations, getDocument } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { el, join, localizedHtml } from "@/lib/html";
import { citationTargets } from "@/lib/targets";

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const doc = await getDocument(id);
  const t = await getTranslations({ locale, namespace: "source" });
  return pageMetadata(locale, `/sources/${id}`, doc.title ? localized(doc.title, locale).text : t("title"), doc.text.slice(0, 160), "article");
}

export default async function SourcePage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("source");
  const te = await getTranslations("event");
  const doc = await getDocument(id);
  const [citations, outlet] = await Promise.all([
    documentCitations(id),
    doc.outletId
      ? api()
          .outlets.byId.query({ id: doc.outletId })
          .catch(() => null)
      : null,
  ]);
  const targets = await citationTargets(citations, locale);

  return (
    <article className="page source-page" aria-labelledby="source-title">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          url: `${siteUrl()}${localePath(locale, `/sources/${doc.id}`)}`,
          // An inferred title or date is the archive's reading, not the article's: not stated as its metadata.
          ...(doc.title && doc.titleBasis !== "inferred" ? { headline: localized(doc.title, locale).text } : {}),
          ...(doc.published.date && doc.published.basis === "stated" ? { datePublished: doc.published.date } : {}),
          ...(outlet ? { publisher: { "@type": "Organization", name: localized(outlet.name, locale).text } } : {}),
          ...(doc.url ? { sameAs: doc.url } : {}),
          inLanguage: doc.language,
          text: doc.text,
        }}
      />
      <header className="event__header">
        <p className="event__kicker">{t("title")}</p>
        <h1 id="source-title">{doc.title ? <Localized text={doc.title} lang={locale} /> : doc.id}</h1>
        {doc.title && doc.titleBasis === "inferred" ? <Inferred label={t("inferred")} hint={t("inferredHint")} note={doc.notes} locale={locale} /> : null}
        <dl className="facts source-facts">
          {outlet ? (
            <>
              <dt>{t("outlet")}</dt>
              <dd>
                <Localized text={outlet.name} lang={locale} />
              </dd>
            </>
          ) : null}
          {doc.published.date ? (
            <>
              <dt>{t("published")}</dt>
              <dd>
                <time dateTime={doc.published.date}>{formatPartialDate(doc.published.date, doc.published.precision, locale)}</time>
                {doc.published.earliest && doc.published.latest && doc.published.earliest !== doc.published.latest ? (
                  <span className="muted"> ({formatWindow(doc.published.earliest, doc.published.latest, locale)})</span>
                ) : null}
                {doc.published.basis === "inferred" ? (
                  <Inferred label={t("inferred")} hint={t("inferredHint")} note={doc.published.note} locale={locale} />
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>{t("hash")}</dt>
          <dd>
            <bdi dir="ltr" className="code hash">{`sha256:${doc.textHash.slice(0, 16)}…`}</bdi>
          </dd>
          {doc.url ? (
            <>
              <dt>{t("original")}</dt>
              <dd>
                <a href={doc.url} dir="ltr" rel="noopener noreferrer">
                  {new URL(doc.url).hostname}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <p id="highlights-hint" className="muted narrow">
        {t("highlightsHint")} <a href="#citation-list">{t("skipToCitations")}</a>
      </p>
      <div className="source-layout">
        <SourceText text={doc.text} citations={citations} describedBy="highlights-hint" />
        <aside className="source-aside" aria-labelledby="focused-heading">
          <h2 id="focused-heading">{t("focused")}</h2>
          <div id="span-panel" className="span-panel" aria-live="polite">
            <p className="muted">{t("focusedNone")}</p>
          </div>
        </aside>
      </div>
      <section aria-labelledby="citation-list-heading" id="citation-list">
        <h2 id="citation-list-heading">{t("citationList", { count: formatCount(citations.length, locale) })}</h2>
        {/* One string of markup, like the text above (src/lib/html.ts): 100+ entries React need not hydrate. */}
        <ol
          className="span-list"
          dangerouslySetInnerHTML={join(
            citations.map((c) => {
              const target = targets.get(`${c.target.kind}:${c.target.id}`);
              const label = target ? localizedHtml(target.label, locale) : el("bdi", { class: "code" }, c.target.id);
              return el(
                "li",
                { id: `entry-${c.id}`, class: "span-entry", "data-start": c.start, "data-end": c.end },
                el("p", { class: "span-entry__quote", lang: "ar", dir: "rtl" }, el("a", { href: `#cite-${c.id}` }, `«${c.exact}»`)),
                el(
                  "p",
                  { class: "span-entry__meta" },
                  el("span", { class: "badge badge--quiet" }, CITATION_ROLE[c.role][locale]),
                  ` ${t("supports")} ${t(`target.${c.target.kind}`)}: `,
                  target?.href ? el("a", { href: target.href }, label) : label,
                ),
              );
            }),
          )}
        />
      </section>
      <SpanInspector rootId="source-text" panelId="span-panel" />
      <p>
        <a href={localePath(locale, "/")}>{te("backToEvents")}</a>
      </p>
    </article>
  );
}
