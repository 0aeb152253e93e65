import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DayChart } from "@/components/home/DayChart";
import { FilterForm } from "@/components/home/FilterForm";
import { Timeline } from "@/components/home/Timeline";
import { localePath } from "@/i18n/routing";
import { errorCode } from "@/lib/api";
import { allActors, allDisputes, allPlaces, eventDays, listEvents } from "@/lib/data";
import { filterQuery, parseFilter, type SearchParams } from "@/lib/filters";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

// Filters come from the URL, so the page renders per request; the API answers behind it are cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  return pageMetadata(locale, "/", t("title"), t("description"));
}

export default async function Home({ params, searchParams }: Props) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("home");
  const sp = await searchParams;
  const filter = parseFilter(sp);
  const hijri = sp.cal === "hijri";
  const cursor = typeof sp.after === "string" && sp.after ? sp.after : undefined;

  const [page, chart, actors, places, disputes] = await Promise.all([
    listEvents(filter, cursor).catch((err) => {
      // A cursor the API rejects is a broken link, not a server failure.
      if (cursor && errorCode(err) === "BAD_REQUEST") notFound();
      throw err;
    }),
    eventDays(JSON.stringify(filter)),
    allActors(),
    allPlaces(),
    allDisputes(),
  ]);
  const query = (extra: Record<string, string | undefined> = {}) => filterQuery(filter, { cal: hijri ? "hijri" : undefined, ...extra });

  return (
    <div className="page home">
      <h1>{t("title")}</h1>
      <div className="home__tools">
        <FilterForm filter={filter} hijri={hijri} locale={locale} actors={actors} places={places} disputes={disputes} />
        <div className="home__aside">
          <DayChart counts={chart} locale={locale} />
          <nav aria-label={t("exports")} className="exports">
            <span className="exports__title">{t("exports")}:</span>{" "}
            <a href={`/export/events.csv${filterQuery(filter)}`} download>
              {t("exportCsv")}
            </a>{" "}
            ·{" "}
            <a href={`/export/events.json${filterQuery(filter)}`} download>
              {t("exportJson")}
            </a>{" "}
            ·{" "}
            <a href={`/export/events.geojson${filterQuery(filter)}`} download>
              {t("exportGeojson")}
            </a>
          </nav>
        </div>
      </div>
      {page.items.length === 0 ? <p>{t("empty")}</p> : <Timeline events={page.items} locale={locale} hijri={hijri} />}
      {cursor || page.nextCursor ? (
        <nav aria-label={t("pagination")} className="pager">
          {cursor ? <a href={`${localePath(locale, "/")}${query()}`}>{t("firstPage")}</a> : <span />}
          {page.nextCursor ? (
            <a href={`${localePath(locale, "/")}${query({ after: page.nextCursor })}`} rel="next">
              {t("nextPage")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
