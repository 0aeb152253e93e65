import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CONFLICT_STATUS, CONFLICT_TYPE, DISPUTE_KIND, DISPUTE_STATUS, Localized } from "@waqai/ui";
import { localePath } from "@/i18n/routing";
import { api, errorCode } from "@/lib/api";
import { namesOf } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { notFound } from "next/navigation";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Disputes per page; the armed conflicts (few) are listed above them on the first page. */
const PAGE = 50;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "disputes" });
  return pageMetadata(locale, "/disputes", t("title"), t("description"));
}

// Paged by a query string (`?after=`), so rendered per request; each render is one keyset page.
export const dynamic = "force-dynamic";

/** The armed conflicts and the disputes, a page at a time, each with its parties by name. */
export default async function DisputesIndex({ params, searchParams }: Props) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("disputes");
  const c = await getTranslations("conflicts");
  const h = await getTranslations("home");
  const after = (await searchParams).after;
  const cursor = typeof after === "string" && after ? after : undefined;
  const [page, conflicts] = await Promise.all([
    api()
      .disputes.list.query({ limit: PAGE, cursor })
      .catch((err) => {
        if (cursor && errorCode(err) === "BAD_REQUEST") notFound();
        throw err;
      }),
    cursor ? Promise.resolve({ items: [] }) : api().conflicts.list.query({ limit: 20 }),
  ]);
  const names = await namesOf([
    ...page.items.flatMap((d) => d.parties.map((p) => ({ kind: "actor" as const, id: p.actorId }))),
    ...conflicts.items.flatMap((x) => x.parties.map((p) => ({ kind: "actor" as const, id: p.actorId }))),
  ]);
  const actor = (id: string) => names.get(`actor:${id}`)?.label ?? { ar: id };
  const sep = locale === "ar" ? "، " : ", ";
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="narrow">{t("description")}</p>
      {conflicts.items.length ? (
        <section aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">{c("title")}</h2>
          <ul className="cards" data-testid="conflict-list">
            {conflicts.items.map((x) => (
              <li key={x.id} className="card">
                <h3 className="card__title">
                  <a href={localePath(locale, `/conflicts/${x.id}`)}>
                    <Localized text={x.title} lang={locale} />
                  </a>
                </h3>
                <p className="card__meta">
                  <span className="badge">{CONFLICT_TYPE[x.type][locale]}</span>{" "}
                  <span className="badge badge--quiet">{CONFLICT_STATUS[x.conflictStatus][locale]}</span>
                </p>
                <p>
                  {c("parties")}:{" "}
                  {x.parties.map((p, i) => (
                    <span key={p.actorId}>
                      {i > 0 ? sep : null}
                      <Localized text={actor(p.actorId)} lang={locale} />
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.items.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="cards" data-testid="dispute-list">
        {page.items.map((d) => (
          <li key={d.id} className="card">
            <h2 className="card__title">
              <a href={localePath(locale, `/disputes/${d.id}`)}>
                <Localized text={d.title} lang={locale} />
              </a>
            </h2>
            <p className="card__meta">
              <span className="badge">{DISPUTE_KIND[d.kind][locale]}</span>{" "}
              <span className="badge badge--quiet">{DISPUTE_STATUS[d.disputeStatus][locale]}</span>
            </p>
            <p>
              {t("parties")}:{" "}
              {d.parties.map((p, i) => (
                <span key={p.actorId}>
                  {i > 0 ? sep : null}
                  <Localized text={actor(p.actorId)} lang={locale} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {cursor || page.nextCursor ? (
        <nav aria-label={h("pagination")} className="pager">
          {cursor ? <a href={localePath(locale, "/disputes")}>{h("firstPage")}</a> : <span />}
          {page.nextCursor ? (
            <a href={`${localePath(locale, "/disputes")}?after=${encodeURIComponent(page.nextCursor)}`} rel="next">
              {h("nextPage")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
