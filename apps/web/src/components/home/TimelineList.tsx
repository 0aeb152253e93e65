"use client";

import { EventDate, Localized, type Lang, type Shown } from "@waqai/ui";
import type { EventListItem } from "@/lib/api";

export interface TimelineEvent {
  id: string;
  time: Pick<EventListItem["time"], "start" | "end" | "precision" | "basis" | "expression" | "earliest" | "latest">;
  type: string;
  place: Shown | null;
  title: Shown;
  summary?: Shown;
}

export interface TimelineDay {
  key: string;
  /** "2017-04-22", "2017-04" or "" for events with no known start. */
  date: string;
  heading: string;
  hijri?: string;
  count: string;
  events: TimelineEvent[];
}

/** The timeline's markup, drawn from the words the server chose (Timeline.tsx says why it is a client component). */
export function TimelineList({
  days,
  locale,
  eventPath,
  words,
}: {
  days: TimelineDay[];
  locale: Lang;
  eventPath: string;
  words: { hijri: string; place: string; placeUnknown: string };
}) {
  return (
    <div className="timeline" data-testid="event-list">
      {days.map((day) => (
        <section key={day.key} className="timeline__day" aria-labelledby={`day-${day.key}`}>
          <h2 id={`day-${day.key}`} className="timeline__day-title">
            {day.date ? <time dateTime={day.date}>{day.heading}</time> : day.heading}
            {day.hijri ? (
              <span className="timeline__hijri">
                {" · "}
                <span className="visually-hidden">{words.hijri}: </span>
                {day.hijri}
              </span>
            ) : null}
            <span className="timeline__count"> · {day.count}</span>
          </h2>
          <ol className="timeline__list">
            {day.events.map((e) => (
              <li key={e.id} className="timeline__item" data-event-id={e.id}>
                <article aria-labelledby={`event-${e.id}`}>
                  <p className="timeline__date">
                    <EventDate time={e.time} lang={locale} />
                  </p>
                  <div className="timeline__body">
                    <p className="timeline__meta">
                      <span className="badge">{e.type}</span>
                      <span className="timeline__place">
                        <span className="visually-hidden">{words.place}: </span>
                        {e.place ? <Localized text={e.place} lang={locale} /> : words.placeUnknown}
                      </span>
                    </p>
                    <h3 id={`event-${e.id}`} className="timeline__title">
                      <a href={`${eventPath}${e.id}`}>
                        <Localized text={e.title} lang={locale} />
                      </a>
                    </h3>
                    {e.summary ? (
                      <p className="timeline__summary">
                        <Localized text={e.summary} lang={locale} />
                      </p>
                    ) : null}
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
