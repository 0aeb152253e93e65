import { eventTypeLabel, formatPartialDate, hijriDate, localized } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventListItem } from "@/lib/api";
import { TimelineList, type TimelineDay, type TimelineEvent } from "./TimelineList";

interface Day {
  key: string;
  /** "2017-04-22", "2017-04" or "" for events with no known start. */
  date: string;
  precision: EventListItem["time"]["precision"];
  events: EventListItem[];
}

/** Consecutive events (already in time order) sharing a start date, at the precision each one has. */
export function groupByDay(events: EventListItem[]): Day[] {
  const days: Day[] = [];
  for (const e of events) {
    // An event dated by its end only («انتهى أمس») sits on the day it ended, as the API orders it.
    const anchor = e.time.start ?? e.time.end;
    const known = e.time.precision !== "unknown" && anchor;
    const precision = known ? e.time.precision : "unknown";
    const date = known ? anchor.slice(0, precision === "day" || precision === "week" ? 10 : precision === "month" ? 7 : 4) : "";
    const key = `${precision}:${date}`;
    const last = days.at(-1);
    if (last?.key === key) last.events.push(e);
    else days.push({ key, date, precision, events: [e] });
  }
  return days;
}

/**
 * The home page's list of events, grouped by day. The words are chosen here (the locale's title, summary,
 * type and place, the day headings) and the markup is drawn by a client component from them: a server
 * component's tree travels twice, as HTML and again in the RSC payload, and the list's tree was ~80 KB of a
 * filtered home page's 177 KB; these few strings per event are a third of that (bench:scale's HTML row).
 */
export async function Timeline({ events, locale, hijri }: { events: EventListItem[]; locale: Locale; hijri: boolean }) {
  const t = await getTranslations("home");
  const c = await getTranslations("common");
  const days: TimelineDay[] = groupByDay(events).map((day) => ({
    key: day.key,
    date: day.date,
    heading: day.date ? formatPartialDate(day.date, day.precision, locale) : t("undated"),
    hijri: day.date && hijri ? hijriDate(day.date, day.precision, locale) : undefined,
    count: c("eventCount", { count: day.events.length }),
    events: day.events.map((e) => ({
      id: e.id,
      time: dateFields(e.time),
      type: eventTypeLabel(e.type)[locale],
      place: e.place ? localized(e.place.name, locale) : null,
      title: localized(e.title, locale),
      summary: e.summary ? localized(e.summary, locale) : undefined,
    })),
  }));
  return (
    <TimelineList
      days={days}
      locale={locale}
      eventPath={localePath(locale, "/events/")}
      words={{ hijri: c("hijri"), place: c("place"), placeUnknown: c("placeUnknown") }}
    />
  );
}

/** What EventDate draws from (the time's notes and anchors stay on the event's page). */
function dateFields({ start, end, precision, basis, expression, earliest, latest }: EventListItem["time"]): TimelineEvent["time"] {
  return { start, end, precision, basis, expression, earliest, latest };
}
