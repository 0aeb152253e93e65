import type { Metadata } from "next";
import { Side } from "@waqai/schema";
import type { Side as SideName } from "@/components/dispute/Issues";
import { getTranslations } from "next-intl/server";
import { DISPUTE_KIND, DISPUTE_STATUS, ISSUE_LINK_RELATION, Localized, localized } from "@waqai/ui";
import { Issues } from "@/components/dispute/Issues";
import { localePath } from "@/i18n/routing";
import { api } from "@/lib/api";
import { getDispute, namesOf, settled } from "@/lib/data";
import { PagedEvents } from "@/components/PagedEvents";
import { pageMetadata } from "@/lib/metadata";
import { pageLocale, type LocaleParams } from "@/lib/page";

type Props = LocaleParams<{ id: string }>;

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await pageLocale(params);
  const d = await getDispute(id);
  return pageMetadata(locale, `/disputes/${id}`, localized(d.title, locale).text, d.summary ? localized(d.summary, locale).text : undefined, "article");
}

export default async function DisputePage({ params }: Props) {
  const { locale, id } = await pageLocale(params);
  const t = await getTranslations("disputes");
  const dispute = await getDispute(id);
  const ordered = dispute.issues.toSorted((a, b) => a.ordinal - b.ordinal);
  const issues = await settled(ordered.map((i) => api().issues.byId.query({ id: i.id })));
  // The actors this page names: the parties, the positions' holders and framers, and the offices and
  // parents a holder's side is read through (bounded by the dispute, not the archive).
  const holders = [
    ...new Set([...dispute.parties.map((p) => p.actorId), ...issues.flatMap((i) => i.positions.flatMap((p) => [p.actorId, p.framedByActorId ?? p.actorId]))]),
  ];
  const first = await settled(holders.map((aid) => api().actors.byId.query({ id: aid })));
  const ups = [...new Set(first.flatMap((a) => [a.parentId, ...a.offices.map((o) => o.organizationId)]).filter((x): x is string => !!x))].filter(
    (x) => !holders.includes(x),
  );
  const actors = [...first, ...(await settled(ups.map((aid) => api().actors.byId.query({ id: aid }))))];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const actorName = (aid: string) => names.get(aid) ?? { ar: aid };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const partySide = new Map(dispute.parties.map((p) => [p.actorId, p.side]));
  // A position's side: its actor's, or the side of what it belongs to (a minister's office, a ministry's state).
  const sideOf = (aid: string, seen = new Set<string>()): SideName | undefined => {
    if (partySide.has(aid)) return partySide.get(aid);
    if (seen.has(aid)) return undefined;
    seen.add(aid);
    const a = byId.get(aid);
    for (const up of [a?.parentId, ...(a?.offices ?? []).map((o) => o.organizationId)]) {
      const s = up ? sideOf(up, seen) : undefined;
      if (s) return s;
    }
    return undefined;
  };
  const issueTitle = new Map(dispute.issues.map((i) => [i.id, i.title]));
  const linkedTitle = new Map(
    [...(await namesOf(dispute.eventLinks.map((l) => ({ kind: "event" as const, id: l.eventId }))))].map(([k, n]) => [k.slice(6), n.label]),
  );

  return (
    <article className="page dispute" aria-labelledby="dispute-title">
      <p className="breadcrumb">
        <a href={localePath(locale, "/disputes")}>{t("title")}</a>
      </p>
      <header className="event__header">
        <p className="event__kicker">
          <span className="badge">{DISPUTE_KIND[dispute.kind][locale]}</span>
          <span>
            {t("status")}: {DISPUTE_STATUS[dispute.disputeStatus][locale]}
          </span>
        </p>
        <h1 id="dispute-title">
          <Localized text={dispute.title} lang={locale} />
        </h1>
        {dispute.summary ? (
          <p className="event__summary">
            <Localized text={dispute.summary} lang={locale} />
          </p>
        ) : null}
      </header>
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t("parties")}</h2>
        <ul className="sides" data-testid="parties">
          {Side.options.map((side) => {
            const parties = dispute.parties.filter((p) => p.side === side);
            if (parties.length === 0) return null;
            return (
              <li key={side} className={`side side--${side}`}>
                <h3>{t(`side.${side}`)}</h3>
                <ul>
                  {parties.map((p) => (
                    <li key={p.actorId}>
                      <a href={localePath(locale, `/actors/${p.actorId}`)}>
                        <Localized text={actorName(p.actorId)} lang={locale} />
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
      <Issues issues={issues} actorName={actorName} sideOf={sideOf} locale={locale} />
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("events")}</h2>
        {dispute.eventLinks.length ? (
          <ul className="link-list" data-testid="dispute-links">
            {dispute.eventLinks.map((l) => (
              <li key={`${l.eventId}-${l.issueId ?? ""}-${l.relation}`}>
                <span className="badge badge--quiet">{ISSUE_LINK_RELATION[l.relation][locale]}</span>{" "}
                <a href={localePath(locale, `/events/${l.eventId}`)}>
                  {linkedTitle.get(l.eventId) ? <Localized text={linkedTitle.get(l.eventId)!} lang={locale} /> : l.eventId}
                </a>
                {l.issueId && issueTitle.get(l.issueId) ? (
                  <span className="muted">
                    {" — "}
                    <Localized text={issueTitle.get(l.issueId)!} lang={locale} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <PagedEvents filter={{ disputeId: id }} locale={locale} testId="dispute-events" emptyText={t("noEvents")} />
      </section>
    </article>
  );
}
