import { QUANTITY_KIND } from "@waqai/ui";
import type { EventDetail } from "@/lib/api";
import { t } from "@/lib/messages";

type Quantity = EventDetail["quantities"][number];

/**
 * The numbers the record has, in words that keep their order under bidi ("من 12 إلى 20", never a bare
 * "12–20" that an RTL line shows reversed); nothing at all for a vague word left unnumbered.
 */
function estimate(q: Quantity): string {
  const { low, best, high } = q;
  const withBest = (s: string) => (best !== undefined && best !== low && best !== high ? `${s}، ${t.figureBest} ${best}` : s);
  if (low !== undefined && high !== undefined) return withBest(low === high ? `${low}` : `${t.rangeFrom} ${low} ${t.rangeTo} ${high}`);
  if (low !== undefined) return withBest(`${t.figureLow} ${low}`);
  if (high !== undefined) return withBest(`${t.figureHigh} ${high}`);
  return best !== undefined ? `${best}` : "";
}

export function Figures({ event }: { event: EventDetail }) {
  if (event.quantities.length === 0) return null;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t.figures}</h2>
      <div className="table-wrap">
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">{t.figures}</th>
              <th scope="col">{t.figureWords}</th>
              <th scope="col">{t.figureRange}</th>
              <th scope="col">{t.convention}</th>
            </tr>
          </thead>
          <tbody>
            {event.quantities.map((q) => {
              const range = estimate(q);
              return (
                <tr key={q.id}>
                  <th scope="row">
                    {QUANTITY_KIND[q.kind].ar}
                    {q.subject ? <span className="figure__subject muted">{q.subject.ar}</span> : null}
                  </th>
                  <td data-label={t.figureWords}>
                    <q>{q.words}</q>
                  </td>
                  <td data-label={t.figureRange}>{range || (q.vague ? <span className="muted">{t.figureVague}</span> : "—")}</td>
                  <td data-label={t.convention}>{q.convention ? <bdi className="code">{q.convention}</bdi> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
