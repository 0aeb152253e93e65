import { EventDate, eventTypeLabel, Localized } from "@waqai/ui";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventListItem } from "@/lib/api";

/**
 * A compact list of events (date, type, title) for actor, place and map pages; a conflict's page leaves the
 * type out (`withType={false}`), its events being mostly of one kind.
 */
export function EventList({ events, locale, testId, withType = true }: { events: EventListItem[]; locale: Locale; testId?: string; withType?: boolean }) {
  return (
    <ol className="mini-timeline" data-testid={testId}>
      {events.map((e) => (
        <li key={e.id}>
          <p className="mini-timeline__date">
            <EventDate time={e.time} lang={locale} showExpression={false} />
          </p>
          <p className="mini-timeline__body">
            {withType ? (
              <>
                <span className="badge badge--quiet">{eventTypeLabel(e.type)[locale]}</span>{" "}
              </>
            ) : null}
            <a href={localePath(locale, `/events/${e.id}`)}>
              <Localized text={e.title} lang={locale} />
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
