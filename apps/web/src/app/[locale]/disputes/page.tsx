import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CONFLICT_STATUS, CONFLICT_TYPE, DISPUTE_KIND, DISPUTE_STATUS, Localized } from "@waqai/ui";
import { localePath } from "@/i18n/routing";
import { api, errorCode } from "@/lib/api";
import { namesOf } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

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
              <PartiesCard
                key={x.id}
                href={localePath(locale, `/conflicts/${x.id}`)}
                title={<Localized text={x.title} lang={locale} />}
                badges={[CONFLICT_TYPE[x.type][locale], CONFLICT_STATUS[x.conflictStatus][locale]]}
                partiesLabel={c("parties")}
                parties={x.parties.map((p) => ({ id: p.actorId, name: <Localized text={actor(p.actorId)} lang={locale} /> }))}
                separator={sep}
                level={3}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {page.items.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="cards" data-testid="dispute-list">
        {page.items.map((d) => (
          <PartiesCard
            key={d.id}
            href={localePath(locale, `/disputes/${d.id}`)}
            title={<Localized text={d.title} lang={locale} />}
            badges={[DISPUTE_KIND[d.kind][locale], DISPUTE_STATUS[d.disputeStatus][locale]]}
            partiesLabel={t("parties")}
            parties={d.parties.map((p) => ({ id: p.actorId, name: <Localized text={actor(p.actorId)} lang={locale} /> }))}
            separator={sep}
            level={2}
          />
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

/** One conflict or dispute in the index: its title as a link, kind and status, and its parties by name. */
function PartiesCard(props: {
  href: string;
  title: ReactNode;
  badges: [string, string];
  partiesLabel: string;
  parties: { id: string; name: ReactNode }[];
  separator: string;
  level: 2 | 3;
}) {
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading className="card__title">
        <a href={props.href}>{props.title}</a>
      </Heading>
      <p className="card__meta">
        <span className="badge">{props.badges[0]}</span> <span className="badge badge--quiet">{props.badges[1]}</span>
      </p>
      <p>
        {props.partiesLabel}:{" "}
        {props.parties.map((p, i) => (
          <span key={p.id}>
            {i > 0 ? props.separator : null}
            {p.name}
          </span>
        ))}
      </p>
    </li>
  );
}
