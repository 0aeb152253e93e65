import { EventDate, eventTypeLabel, formatPartialDate, hijriDate, Localized } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventListItem } from "@/lib/api";

interface Day {
  key: string;
  /** "2017-04-22", "2017-04" or "" for events with no known start. */
  date: string;
  precision: EventListItem["time"]["precision"];
  events: EventListItem[];
}

/** Consecutive events (already in time order) sharing a start date, at the precision each one has. */
export function groupByDay(events: EventListItem[]): Day[] {
  const days: Day[] = [];
  for (const e of events) {
    // An event dated by its end only («انتهى أمس») sits on the day it ended, as the API orders it.
    const anchor = e.time.start ?? e.time.end;
    const known = e.time.precision !== "unknown" && anchor;
    const precision = known ? e.time.precision : "unknown";
    const date = known ? anchor.slice(0, precision === "day" || precision === "week" ? 10 : precision === "month" ? 7 : 4) : "";
    const key = `${precision}:${date}`;
    const last = days.at(-1);
    if (last?.key === key) last.events.push(e);
    else days.push({ key, date, precision, events: [e] });
  }
  return days;
}

export async function Timeline({ events, locale, hijri }: { events: EventListItem[]; locale: Locale; hijri: boolean }) {
  const t = await getTranslations("home");
  const c = await getTranslations("common");
  return (
    <div className="timeline" data-testid="event-list">
      {groupByDay(events).map((day) => {
        const h = day.date && hijri ? hijriDate(day.date, day.precision, locale) : undefined;
        return (
          <section key={day.key} className="timeline__day" aria-labelledby={`day-${day.key}`}>
            <h2 id={`day-${day.key}`} className="timeline__day-title">
              {day.date ? <time dateTime={day.date}>{formatPartialDate(day.date, day.precision, locale)}</time> : t("undated")}
              {h ? (
                <span className="timeline__hijri">
                  {" · "}
                  <span className="visually-hidden">{c("hijri")}: </span>
                  {h}
                </span>
              ) : null}
              <span className="timeline__count"> · {c("eventCount", { count: day.events.length })}</span>
            </h2>
            <ol className="timeline__list">
              {day.events.map((e) => (
                <EventRow key={e.id} event={e} locale={locale} placeUnknown={c("placeUnknown")} placeLabel={c("place")} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function EventRow({ event, locale, placeUnknown, placeLabel }: { event: EventListItem; locale: Locale; placeUnknown: string; placeLabel: string }) {
  const headingId = `event-${event.id}`;
  return (
    <li className="timeline__item" data-event-id={event.id}>
      <article aria-labelledby={headingId}>
        <p className="timeline__date">
          <EventDate time={event.time} lang={locale} />
        </p>
        <div className="timeline__body">
          <p className="timeline__meta">
            <span className="badge">{eventTypeLabel(event.type)[locale]}</span>
            <span className="timeline__place">
              <span className="visually-hidden">{placeLabel}: </span>
              {event.place ? <Localized text={event.place.name} lang={locale} /> : placeUnknown}
            </span>
          </p>
          <h3 id={headingId} className="timeline__title">
            <a href={localePath(locale, `/events/${event.id}`)}>
              <Localized text={event.title} lang={locale} />
            </a>
          </h3>
          {event.summary ? (
            <p className="timeline__summary">
              <Localized text={event.summary} lang={locale} />
            </p>
          ) : null}
        </div>
      </article>
    </li>
  );
}
