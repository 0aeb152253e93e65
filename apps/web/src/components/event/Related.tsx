import { EventDate, ISSUE_LINK_RELATION, Localized } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail, EventListItem, Outputs } from "@/lib/api";

type RelatedOut = Outputs["events"]["related"]["items"][number];
import type { Names } from "@/lib/names";

type Relation = EventDetail["relations"][number]["type"];
interface Related {
  id: string;
  key: `${Relation}` | `inverse_${Relation}`;
  title: { ar: string; en?: string };
  time?: EventListItem["time"];
}

/** Events this one points to and events that point to it (the API's `events.related`, both ways), the relation in words. */
export function relatedEvents(items: RelatedOut[]): Related[] {
  return items.map((r) => ({ id: r.event.id, key: r.inverse ? (`inverse_${r.relation}` as const) : r.relation, title: r.event.title, time: r.event.time }));
}

export async function RelatedEvents({ related, locale }: { related: Related[]; locale: Locale }) {
  if (related.length === 0) return null;
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t("related")}</h2>
      <ul className="link-list" data-testid="related-events">
        {related.map((r) => (
          <li key={`${r.key}-${r.id}`}>
            <span className="badge badge--quiet">{t(`relation.${r.key}`)}</span>{" "}
            <a href={localePath(locale, `/events/${r.id}`)}>
              <Localized text={r.title} lang={locale} />
            </a>
            {r.time && (r.time.start || r.time.earliest || r.time.latest) ? (
              <span className="muted">
                {" · "}
                <EventDate time={r.time} lang={locale} showExpression={false} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function IssueLinks({ event, names, locale }: { event: EventDetail; names: Names; locale: Locale }) {
  if (event.issueLinks.length === 0) return null;
  const t = await getTranslations("event");
  return (
    <section aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">{t("disputes")}</h2>
      <ul className="link-list">
        {event.issueLinks.map((l) => {
          const issue = l.issueId ? names.issue(l.issueId) : undefined;
          return (
            <li key={`${l.disputeId}-${l.issueId ?? ""}-${l.relation}`}>
              <span className="badge badge--quiet">{ISSUE_LINK_RELATION[l.relation][locale]}</span>{" "}
              <a href={localePath(locale, `/disputes/${l.disputeId}${l.issueId ? `#issue-${l.issueId}` : ""}`)}>
                <Localized text={names.dispute(l.disputeId) ?? { ar: l.disputeId }} lang={locale} />
              </a>
              {issue ? (
                <span className="muted">
                  {" — "}
                  <Localized text={issue} lang={locale} />
                </span>
              ) : null}
              {l.note ? (
                <span className="muted">
                  {" ("}
                  <Localized text={l.note} lang={locale} />)
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
