import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CONFLICT_PARTY_ROLE, CONFLICT_STATUS, CONFLICT_TYPE, INCOMPATIBILITY, Localized, localized } from "@waqai/ui";
import { citationHref } from "@/components/event/Citations";
import { EventList } from "@/components/EventList";
import { localePath } from "@/i18n/routing";
import { api } from "@/lib/api";
import { getConflict } from "@/lib/data";
import { JsonLd } from "@/components/layout/JsonLd";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** How many of the conflict's events the page lists; the rest are one link away (the timeline filtered by it). */
const SHOWN = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const c = await getConflict(id);
  return pageMetadata(locale, `/conflicts/${id}`, localized(c.title, locale).text, c.summary ? localized(c.summary, locale).text : undefined, "article");
}

/** An armed conflict (UCDP sense): what is fought over, its sides and dyads, its first events, and the words it rests on. */
export default async function ConflictPage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("conflicts");
  const conflict = await getConflict(id);
  const events = await api().events.list.query({ conflictId: id, limit: SHOWN, order: "asc" });
  const name = new Map(conflict.actors.map((a) => [a.id, a.name]));
  const actor = (aid: string) => name.get(aid) ?? { ar: aid };
  const sides = [
    { side: "a" as const, title: t("sideA") },
    { side: "b" as const, title: t("sideB") },
  ];

  return (
    <article className="page conflict" aria-labelledby="conflict-title">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Thing",
          name: localized(conflict.title, locale).text,
          ...(conflict.summary ? { description: localized(conflict.summary, locale).text } : {}),
          url: localePath(locale, `/conflicts/${id}`),
        }}
      />
      <header className="event__header">
        <p className="event__kicker">
          <span className="badge">{CONFLICT_TYPE[conflict.type][locale]}</span>
          <span>
            {t("status")}: {CONFLICT_STATUS[conflict.conflictStatus][locale]}
          </span>
        </p>
        <h1 id="conflict-title">
          <Localized text={conflict.title} lang={locale} />
        </h1>
        {conflict.summary ? (
          <p className="event__summary">
            <Localized text={conflict.summary} lang={locale} />
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t("incompatibility")}</dt>
          <dd>{INCOMPATIBILITY[conflict.incompatibility][locale]}</dd>
          {conflict.contested ? (
            <>
              <dt>{t("contested")}</dt>
              <dd>
                <Localized text={conflict.contested} lang={locale} />
              </dd>
            </>
          ) : null}
          {conflict.countries.length ? (
            <>
              <dt>{t("countries")}</dt>
              <dd>
                <bdi dir="ltr" className="code">
                  {conflict.countries.join(", ")}
                </bdi>
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t("parties")}</h2>
        <ul className="sides" data-testid="conflict-parties">
          {sides.map(({ side, title }) => (
            <li key={side} className={`side side--${side}`}>
              <h3>{title}</h3>
              <ul>
                {conflict.parties
                  .filter((p) => p.side === side)
                  .map((p) => (
                    <li key={p.actorId}>
                      <a href={localePath(locale, `/actors/${p.actorId}`)}>
                        <Localized text={actor(p.actorId)} lang={locale} />
                      </a>{" "}
                      <span className="muted">({CONFLICT_PARTY_ROLE[p.role][locale]})</span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      {conflict.dyads.length ? (
        <section aria-labelledby="dyads-heading">
          <h2 id="dyads-heading">{t("dyads")}</h2>
          <ul data-testid="conflict-dyads">
            {conflict.dyads.map((d) => (
              <li key={d.id} id={`dyad-${d.id}`}>
                <Localized text={actor(d.sideA)} lang={locale} /> — <Localized text={actor(d.sideB)} lang={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("events")}</h2>
        {events.items.length === 0 ? <p className="muted">{t("noEvents")}</p> : null}
        <EventList events={events.items} locale={locale} testId="conflict-events" withType={false} />
        {events.nextCursor ? (
          <p>
            <a href={localePath(locale, `/?conflict=${id}`)}>{t("more")}</a>
          </p>
        ) : null}
      </section>

      {conflict.citations.length ? (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t("evidence")}</h2>
          <ul>
            {conflict.citations.map((c) => (
              <li key={c.id}>
                <blockquote lang="ar" dir="rtl" className="position__quote">
                  <a href={citationHref(locale, c)}>«{c.exact}»</a>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
