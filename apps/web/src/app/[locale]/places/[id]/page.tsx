import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized, PLACE_FEATURE } from "@waqai/ui";
import { PagedEvents } from "@/components/PagedEvents";
import { ParentFact } from "@/components/ParentFact";
import { Variants } from "@/components/Variants";
import { RegionMap } from "@/components/map/RegionMap";
import { getPlace } from "@/lib/data";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { RecordHeader } from "@/components/layout/RecordHeader";

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const p = await getPlace(id);
  return pageMetadata(locale, `/places/${id}`, localized(p.name, locale).text);
}

export default async function PlacePage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("place");
  const te = await getTranslations("event");
  const place = await getPlace(id);
  const parent = place.parentId ? await getPlace(place.parentId).catch(() => null) : null;
  const name = localized(place.name, locale).text;
  return (
    <article className="page" aria-labelledby="place-title">
      <RecordHeader titleId="place-title" title={place.name} locale={locale} kicker={<span className="badge">{PLACE_FEATURE[place.feature][locale]}</span>} />
      <div className="place-layout">
        <dl className="facts">
          {parent ? <ParentFact label={t("parent")} path={`/places/${parent.id}`} name={parent.name} locale={locale} /> : null}
          <Variants label={t("variants")} variants={place.variants} />
          {place.point ? (
            <>
              <dt>{t("coordinates")}</dt>
              <dd>
                <bdi dir="ltr" className="code">{`${place.point.lat.toFixed(3)}° N, ${place.point.lon.toFixed(3)}° E`}</bdi>
                {place.pointIsCentroid ? <span className="muted"> — {te("centroid")}</span> : null}
              </dd>
            </>
          ) : null}
        </dl>
        {place.point ? (
          <RegionMap
            locale={locale}
            className="region-map--small"
            label={te("mapOf", { place: name })}
            pins={[{ id: place.id, lat: place.point.lat, lon: place.point.lon, label: name, area: place.pointIsCentroid, size: 16 }]}
          />
        ) : null}
      </div>
      <section aria-labelledby="place-events">
        <h2 id="place-events">{t("events")}</h2>
        <PagedEvents filter={{ placeId: id }} locale={locale} testId="place-events" emptyText={t("noEvents")} />
      </section>
    </article>
  );
}
