import { EVENT_TAXONOMY } from "@waqai/schema";
import {
  Bilingual,
  CIVILIAN_TARGETING,
  DATE_BASIS,
  EventDate,
  formatPartialDate,
  GRADING,
  LOCATION_PRECISION,
  TIME_PRECISION,
} from "@waqai/ui";
import type { EventDetail } from "@/lib/api";
import { t } from "@/lib/messages";

/** Latin-script codes inside Arabic prose: isolated and left-to-right, so "195" and "›" keep their order. */
function Ltr({ children }: { children: React.ReactNode }) {
  return (
    <bdi dir="ltr" lang="en" className="code">
      {children}
    </bdi>
  );
}

export function TypeFacts({ event }: { event: EventDetail }) {
  const info = EVENT_TAXONOMY[event.type];
  return (
    <section aria-labelledby="type-heading" className="facts-card">
      <h2 id="type-heading">{t.type}</h2>
      <dl className="facts">
        <dt>{t.type}</dt>
        <dd>
          <Bilingual text={info.label} />
        </dd>
        <dt>ACLED</dt>
        <dd>
          {info.acled ? (
            <Ltr>
              {info.acled.disorderType} › {info.acled.eventType} › {info.acled.subEventType}
            </Ltr>
          ) : (
            "—"
          )}
        </dd>
        <dt>CAMEO</dt>
        <dd>
          {info.cameo ? (
            <Ltr>
              {info.cameo.code} · {info.cameo.label}
            </Ltr>
          ) : (
            "—"
          )}
        </dd>
        {info.plover ? (
          <>
            <dt>PLOVER</dt>
            <dd>
              <Ltr>{[info.plover.category, info.plover.mode, info.plover.context].filter(Boolean).join(" · ")}</Ltr>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function WhenFacts({ event }: { event: EventDetail }) {
  const time = event.time;
  return (
    <section aria-labelledby="when-heading" className="facts-card">
      <h2 id="when-heading">{t.when}</h2>
      <dl className="facts">
        <dt>{t.date}</dt>
        <dd data-testid="event-date">
          <EventDate time={time} showExpression={false} />
        </dd>
        <dt>{t.precision}</dt>
        <dd>{TIME_PRECISION[time.precision].ar}</dd>
        <dt>{t.basis}</dt>
        <dd>{DATE_BASIS[time.basis].ar}</dd>
        {time.expression ? (
          <>
            <dt>{t.expression}</dt>
            <dd>
              <q>{time.expression}</q>
            </dd>
          </>
        ) : null}
        {time.anchor ? (
          <>
            <dt>{t.anchor}</dt>
            <dd>
              <time dateTime={time.anchor}>{formatPartialDate(time.anchor, "day")}</time>{" "}
              <span className="muted">({t.anchorHint})</span>
            </dd>
          </>
        ) : null}
      </dl>
      {time.note ? <p className="note">{time.note.ar}</p> : null}
    </section>
  );
}

export function WhereFacts({ event }: { event: EventDetail }) {
  return (
    <section aria-labelledby="where-heading" className="facts-card">
      <h2 id="where-heading">{t.where}</h2>
      <dl className="facts">
        <dt>{t.place}</dt>
        <dd data-testid="event-place">{event.place ? <Bilingual text={event.place.name} /> : t.placeUnknown}</dd>
        <dt>{t.locationPrecision}</dt>
        <dd>{LOCATION_PRECISION[event.locationPrecision].ar}</dd>
      </dl>
      {event.locationNote ? <p className="note">{event.locationNote.ar}</p> : null}
    </section>
  );
}

export function AssessmentFacts({ event }: { event: EventDetail }) {
  return (
    <section aria-labelledby="assessment-heading" className="facts-card">
      <h2 id="assessment-heading">{t.assessment}</h2>
      <dl className="facts">
        <dt>{t.assessment}</dt>
        <dd>{GRADING[event.assessment.grading].ar}</dd>
        <dt>{t.civilianTargeting}</dt>
        <dd>{CIVILIAN_TARGETING[event.civilianTargeting].ar}</dd>
      </dl>
      {event.assessment.note ? <p className="note">{event.assessment.note.ar}</p> : null}
    </section>
  );
}
