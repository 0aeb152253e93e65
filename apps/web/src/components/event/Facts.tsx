import { EVENT_TAXONOMY } from "@waqai/schema";
import { CIVILIAN_TARGETING, DATE_BASIS, EventDate, formatPartialDate, GRADING, hijriDate, LOCATION_PRECISION, Localized, TIME_PRECISION } from "@waqai/ui";
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
      </dl>
      {event.locationNote ? (
        <p className="note">
          <Localized text={event.locationNote} lang={locale} />
        </p>
      ) : null}
      {place?.point ? (
        <RegionMap
          locale={locale}
          className="region-map--small"
          label={t("mapOf", { place: name })}
          pins={[{ id: place.id, lat: place.point.lat, lon: place.point.lon, label: name, area: place.pointIsCentroid, size: 16 }]}
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
