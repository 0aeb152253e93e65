import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Histogram } from "@/components/home/Histogram";
import { FilterForm } from "@/components/home/FilterForm";
import { Timeline } from "@/components/home/Timeline";
import { localePath } from "@/i18n/routing";
import { api, errorCode } from "@/lib/api";
import { eventFacets, eventHistogram, listEvents, namesOf } from "@/lib/data";
import { filterQuery, parseFilter, type EventFilter, type SearchParams } from "@/lib/filters";
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
  const filter = await withTypedNames(parseFilter(sp), sp);
  const hijri = sp.cal === "hijri";
  const cursor = typeof sp.after === "string" && sp.after ? sp.after : undefined;

  const chosenRefs = [
    filter.actorId ? { kind: "actor" as const, id: filter.actorId } : null,
    filter.placeId ? { kind: "place" as const, id: filter.placeId } : null,
    filter.disputeId ? { kind: "dispute" as const, id: filter.disputeId } : null,
    filter.conflictId ? { kind: "conflict" as const, id: filter.conflictId } : null,
  ].filter((r) => r !== null);
  const [page, hist, facets, names] = await Promise.all([
    listEvents(filter, cursor).catch((err) => {
      // A cursor the API rejects is a broken link, not a server failure.
      if (cursor && errorCode(err) === "BAD_REQUEST") notFound();
      throw err;
    }),
    eventHistogram(JSON.stringify(filter)),
    eventFacets(JSON.stringify(filter)),
    chosenRefs.length ? namesOf(chosenRefs) : Promise.resolve(new Map<string, { label: { ar: string; en?: string } }>()),
  ]);
  const chosen = {
    actor: filter.actorId ? names.get(`actor:${filter.actorId}`)?.label : undefined,
    place: filter.placeId ? names.get(`place:${filter.placeId}`)?.label : undefined,
    dispute: filter.disputeId ? names.get(`dispute:${filter.disputeId}`)?.label : undefined,
    conflict: filter.conflictId ? names.get(`conflict:${filter.conflictId}`)?.label : undefined,
  };
  const query = (extra: Record<string, string | undefined> = {}) => filterQuery(filter, { cal: hijri ? "hijri" : undefined, ...extra });

  return (
    <div className="page home">
      <h1>{t("title")}</h1>
      <div className="home__tools">
        <FilterForm filter={filter} hijri={hijri} locale={locale} chosen={chosen} facets={facets.types} />
        <div className="home__aside">
          <Histogram
            hist={hist}
            locale={locale}
            hrefFor={(r) => `${localePath(locale, "/")}${filterQuery({ ...filter, from: r.from, to: r.to }, { cal: hijri ? "hijri" : undefined })}`}
          />
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

/**
 * Without JavaScript the filter boxes send the typed words (`actorq=…`) instead of an id: each is read as
 * the best suggestion for those words, so the plain form still filters by name.
 */
async function withTypedNames(filter: EventFilter, sp: SearchParams): Promise<EventFilter> {
  const out = { ...filter };
  const fields = [
    ["actor", "actorId"],
    ["place", "placeId"],
    ["dispute", "disputeId"],
    ["conflict", "conflictId"],
  ] as const;
  await Promise.all(
    fields.map(async ([kind, key]) => {
      const typed = sp[`${kind}q`];
      if (out[key] || typeof typed !== "string" || !typed.trim()) return;
      const found = await api()
        .records.suggest.query({ kind, q: typed.trim().slice(0, 100), limit: 1 })
        .catch(() => ({ items: [] }));
      if (found.items[0]) out[key] = found.items[0].id;
    }),
  );
  return out;
}
