import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatCount, Localized } from "@waqai/ui";
import { ClusterMap, type ClusterMapText } from "@/components/map/ClusterMap";
import { localePath } from "@/i18n/routing";
import { api } from "@/lib/api";
import { filterQuery, parseFilter, type SearchParams } from "@/lib/filters";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";
import basemap from "@/map/basemap.json";
import { maplibreFile } from "@/map/maplibre-files";
import { COUNTRY_LABELS } from "@/map/projection";
import { WORLD_URL } from "@/map/world";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

// Filters come from the URL (the timeline's), so the page renders per request; the API answers behind it are cached.
export const dynamic = "force-dynamic";

/** Places listed per page under the map. */
const LIST_PAGE = 50;
/** Syria and its neighbours: the view the map opens on. */
const REGION: [number, number, number, number] = basemap.bbox as [number, number, number, number];
const WORKER_URL = maplibreFile("maplibre-gl-worker.mjs").url;
const CSS_URL = maplibreFile("maplibre-gl.css").url;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "map" });
  return pageMetadata(locale, "/map", t("title"), t("description"));
}

/**
 * The map of events (issue 12): an interactive MapLibre map whose clusters the browser asks for per view
 * (events.clusters, counted in SQL), and under it the same content for every reader: the places with the
 * most events, a page at a time, as links. The page's HTML holds one page of places, whatever the archive.
 */
export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("map");
  const c = await getTranslations("common");
  const sp = await searchParams;
  const filter = parseFilter(sp);
  const pageNo = Math.max(1, Math.min(1000, Number(typeof sp.page === "string" ? sp.page : 1) || 1));
  // Every place with events, fullest first: the clusters at the finest grid (a cell per place) over the world.
  const all = await api().events.clusters.query({ bbox: [-180, -90, 180, 90], zoom: 22, ...filter });
  const listed = all.clusters.filter((x) => x.place);
  const shown = listed.slice((pageNo - 1) * LIST_PAGE, pageNo * LIST_PAGE);
  const pages = Math.max(1, Math.ceil(listed.length / LIST_PAGE));
  const query = (page: number) => filterQuery(filter, { page: page > 1 ? String(page) : undefined });
  const text: ClusterMapText = {
    // Every plural form of the language (Arabic has six), picked in the browser with Intl.PluralRules.
    events: (t.raw as (key: string) => unknown)("clusterEvents") as ClusterMapText["events"],
    zoomIn: t.raw("clusterZoomIn") as string,
    atPlace: t.raw("clusterAtPlace") as string,
    placePage: t("placePage"),
    failed: t("failed"),
    capped: t("capped"),
    zoomInButton: t("zoomInButton"),
    zoomOutButton: t("zoomOutButton"),
    mapTitle: t("mapLabel"),
    close: t("close"),
  };
  const labels = basemap.features
    .filter((f) => COUNTRY_LABELS[String(f.id)])
    .map((f) => ({
      name: locale === "en" ? f.properties.name.en : f.properties.name.ar,
      lon: COUNTRY_LABELS[String(f.id)]![0],
      lat: COUNTRY_LABELS[String(f.id)]![1],
    }));

  return (
    <div className="page map-page">
      <h1>{t("title")}</h1>
      <p className="narrow">{t("description")}</p>
      <figure className="map-figure" aria-label={t("mapLabel")}>
        <ClusterMap
          locale={locale}
          filterQuery={filterQuery(filter).replace(/^\?/, "")}
          initialBounds={REGION}
          worldUrl={WORLD_URL}
          workerUrl={WORKER_URL}
          cssUrl={CSS_URL}
          labels={labels}
          text={text}
        />
        <figcaption className="muted">{t("attribution")}</figcaption>
      </figure>
      <section aria-labelledby="map-places">
        <h2 id="map-places">{t("places")}</h2>
        <p className="muted" data-testid="map-places-count">
          {t("placesCount", { places: formatCount(listed.length, locale), events: c("eventCount", { count: all.total }) })}
          {all.more || all.capped ? ` ${t("placesMore")}` : ""}
        </p>
        <ol className="place-counts" data-testid="map-places" start={(pageNo - 1) * LIST_PAGE + 1}>
          {shown.map((p) => (
            <li key={p.place!.id}>
              <a href={localePath(locale, `/places/${p.place!.id}`)}>
                <Localized text={p.place!.name} lang={locale} />
              </a>{" "}
              <span className="muted">({c("eventCount", { count: p.count })})</span>
            </li>
          ))}
        </ol>
        {pages > 1 ? (
          <nav className="pager" aria-label={t("pager")}>
            {pageNo > 1 ? (
              <a rel="prev" href={localePath(locale, `/map${query(pageNo - 1)}`)}>
                {t("previous")}
              </a>
            ) : null}{" "}
            <span className="muted">{t("pageOf", { page: formatCount(pageNo, locale), pages: formatCount(pages, locale) })}</span>{" "}
            {pageNo < pages ? (
              <a rel="next" href={localePath(locale, `/map${query(pageNo + 1)}`)}>
                {t("next")}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
