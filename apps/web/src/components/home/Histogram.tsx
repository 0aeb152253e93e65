import { addDays, type EventHistogram } from "@waqai/schema";
import { formatCount, formatPartialDate } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { HistogramBrush } from "./HistogramBrush";

const W = 640;
const H = 120;

/** The days a bucket covers, as the date filter writes them (a month as "2017-04", a year as "2017"). */
export function bucketRange(start: string, bucket: EventHistogram["bucket"]): { from: string; to: string } {
  if (bucket === "day") return { from: start, to: start };
  if (bucket === "week") return { from: start, to: addDays(start, 6) };
  if (bucket === "month") return { from: start.slice(0, 7), to: start.slice(0, 7) };
  return { from: start.slice(0, 4), to: start.slice(0, 4) };
}

function label(start: string, bucket: EventHistogram["bucket"], locale: Locale): string {
  if (bucket === "day") return formatPartialDate(start, "day", locale);
  if (bucket === "week") return formatPartialDate(start, "week", locale);
  if (bucket === "month") return formatPartialDate(start.slice(0, 7), "month", locale);
  return start.slice(0, 4);
}

/**
 * The timeline's chart at the range's own scale (days for a month, weeks, months or years for longer), from
 * one aggregate query. Time runs in the reading direction; each bar is a link that narrows the filter to
 * its bucket, and dragging across bars (with a pointer) selects a range.
 */
export async function Histogram({ hist, locale, hrefFor }: { hist: EventHistogram; locale: Locale; hrefFor: (range: { from: string; to: string }) => string }) {
  const t = await getTranslations("home");
  if (hist.bins.length === 0) return <p className="muted">{t("chartNone")}</p>;
  const max = Math.max(...hist.bins.map((b) => b.count));
  const busiest = hist.bins.find((b) => b.count === max)!;
  const slot = W / hist.bins.length;
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const summary = t("histogramSummary", {
    bucket: t(`bucket.${hist.bucket}`),
    bins: formatCount(hist.bins.length, locale),
    busiest: label(busiest.start, hist.bucket, locale),
    max: formatCount(max, locale),
  });
  const ranges = hist.bins.map((b) => bucketRange(b.start, hist.bucket));
  return (
    <figure className="day-chart" data-testid="histogram" data-bucket={hist.bucket}>
      <figcaption>
        <strong>{t("histogramTitle", { bucket: t(`bucket.${hist.bucket}`) })}</strong> — {summary}
        {hist.unplaced > 0 ? ` ${t("chartUnplaced", { count: formatCount(hist.unplaced, locale) })}` : null}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H + 24}`} aria-label={`${t("histogramTitle", { bucket: t(`bucket.${hist.bucket}`) })}: ${summary}`} role="group">
        <line x1="0" x2={W} y1={H} y2={H} className="day-chart__axis" />
        {hist.bins.map((b, i) => {
          const h = Math.max(4, (b.count / max) * (H - 8));
          const centre = locale === "ar" ? W - (i + 0.5) * slot : (i + 0.5) * slot;
          const name = `${label(b.start, hist.bucket, locale)}: ${formatCount(b.count, locale)}`;
          return (
            <a key={b.start} href={hrefFor(ranges[i]!)} aria-label={name} data-start={b.start}>
              <rect x={centre - barW / 2} y={H - h} width={barW} height={h} className="day-chart__bar">
                <title>{name}</title>
              </rect>
            </a>
          );
        })}
        <text x={locale === "ar" ? W : 0} y={H + 18} className="day-chart__tick" textAnchor="start">
          {label(hist.bins[0]!.start, hist.bucket, locale)}
        </text>
        {hist.bins.length > 1 ? (
          <text x={locale === "ar" ? 0 : W} y={H + 18} className="day-chart__tick" textAnchor="end">
            {label(hist.bins.at(-1)!.start, hist.bucket, locale)}
          </text>
        ) : null}
      </svg>
      <HistogramBrush ranges={ranges} rtl={locale === "ar"} width={W} base={hrefFor({ from: "__FROM__", to: "__TO__" })} />
    </figure>
  );
}
