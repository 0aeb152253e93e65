import { EVENT_TAXONOMY } from "@waqai/schema";
import {
  CIVILIAN_TARGETING,
  DATE_BASIS,
  EVENT_PLACE_ROLE,
  EventDate,
  formatPartialDate,
  formatWindow,
  GRADING,
  hijriDate,
  LOCATION_PRECISION,
  Localized,
  TIME_PRECISION,
  WINDOW_BASIS,
} from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { RegionMap } from "@/components/map/RegionMap";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail, Place } from "@/lib/api";

/** Latin-script codes inside Arabic prose: isolated and left-to-right, so "195" and "›" keep their order. */
function Ltr({ children }: { children: React.ReactNode }) {
  return (
    <bdi dir="ltr" lang="en" className="code">
      {children}
    </bdi>
  );
}

export async function TypeFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const t = await getTranslations("event");
  const info = EVENT_TAXONOMY[event.type];
  return (
    <section aria-labelledby="type-heading" className="facts-card">
      <h2 id="type-heading">{t("type")}</h2>
      <dl className="facts">
        <dt>{t("type")}</dt>
        <dd>{info.label[locale]}</dd>
        <dt>ACLED</dt>
        <dd>{info.acled ? <Ltr>{`${info.acled.disorderType} › ${info.acled.eventType} › ${info.acled.subEventType}`}</Ltr> : "—"}</dd>
        <dt>CAMEO</dt>
        <dd>{info.cameo ? <Ltr>{`${info.cameo.code} · ${info.cameo.label}`}</Ltr> : "—"}</dd>
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

export async function WhenFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const t = await getTranslations("event");
  const time = event.time;
  const hijri = time.start ? hijriDate(time.start, time.precision, locale) : undefined;
  return (
    <section aria-labelledby="when-heading" className="facts-card">
      <h2 id="when-heading">{t("when")}</h2>
      <dl className="facts">
        <dt>{t("date")}</dt>
        <dd data-testid="event-date">
          <EventDate time={time} lang={locale} showExpression={false} />
        </dd>
        {hijri ? (
          <>
            <dt>{t("hijriDate")}</dt>
            <dd data-testid="event-hijri">{hijri}</dd>
          </>
        ) : null}
        {time.earliest || time.latest ? (
          <>
            <dt>{t("window")}</dt>
            <dd data-testid="event-window-range">
              <time dateTime={time.earliest ?? time.latest}>{formatWindow(time.earliest, time.latest, locale)}</time>
              {!time.earliest ? <span className="muted"> ({t("windowOpen")})</span> : null}
            </dd>
            {time.windowBasis ? (
              <>
                <dt>{t("windowBasis")}</dt>
                <dd>{WINDOW_BASIS[time.windowBasis][locale]}</dd>
              </>
            ) : null}
          </>
        ) : null}
        <dt>{t("precision")}</dt>
        <dd>{TIME_PRECISION[time.precision][locale]}</dd>
        <dt>{t("basis")}</dt>
        <dd>{DATE_BASIS[time.basis][locale]}</dd>
        {time.expression ? (
          <>
            <dt>{t("expression")}</dt>
            <dd>
              <q lang="ar" dir="rtl">
                {time.expression}
              </q>
            </dd>
          </>
        ) : null}
        {time.anchor ? (
          <>
            <dt>{t("anchor")}</dt>
            <dd>
              <time dateTime={time.anchor}>{formatPartialDate(time.anchor, "day", locale)}</time> <span className="muted">({t("anchorHint")})</span>
            </dd>
          </>
        ) : null}
      </dl>
      {time.note ? (
        <p className="note">
          <Localized text={time.note} lang={locale} />
        </p>
      ) : null}
    </section>
  );
}

export async function WhereFacts({ event, place, locale }: { event: EventDetail; place: Place | null; locale: Locale }) {
  const t = await getTranslations("event");
  const c = await getTranslations("common");
  const name = event.place ? (event.place.name[locale] ?? event.place.name.ar) : c("placeUnknown");
  // The site, and every other place the event involves (the four towns of an evacuation), each a pin.
  const pins = [
    ...(place?.point ? [{ id: place.id, lat: place.point.lat, lon: place.point.lon, label: name, area: place.pointIsCentroid, size: 16 }] : []),
    ...event.otherPlaces.flatMap((p) =>
      p.point ? [{ id: `${p.id}-${p.role}`, lat: p.point.lat, lon: p.point.lon, label: p.name[locale] ?? p.name.ar, area: p.pointIsCentroid, size: 12 }] : [],
    ),
  ];
  return (
    <section aria-labelledby="where-heading" className="facts-card">
      <h2 id="where-heading">{t("where")}</h2>
      <dl className="facts">
        <dt>{c("place")}</dt>
        <dd data-testid="event-place">
          {event.place ? (
            <a href={localePath(locale, `/places/${event.place.id}`)}>
              <Localized text={event.place.name} lang={locale} />
            </a>
          ) : (
            c("placeUnknown")
          )}
        </dd>
        <dt>{t("locationPrecision")}</dt>
        <dd>
          {LOCATION_PRECISION[event.locationPrecision][locale]}
          {place?.pointIsCentroid ? <span className="muted"> — {t("centroid")}</span> : null}
        </dd>
        {event.otherPlaces.length ? (
          <>
            <dt>{t("otherPlaces")}</dt>
            <dd>
              <ul className="inline-list" data-testid="event-other-places">
                {event.otherPlaces.map((p) => (
                  <li key={`${p.id}-${p.role}`}>
                    <a href={localePath(locale, `/places/${p.id}`)}>
                      <Localized text={p.name} lang={locale} />
                    </a>{" "}
                    <span className="muted">({EVENT_PLACE_ROLE[p.role][locale]})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {event.locationNote ? (
        <p className="note">
          <Localized text={event.locationNote} lang={locale} />
        </p>
      ) : null}
      {pins.length ? (
        <RegionMap
          locale={locale}
          className="region-map--small"
          label={pins.length > 1 ? t("mapOfPlaces", { places: pins.map((p) => p.label).join(locale === "ar" ? "، " : ", ") }) : t("mapOf", { place: name })}
          pins={pins}
        />
      ) : event.place ? (
        <p className="note">{t("noPoint")}</p>
      ) : null}
    </section>
  );
}

export async function AssessmentFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="assessment-heading" className="facts-card">
      <h2 id="assessment-heading">{t("assessment")}</h2>
      <dl className="facts">
        <dt>{t("grading")}</dt>
        <dd>{GRADING[event.assessment.grading][locale]}</dd>
        <dt>{t("civilianTargeting")}</dt>
        <dd>{CIVILIAN_TARGETING[event.civilianTargeting][locale]}</dd>
      </dl>
      {event.assessment.note ? (
        <p className="note">
          <Localized text={event.assessment.note} lang={locale} />
        </p>
      ) : null}
    </section>
  );
}

/** The armed conflict the event belongs to, and the dyad it is between, when the record says so. */
export async function ConflictFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const t = await getTranslations("event");
  if (!event.conflict) return null;
  return (
    <section aria-labelledby="conflict-heading" className="facts-card" data-testid="event-conflict">
      <h2 id="conflict-heading">{t("conflict")}</h2>
      <p>
        <a href={localePath(locale, `/conflicts/${event.conflict.id}`)}>
          <Localized text={event.conflict.title} lang={locale} />
        </a>
      </p>
      {event.dyad ? (
        <p data-testid="event-dyad">
          {t("dyad")}: <Localized text={event.dyad.sideA.name} lang={locale} /> — <Localized text={event.dyad.sideB.name} lang={locale} />
        </p>
      ) : null}
    </section>
  );
}
