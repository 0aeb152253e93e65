import { EventDate, ISSUE_LINK_RELATION, Localized } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail, EventListItem } from "@/lib/api";
import type { Names } from "@/lib/names";

type Relation = EventDetail["relations"][number]["type"];
interface Related {
  id: string;
  key: `${Relation}` | `inverse_${Relation}`;
  title: { ar: string; en?: string };
  time?: EventListItem["time"];
}

/**
 * Events this one points to (its own relations) and events that point to it (found in the list of
 * published events: the API has no reverse-relation query yet), each with the relation in words.
 */
export function relatedEvents(event: EventDetail, names: Names, all: EventListItem[]): Related[] {
  const out: Related[] = [];
  const byId = new Map(all.map((e) => [e.id, e]));
  for (const r of event.relations) {
    const title = names.event(r.eventId) ?? byId.get(r.eventId)?.title;
    if (title) out.push({ id: r.eventId, key: r.type, title, time: byId.get(r.eventId)?.time });
  }
  for (const other of all) {
    for (const r of other.relations) {
      if (r.eventId === event.id && other.id !== event.id) out.push({ id: other.id, key: `inverse_${r.type}`, title: other.title, time: other.time });
    }
  }
  return out;
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
            {r.time?.start ? (
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
