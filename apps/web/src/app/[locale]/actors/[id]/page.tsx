import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ACTOR_KIND, formatPartialDate, Localized, localized } from "@waqai/ui";
import { PagedEvents } from "@/components/PagedEvents";
import { ParentFact } from "@/components/ParentFact";
import { Variants } from "@/components/Variants";
import { getActor } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { RecordHeader } from "@/components/layout/RecordHeader";

const precisionOf = (d: string) => (d.length === 10 ? "day" : d.length === 7 ? "month" : "year");

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const a = await getActor(id);
  return pageMetadata(locale, `/actors/${id}`, localized(a.name, locale).text, a.description ? localized(a.description, locale).text : undefined);
}

export default async function ActorPage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("actor");
  const actor = await getActor(id);
  const parent = actor.parentId ? await getActor(actor.parentId).catch(() => null) : null;
  return (
    <article className="page" aria-labelledby="actor-title">
      <RecordHeader
        titleId="actor-title"
        title={actor.name}
        summary={actor.description}
        locale={locale}
        kicker={<span className="badge">{ACTOR_KIND[actor.kind][locale]}</span>}
      />
      <dl className="facts narrow">
        {actor.parentId ? (
          <ParentFact label={t("parent")} path={`/actors/${actor.parentId}`} name={parent?.name ?? { ar: actor.parentId }} locale={locale} />
        ) : null}
        <Variants label={t("variants")} variants={actor.variants} />
        {actor.offices.length > 0 ? (
          <>
            <dt>{t("offices")}</dt>
            <dd>
              {actor.offices.map((o, i) => (
                <p key={i} className="office">
                  <Localized text={o.title} lang={locale} />
                  {o.start || o.end ? (
                    <span className="muted">
                      {" · "}
                      {o.start ? formatPartialDate(o.start, precisionOf(o.start), locale) : "…"}
                      {" – "}
                      {o.end ? formatPartialDate(o.end, precisionOf(o.end), locale) : ""}
                    </span>
                  ) : null}
                </p>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="actor-events">
        <h2 id="actor-events">{t("events")}</h2>
        <PagedEvents filter={{ actorId: id }} locale={locale} testId="actor-events" emptyText={t("noEvents")} />
      </section>
    </article>
  );
}
