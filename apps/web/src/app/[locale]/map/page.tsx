import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized, Localized } from "@waqai/ui";
import { EventList } from "@/components/EventList";
import { RegionMap, type Pin } from "@/components/map/RegionMap";
import { localePath } from "@/i18n/routing";
import type { EventListItem } from "@/lib/api";
import { api } from "@/lib/api";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import { inFrame } from "@/map/projection";

export const revalidate = 300;

// Until the clustered map lands: the first pages of events and places, as before (capped, not the archive).
async function firstPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>, cap: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < cap);
  return items;
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "map" });
  return pageMetadata(locale, "/map", t("title"), t("description"));
}

/** Every published event with a place, one pin per place (sized by its count), each pin a link to the place. */
export default async function MapPage({ params }: LocaleParams) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("map");
  const c = await getTranslations("common");
  const [eventItems, places] = await Promise.all([
    firstPages((cursor) => api().events.list.query({ limit: 100, cursor }), 5000),
    firstPages((cursor) => api().places.list.query({ limit: 100, cursor }), 5000),
  ]);
  const events = { items: eventItems };
  const byPlace = new Map<string, EventListItem[]>();
  for (const e of events.items) if (e.placeId) byPlace.set(e.placeId, [...(byPlace.get(e.placeId) ?? []), e]);
  const located = places.filter((p) => byPlace.has(p.id));
  const onMap = located.filter((p) => p.point && inFrame(p.point.lon, p.point.lat));
  const offMap = events.items.filter((e) => !onMap.some((p) => p.id === e.placeId));
  const pins: Pin[] = onMap
    .toSorted((a, b) => (byPlace.get(b.id)?.length ?? 0) - (byPlace.get(a.id)?.length ?? 0))
    .map((p) => {
      const n = byPlace.get(p.id)!.length;
      const label = t("pinLabel", { place: localized(p.name, locale).text, events: c("eventCount", { count: n }) });
      return {
        id: p.id,
        lat: p.point!.lat,
        lon: p.point!.lon,
        label,
        href: localePath(locale, `/places/${p.id}`),
        area: p.pointIsCentroid,
        size: 9 + Math.min(n, 6) * 2,
      };
    });

  return (
    <div className="page map-page">
      <h1>{t("title")}</h1>
      <p className="narrow">{t("description")}</p>
      <figure className="map-figure">
        <RegionMap pins={pins} locale={locale} label={t("mapLabel", { count: pins.length })} />
        <figcaption className="muted">{t("attribution")}</figcaption>
      </figure>
      <section aria-labelledby="map-places">
        <h2 id="map-places">{t("places")}</h2>
        <ul className="place-counts" data-testid="map-places">
          {onMap.map((p) => (
            <li key={p.id}>
              <a href={localePath(locale, `/places/${p.id}`)}>
                <Localized text={p.name} lang={locale} />
              </a>{" "}
              <span className="muted">({c("eventCount", { count: byPlace.get(p.id)!.length })})</span>
            </li>
          ))}
        </ul>
      </section>
      {offMap.length > 0 ? (
        <section aria-labelledby="map-outside">
          <h2 id="map-outside">{t("outside")}</h2>
          <EventList events={offMap} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
