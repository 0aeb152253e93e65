import Link from "next/link";
import { notFound } from "next/navigation";
import { EventDate, eventTypeLabel } from "@waqai/ui";
import { api, errorCode, type EventListItem } from "@/lib/api";
import { t } from "@/lib/messages";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

async function loadPage(cursor: string | undefined) {
  try {
    return await api().events.list.query({ limit: PAGE_SIZE, cursor, order: "asc" });
  } catch (err) {
    // A cursor the API rejects is a broken link, not a server failure.
    if (cursor && errorCode(err) === "BAD_REQUEST") notFound();
    throw err;
  }
}

export default async function Home({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" && after.length > 0 ? after : undefined;
  const page = await loadPage(cursor);

  return (
    <div className="page">
      <h1>{t.eventsHeading}</h1>
      {page.items.length === 0 ? (
        <p>{t.eventsEmpty}</p>
      ) : (
        <ol className="timeline" data-testid="event-list">
          {page.items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ol>
      )}
      {cursor || page.nextCursor ? (
        <nav aria-label={t.pagination} className="pager">
          {cursor ? <Link href="/">{t.firstPage}</Link> : null}
          {page.nextCursor ? (
            <Link href={`/?after=${encodeURIComponent(page.nextCursor)}`} rel="next">
              {t.nextPage}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function EventRow({ event }: { event: EventListItem }) {
  const headingId = `event-${event.id}`;
  return (
    <li className="timeline__item" data-event-id={event.id}>
      <article aria-labelledby={headingId}>
        <p className="timeline__date">
          <EventDate time={event.time} />
        </p>
        <div className="timeline__body">
          <p className="timeline__meta">
            <span className="badge">{eventTypeLabel(event.type).ar}</span>
            <span className="timeline__place">
              <span className="visually-hidden">{t.place}: </span>
              {event.place ? event.place.name.ar : t.placeUnknown}
            </span>
          </p>
          <h2 id={headingId} className="timeline__title">
            <Link href={`/events/${event.id}`}>{event.title.ar}</Link>
          </h2>
          {event.summary ? <p className="timeline__summary">{event.summary.ar}</p> : null}
        </div>
      </article>
    </li>
  );
}
