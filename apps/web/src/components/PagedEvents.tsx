import { getTranslations } from "next-intl/server";
import { formatCount } from "@waqai/ui";
import { localePath, type Locale } from "@/i18n/routing";
import { eventCount, listEvents } from "@/lib/data";
import { filterQuery, type EventFilter } from "@/lib/filters";
import { EventList } from "./EventList";

/** Events shown per page on a record's page (an actor's, a place's, a dispute's). */
export const RECORD_PAGE = 20;

/**
 * A record's first page of events with how many there are ("more than 10,000" past the cap): what a page
 * costs is one page and one capped count, whatever the archive holds. The pages after it are the
 * timeline's, filtered to this record and opened at the next page's keyset cursor: the record's own page
 * reads no query string, so it stays in the reader's cache until a publish revalidates it.
 */
export async function PagedEvents({ filter, locale, testId, emptyText }: { filter: EventFilter; locale: Locale; testId: string; emptyText: string }) {
  const t = await getTranslations("common");
  const h = await getTranslations("home");
  const [page, count] = await Promise.all([listEvents(filter, undefined, RECORD_PAGE), eventCount(JSON.stringify(filter))]);
  if (page.items.length === 0) return <p className="muted">{emptyText}</p>;
  const total = count.capped ? t("moreThan", { count: formatCount(count.count, locale) }) : formatCount(count.count, locale);
  return (
    <>
      <p className="muted" data-testid={`${testId}-count`}>
        {t("eventTotal", { total })}
      </p>
      <EventList events={page.items} locale={locale} testId={testId} />
      <nav aria-label={h("pagination")} className="pager">
        {page.nextCursor ? (
          <a href={`${localePath(locale, "/")}${filterQuery(filter, { after: page.nextCursor })}`} rel="next">
            {h("nextPage")}
          </a>
        ) : null}
        <a href={`${localePath(locale, "/")}${filterQuery(filter)}`}>{t("onTimeline")}</a>
      </nav>
    </>
  );
}
