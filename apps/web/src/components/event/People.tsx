import { ATTRIBUTION, CONFIDENCE, MODALITY, PARTICIPANT_ROLE, WEAPON } from "@waqai/ui";
import type { EventDetail } from "@/lib/api";
import type { Names } from "@/lib/event";
import { t } from "@/lib/messages";

export function Participants({ event, names }: { event: EventDetail; names: Names }) {
  if (event.participants.length === 0) return null;
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.participants}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.participants}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.attribution}</th>
            </tr>
          </thead>
          <tbody>
            {event.participants.map((p) => (
              <tr key={`${p.actorId}-${p.role}`}>
                <th scope="row">{names.actor(p.actorId)}</th>
                <td>{PARTICIPANT_ROLE[p.role].ar}</td>
                <td>
                  {ATTRIBUTION[p.attribution].ar}
                  {p.note ? <span className="muted"> — {p.note.ar}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Weapons({ event }: { event: EventDetail }) {
  if (event.weapons.length === 0) return null;
  return (
    <section aria-labelledby="weapons-heading">
      <h2 id="weapons-heading">{t.weapons}</h2>
      <ul className="chips">
        {event.weapons.map((w) => (
          <li key={w}>{WEAPON[w].ar}</li>
        ))}
      </ul>
    </section>
  );
}

export function Claims({ event, names }: { event: EventDetail; names: Names }) {
  if (event.claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t.claims}</h2>
      <ul className="claims">
        {event.claims.map((c) => (
          <li key={c.id} className="claim">
            <p className="claim__head">
              <strong>{names.actor(c.claimantId)}</strong> <span className="badge badge--quiet">{MODALITY[c.modality].ar}</span>
            </p>
            <p className="claim__statement">{c.statement.ar}</p>
            <p className="claim__meta muted">
              {t.confidence}: {CONFIDENCE[c.confidence].ar}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
