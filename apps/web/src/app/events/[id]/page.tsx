import type { Metadata } from "next";
import Link from "next/link";
import { EventDate, eventTypeLabel, ISSUE_LINK_RELATION } from "@waqai/ui";
import { Citations } from "@/components/event/Citations";
import { AssessmentFacts, TypeFacts, WhenFacts, WhereFacts } from "@/components/event/Facts";
import { Figures } from "@/components/event/Figures";
import { Claims, Participants, Weapons } from "@/components/event/People";
import { getEvent, loadNames, type Names } from "@/lib/event";
import type { EventDetail } from "@/lib/api";
import { t } from "@/lib/messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const event = await getEvent(id);
  return { title: event.title.ar, description: event.summary?.ar };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const event = await getEvent(id);
  const names = await loadNames(event);

  return (
    <article className="page event" aria-labelledby="event-title">
      <p className="breadcrumb">
        <Link href="/">{t.backToEvents}</Link>
      </p>
      <header className="event__header">
        <p className="event__kicker">
          <span className="badge">{eventTypeLabel(event.type).ar}</span>
          <EventDate time={event.time} />
          {event.place ? <span>{event.place.name.ar}</span> : null}
        </p>
        <h1 id="event-title">{event.title.ar}</h1>
        {event.title.en ? (
          <p className="event__title-en" lang="en" dir="ltr">
            {event.title.en}
          </p>
        ) : null}
        {event.summary ? <p className="event__summary">{event.summary.ar}</p> : null}
      </header>

      <div className="facts-grid">
        <WhenFacts event={event} />
        <WhereFacts event={event} />
        <TypeFacts event={event} />
        <AssessmentFacts event={event} />
      </div>

      <Participants event={event} names={names} />
      <Figures event={event} />
      <Weapons event={event} />
      <Claims event={event} names={names} />
      <Citations event={event} names={names} />
      <IssueLinks event={event} names={names} />
    </article>
  );
}

function IssueLinks({ event, names }: { event: EventDetail; names: Names }) {
  if (event.issueLinks.length === 0) return null;
  return (
    <section aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">{t.disputes}</h2>
      <ul>
        {event.issueLinks.map((l) => (
          <li key={`${l.disputeId}-${l.issueId ?? ""}-${l.relation}`}>
            <span className="badge badge--quiet">{ISSUE_LINK_RELATION[l.relation].ar}</span>{" "}
            {names.dispute(l.disputeId) ?? l.disputeId}
            {l.issueId ? <span className="muted"> — {names.issue(l.issueId) ?? l.issueId}</span> : null}
            {l.note ? <span className="muted"> ({l.note.ar})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
