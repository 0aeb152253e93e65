import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DISPUTE_KIND, DISPUTE_STATUS, Localized } from "@waqai/ui";
import { localePath } from "@/i18n/routing";
import { allActors, allDisputes } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";

export const revalidate = 300;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "disputes" });
  return pageMetadata(locale, "/disputes", t("title"), t("description"));
}

export default async function DisputesIndex({ params }: LocaleParams) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("disputes");
  const [disputes, actors] = await Promise.all([allDisputes(), allActors()]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="narrow">{t("description")}</p>
      {disputes.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="cards" data-testid="dispute-list">
        {disputes.map((d) => (
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
                  {i > 0 ? (locale === "ar" ? "، " : ", ") : null}
                  <Localized text={actorName.get(p.actorId) ?? { ar: p.actorId }} lang={locale} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
