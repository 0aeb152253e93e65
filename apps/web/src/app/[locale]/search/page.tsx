import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "@waqai/ui";
import type { SearchHit } from "@waqai/schema";
import { Highlighted } from "@/components/Highlighted";
import { localePath, type Locale } from "@/i18n/routing";
import { api } from "@/lib/api";
import { settled } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { searchQuery } from "@/lib/search";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Results depend on ?q=; the API answers are cached per query behind it.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  return { ...pageMetadata(locale, "/search", t("title"), t("description")), robots: { index: false } };
}

/** Where a hit leads: the record's page, or for document text, the source view at the matched words. */
function hitHref(locale: Locale, hit: SearchHit, issueDispute: Map<string, string>): string {
  const path: Record<SearchHit["kind"], string> = {
    event: `/events/${hit.id}`,
    dispute: `/disputes/${hit.id}`,
    issue: `/disputes/${issueDispute.get(hit.id) ?? ""}#issue-${hit.id}`,
    actor: `/actors/${hit.id}`,
    place: `/places/${hit.id}`,
    document: `/sources/${hit.id}`,
    conflict: `/conflicts/${hit.id}`,
  };
  if (hit.kind === "document") {
    const first = hit.snippet.highlights[0];
    const start = hit.snippet.offset + (first?.start ?? 0);
    const end = hit.snippet.offset + (first?.end ?? hit.snippet.text.length);
    return localePath(locale, `${path.document}#at-${start}-${end}`);
  }
  return localePath(locale, path[hit.kind]);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("search");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 200) : "";
  const cursor = typeof sp.after === "string" ? sp.after : undefined;
  const result = q ? await searchQuery(q, cursor) : null;
  // An issue's page is its dispute's page; the hit names only the issue.
  const issueIds = result?.status === "ok" ? result.items.filter((h) => h.kind === "issue").map((h) => h.id) : [];
  const issues = await settled(issueIds.map((id) => api().issues.byId.query({ id })));
  const issueDispute = new Map(issues.map((i) => [i.id, i.disputeId]));

  return (
    <div className="page search-page">
      <h1>{t("title")}</h1>
      <form method="get" action={localePath(locale, "/search")} role="search" className="search-form">
        <label htmlFor="q">{t("label")}</label>
        <input id="q" name="q" type="search" defaultValue={q} dir="auto" />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      {result?.status === "unavailable" ? <p role="status">{t("unavailable")}</p> : null}
      {result?.status === "ok" ? (
        <>
          <p role="status" className="muted">
            {result.items.length === 0 ? t("none", { q }) : t("results", { count: result.items.length, q })}
          </p>
          <ol className="hits" data-testid="search-hits">
            {result.items.map((hit) => (
              <li key={`${hit.kind}-${hit.id}-${hit.snippet.offset}`} className="hit">
                <p className="hit__kind">
                  <span className="badge badge--quiet">{t(`kind.${hit.kind}`)}</span>
                </p>
                <h2 className="hit__title">
                  <a href={hitHref(locale, hit, issueDispute)}>
                    <Localized text={hit.title} lang={locale} />
                  </a>
                </h2>
                <p className="hit__snippet" lang="ar" dir="rtl">
                  <Highlighted text={hit.snippet.text} highlights={hit.snippet.highlights} />
                </p>
              </li>
            ))}
          </ol>
          {result.nextCursor ? (
            <p>
              <a href={`${localePath(locale, "/search")}?q=${encodeURIComponent(q)}&after=${encodeURIComponent(result.nextCursor)}`} rel="next">
                {t("more")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
