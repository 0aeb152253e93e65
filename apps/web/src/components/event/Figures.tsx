import { formatCount, Localized, QUANTITY_KIND } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { EventDetail } from "@/lib/api";

type Quantity = EventDetail["quantities"][number];
type T = Awaited<ReturnType<typeof getTranslations<"event">>>;

/**
 * The numbers the record has, in words that keep their order under bidi ("من 12 إلى 20", never a bare
 * "12–20" that an RTL line shows reversed); nothing at all for a vague word left unnumbered.
 */
function estimate(q: Quantity, t: T, locale: Locale): string {
  const n = (x: number) => formatCount(x, locale);
  const { low, best, high } = q;
  const withBest = (s: string) =>
    best !== undefined && best !== low && best !== high ? `${s}${locale === "ar" ? "،" : ","} ${t("figureBest")} ${n(best)}` : s;
  if (low !== undefined && high !== undefined) return withBest(low === high ? n(low) : `${t("rangeFrom")} ${n(low)} ${t("rangeTo")} ${n(high)}`);
  if (low !== undefined) return withBest(`${t("figureLow")} ${n(low)}`);
  if (high !== undefined) return withBest(`${t("figureHigh")} ${n(high)}`);
  return best !== undefined ? n(best) : "";
}

export async function Figures({ event, locale }: { event: EventDetail; locale: Locale }) {
  if (event.quantities.length === 0) return null;
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t("figures")}</h2>
      <div className="table-wrap">
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">{t("figures")}</th>
              <th scope="col">{t("figureWords")}</th>
              <th scope="col">{t("figureRange")}</th>
              <th scope="col">{t("convention")}</th>
            </tr>
          </thead>
          <tbody>
            {event.quantities.map((q) => {
              const range = estimate(q, t, locale);
              return (
                <tr key={q.id}>
                  <th scope="row">
                    {QUANTITY_KIND[q.kind][locale]}
                    {q.subject ? <Localized text={q.subject} lang={locale} className="figure__subject muted" /> : null}
                  </th>
                  <td data-label={t("figureWords")}>
                    <q lang="ar" dir="rtl">
                      {q.words}
                    </q>
                  </td>
                  <td data-label={t("figureRange")}>{range || (q.vague ? <span className="muted">{t("figureVague")}</span> : "—")}</td>
                  <td data-label={t("convention")}>{q.convention ? <bdi className="code">{q.convention}</bdi> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
