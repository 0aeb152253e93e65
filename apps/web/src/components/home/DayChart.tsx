import { formatCount, formatPartialDate } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { EventDayCounts } from "@/lib/api";

const DAY = 86_400_000;
const W = 640;
const H = 120;

/** The API's days with events, with every day in between (so gaps show as gaps). */
export function fillDays(counted: EventDayCounts["days"]): { date: string; count: number }[] {
  const counts = new Map(counted.map((d) => [d.date, d.count]));
  if (counts.size === 0) return [];
  const days = [...counts.keys()].sort();
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days.at(-1)}T00:00:00Z`);
  // Beyond a year the chart shows only days that have events: a bar per day would be a hairline.
  if ((last - first) / DAY > 366) return days.map((date) => ({ date, count: counts.get(date)! }));
  const out: { date: string; count: number }[] = [];
  for (let t = first; t <= last; t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, count: counts.get(date) ?? 0 });
  }
  return out;
}

/** A small bar chart, time running in the reading direction (right to left in Arabic), with its summary in words. */
export async function DayChart({ counts, locale }: { counts: EventDayCounts; locale: Locale }) {
  const t = await getTranslations("home");
  const days = fillDays(counts.days);
  const undated = counts.total - counts.dayPrecise;
  if (days.length === 0) return <p className="muted">{t("chartNone")}</p>;
  const max = Math.max(...days.map((d) => d.count));
  const busiest = days.find((d) => d.count === max)!;
  const withEvents = days.filter((d) => d.count > 0).length;
  const slot = W / days.length;
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const fmt = (d: string) => formatPartialDate(d, "day", locale);
  const summary = t("chartSummary", { days: withEvents, max: formatCount(max, locale), busiest: fmt(busiest.date) });
  return (
    <figure className="day-chart" data-testid="day-chart">
      <figcaption>
        <strong>{t("chartTitle")}</strong> — {summary}
        {undated > 0 ? ` ${t("chartUndated", { count: formatCount(undated, locale) })}` : null}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H + 24}`} role="img" aria-label={`${t("chartTitle")}: ${summary}`}>
        <line x1="0" x2={W} y1={H} y2={H} className="day-chart__axis" />
        {days.map((d, i) => {
          const h = d.count === 0 ? 0 : Math.max(4, (d.count / max) * (H - 8));
          const centre = locale === "ar" ? W - (i + 0.5) * slot : (i + 0.5) * slot;
          return (
            <rect key={d.date} x={centre - barW / 2} y={H - h} width={barW} height={h} className="day-chart__bar">
              <title>{`${fmt(d.date)}: ${d.count}`}</title>
            </rect>
          );
        })}
        <text x={locale === "ar" ? W : 0} y={H + 18} className="day-chart__tick" textAnchor="start">
          {fmt(days[0]!.date)}
        </text>
        {days.length > 1 ? (
          <text x={locale === "ar" ? 0 : W} y={H + 18} className="day-chart__tick" textAnchor="end">
            {fmt(days.at(-1)!.date)}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
