import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventDate, eventTypeLabel, Localized, localized } from "@waqai/ui";
import { Citations } from "@/components/event/Citations";
import { AssessmentFacts, ConflictFacts, TypeFacts, WhenFacts, WhereFacts } from "@/components/event/Facts";
import { JsonLd } from "@/components/layout/JsonLd";
import { claimsJsonLd, eventJsonLd } from "@/lib/structured-data";
import { Figures } from "@/components/event/Figures";
import { Claims, Participants, Weapons } from "@/components/event/People";
import { IssueLinks, RelatedEvents, relatedEvents } from "@/components/event/Related";
import { localePath } from "@/i18n/routing";
import { getEvent, getPlace, relatedOf } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { loadNames } from "@/lib/names";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { RecordHeader } from "@/components/layout/RecordHeader";

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const event = await getEvent(id);
  const title = localized(event.title, locale).text;
  return pageMetadata(locale, `/events/${id}`, title, event.summary ? localized(event.summary, locale).text : undefined, "article", {
    url: `/cards/${locale}/events/${id}.png`,
    alt: title,
  });
}

export default async function EventPage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("event");
  const event = await getEvent(id);
  const [names, place, related] = await Promise.all([loadNames(event), event.placeId ? getPlace(event.placeId).catch(() => null) : null, relatedOf(id)]);

  return (
    <article className="page event" aria-labelledby="event-title">
      <JsonLd data={eventJsonLd(event, locale)} />
      {claimsJsonLd(event, (aid) => names.actor(aid), locale).map((claim, i) => (
        <JsonLd key={i} data={claim} />
      ))}
      <p className="breadcrumb">
        <a href={localePath(locale, "/")}>{t("backToEvents")}</a>
      </p>
      <RecordHeader
        titleId="event-title"
        title={event.title}
        summary={event.summary}
        locale={locale}
        kicker={
          <>
            <span className="badge">{eventTypeLabel(event.type)[locale]}</span>
            <EventDate time={event.time} lang={locale} />
            {event.place ? <Localized text={event.place.name} lang={locale} /> : null}
          </>
        }
      />

      <div className="facts-grid">
        <WhenFacts event={event} locale={locale} />
        <WhereFacts event={event} place={place} locale={locale} />
        <TypeFacts event={event} locale={locale} />
        <AssessmentFacts event={event} locale={locale} />
        <ConflictFacts event={event} locale={locale} />
      </div>

      <Participants event={event} names={names} locale={locale} />
      <Figures event={event} locale={locale} />
      <Weapons event={event} locale={locale} />
      <Claims event={event} names={names} locale={locale} />
      <Citations event={event} names={names} locale={locale} />
      <RelatedEvents related={relatedEvents(related.items)} locale={locale} />
      <IssueLinks event={event} names={names} locale={locale} />
    </article>
  );
}
