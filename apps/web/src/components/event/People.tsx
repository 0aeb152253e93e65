import { ATTRIBUTION, CONFIDENCE, formatPartialDate, formatWindow, Localized, MODALITY, PARTICIPANT_ROLE, POSITION_BASIS, WEAPON } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail } from "@/lib/api";
import type { Names } from "@/lib/names";

export async function Participants({ event, names, locale }: { event: EventDetail; names: Names; locale: Locale }) {
  if (event.participants.length === 0) return null;
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t("participants")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("participants")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("attribution")}</th>
            </tr>
          </thead>
          <tbody>
            {event.participants.map((p) => (
              <tr key={`${p.actorId}-${p.role}`}>
                <th scope="row">
                  <a href={localePath(locale, `/actors/${p.actorId}`)}>
                    <Localized text={names.actor(p.actorId)} lang={locale} />
                  </a>
                </th>
                <td>{PARTICIPANT_ROLE[p.role][locale]}</td>
                <td>
                  {ATTRIBUTION[p.attribution][locale]}
                  {p.note ? (
                    <span className="muted">
                      {" — "}
                      <Localized text={p.note} lang={locale} />
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function Weapons({ event, locale }: { event: EventDetail; locale: Locale }) {
  if (event.weapons.length === 0) return null;
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="weapons-heading">
      <h2 id="weapons-heading">{t("weapons")}</h2>
      <ul className="chips">
        {event.weapons.map((w) => (
          <li key={w}>{WEAPON[w][locale]}</li>
        ))}
      </ul>
    </section>
  );
}

/** Who said it, what they did with it (modality), and the document and outlet that carried it. */
export async function Claims({ event, names, locale }: { event: EventDetail; names: Names; locale: Locale }) {
  if (event.claims.length === 0) return null;
  const t = await getTranslations("event");
  const s = await getTranslations("source");
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t("claims")}</h2>
      <ul className="claims">
        {event.claims.map((c) => {
          const doc = names.document(c.documentId);
          return (
            <li key={c.id} className="claim">
              <p className="claim__head">
                <a href={localePath(locale, `/actors/${c.claimantId}`)}>
                  <strong>
                    <Localized text={names.actor(c.claimantId)} lang={locale} />
                  </strong>
                </a>{" "}
                <span className="badge badge--quiet">{MODALITY[c.modality][locale]}</span>{" "}
                <span className="muted" data-voice={c.voice}>
                  {POSITION_BASIS[c.voice][locale]}
                </span>
              </p>
              <p className="claim__statement">
                <Localized text={c.statement} lang={locale} />
              </p>
              <p className="claim__meta muted">
                {t("claimedIn")}{" "}
                <a href={localePath(locale, `/sources/${c.documentId}`)}>
                  <cite>
                    <Localized text={doc?.title ?? { ar: c.documentId }} lang={locale} />
                  </cite>
                </a>
                {doc?.outlet ? (
                  <>
                    {" — "}
                    <Localized text={doc.outlet} lang={locale} />
                  </>
                ) : null}
                {doc?.published
                  ? ` — ${
                      doc.published.earliest && doc.published.latest && doc.published.earliest !== doc.published.latest
                        ? formatWindow(doc.published.earliest, doc.published.latest, locale)
                        : formatPartialDate(doc.published.date, doc.published.precision, locale)
                    }${doc.published.inferred ? ` (${s("inferredDate")})` : ""}`
                  : null}
                {" · "}
                {t("confidence")}: {CONFIDENCE[c.confidence][locale]}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
